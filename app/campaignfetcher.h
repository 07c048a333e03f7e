// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Runs one Get Voice Campaign request at a time. It follows redirects only within the origin
// the user typed, treats every TLS problem as an error, aborts bodies over the size cap, and
// reports either the raw HTTP response or a transport failure; it never parses the body.
class CampaignFetcher : public QObject
{
    Q_OBJECT

public:
    enum class Failure { None, Invalid, Network, Timeout, Tls, Cancelled, Redirect, TooLarge };
    Q_ENUM(Failure)

    struct Outcome
    {
        Failure failure = Failure::None;
        QString message; // translated; empty on success
        HttpResponse response; // status, headers and body as far as they arrived
    };

    explicit CampaignFetcher(QObject *parent = nullptr);
    ~CampaignFetcher() override;

    // Starts a request; returns false (and emits nothing) when the settings are not valid.
    bool start(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const CampaignFetcher::Outcome &outcome);

private:
    void connectReply(QNetworkReply *reply);
    void discardReply();
    void abortWith(Failure failure, const QString &message);
    void abortTooLarge();
    void checkDeclaredSize();
    void readBody();
    void checkRedirect(const QUrl &target);
    void finish();
    HttpResponse responseOf(QNetworkReply *reply) const;
    Failure failureOf(QNetworkReply *reply, QString *message) const;
    QString tlsMessage(QNetworkReply *reply) const;
    void logOutcome(const Outcome &outcome) const;

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    QUrl m_origin; // the URL first asked for; only its scheme, host and port count
    QUrl m_url; // the URL asked for last, after any followed redirect
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Failure m_abortFailure = Failure::None;
    QString m_abortMessage;
    qint64 m_maxResponseBytes = ConnectionSettings::defaultMaxResponseBytes;
    int m_timeoutMs = ConnectionSettings::defaultTimeoutMs;
};
