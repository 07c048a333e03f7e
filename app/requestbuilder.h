// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QUrl>

#include <optional>

// Turns what the user typed into the Get Voice Campaign v2 request, or into messages that name
// the field at fault. Hosts may be typed bare or with a scheme; plain http is allowed only for
// loopback hosts. Every id is percent-encoded to stay exactly one path segment or query value.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)

public:
    enum class Field { Host, StreamId, AccountId, CampaignId, AppId, Token };

    struct FieldError
    {
        Field field;
        QString message;
    };

    struct Result
    {
        QNetworkRequest request; // URL and headers, token included
        QUrl url; // the same URL, for display and logs
        QList<FieldError> errors;

        bool isValid() const { return errors.isEmpty(); }
    };

    static Result build(const ConnectionSettings &settings);

    // The origin (scheme, host, port) for a typed host, or nullopt with *error set.
    static std::optional<QUrl> normaliseHost(const QString &typed, QString *error);

    // localhost, 127.0.0.0/8 or ::1: the only hosts plain http may reach.
    static bool isLoopbackHost(const QString &host);

    // The stream id stands in when the app id is left empty.
    static QString effectiveAppId(const ConnectionSettings &settings);

    // The URL with any query values that could identify an account masked, for logs.
    static QString redacted(const QUrl &url);

    static QByteArray userAgent();

private:
    static QList<FieldError> idErrors(const QString &streamId, const QString &accountId,
                                      const QString &campaignId);
    static QList<FieldError> headerErrors(const ConnectionSettings &settings, const QString &appId);
};
