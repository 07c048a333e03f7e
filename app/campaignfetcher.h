// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Runs one Get Voice Campaign request at a time. It follows redirects only within the origin
// the user typed and only up to a limit, treats every TLS problem as an error, aborts bodies
// over the size cap and transfers that outlast the deadline, and reports either the raw HTTP
// response or a transport failure; it never parses the body.
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

    // Browsers give up after about 20 hops; a campaign URL has no reason to move more than once.
    static constexpr int maxRedirects = 20;

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
    void send(const QUrl &url);
    void connectReply(QNetworkReply *reply);
    void discardReply();
    void abortWith(Failure failure, const QString &message);
    void abortTooLarge();
    void checkDeclaredSize();
    void readBody();
    bool followRedirect(QNetworkReply *reply);
    void refuseRedirect(const QString &message);
    void abortAtDeadline();
    void finish();
    HttpResponse responseOf(QNetworkReply *reply) const;
    Failure failureOf(QNetworkReply *reply, QString *message) const;
    QString tlsMessage(QNetworkReply *reply) const;
    void logOutcome(const Outcome &outcome) const;

    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_deadline = nullptr;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_request; // headers for every hop; only the URL changes on a redirect
    QElapsedTimer m_elapsed;
    QUrl m_origin; // the URL first asked for; only its scheme, host and port count
    QUrl m_url; // the URL asked for last, after any followed redirect
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Failure m_abortFailure = Failure::None;
    QString m_abortMessage;
    qint64 m_maxResponseBytes = ConnectionSettings::defaultMaxResponseBytes;
    int m_timeoutMs = ConnectionSettings::defaultTimeoutMs;
    int m_deadlineMs = ConnectionSettings::defaultDeadlineMs;
    int m_redirects = 0;
};
