// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaignfetcher.h"

#include "logging.h"
#include "requestbuilder.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <mutex>

namespace {

// The system proxy setting is process-wide, so it is switched on once for every fetcher.
void useSystemProxyOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && defaultPort(a) == defaultPort(b);
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Transport errors carry codes below 200; from 200 on, Qt is describing an HTTP status.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// Whether the system proxy lookup skips loopback hosts depends on the platform's backend;
// pinning NoProxy makes sure traffic for a local mock server never leaves the machine.
QNetworkProxy proxyFor(const QUrl &origin)
{
    if (RequestBuilder::isLoopbackHost(origin.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

// Durations may be fractions such as 0.3, which %n cannot carry, and without a translation
// file "%n second(s)" would print as written; so one second is told apart here.
QString secondsText(int milliseconds)
{
    if (milliseconds == 1000)
        return CampaignFetcher::tr("1 second");
    return CampaignFetcher::tr("%1 seconds").arg(QLocale().toString(milliseconds / 1000.0));
}

} // namespace

CampaignFetcher::CampaignFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    useSystemProxyOnce();
    m_deadline->setSingleShot(true);
    // A coarse timer may fire 5% early, before the duration its message states.
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &CampaignFetcher::abortAtDeadline);
}

// Detaching first keeps the dying fetcher from emitting into half-destroyed receivers.
CampaignFetcher::~CampaignFetcher()
{
    discardReply();
}

bool CampaignFetcher::isRunning() const
{
    return !m_reply.isNull();
}

void CampaignFetcher::cancel()
{
    if (!m_reply)
        return;
    abortWith(Failure::Cancelled, tr("The request was cancelled."));
}

void CampaignFetcher::discardReply()
{
    m_deadline->stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void CampaignFetcher::abortWith(Failure failure, const QString &message)
{
    if (m_abortFailure != Failure::None)
        return;
    m_abortFailure = failure;
    m_abortMessage = message;
    m_reply->abort();
}

bool CampaignFetcher::start(const ConnectionSettings &settings)
{
    const RequestBuilder::Result built = RequestBuilder::build(settings);
    if (!built.isValid())
        return false;

    // Only the latest request matters, so a running one is dropped without a signal.
    discardReply();
    m_abortFailure = Failure::None;
    m_abortMessage.clear();
    m_origin = built.url;
    m_url = built.url;
    m_redirects = 0;
    m_maxResponseBytes = settings.maxResponseBytes;
    m_timeoutMs = settings.timeoutMs;
    m_deadlineMs = settings.deadlineMs;
    m_request = built.request;
    // Qt 6.4 following redirects itself repeats GETs and ends a redirect loop after a few hops
    // as an empty "HTTP 100" answer, so every hop is a request of its own, checked here.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::ManualRedirectPolicy);
    m_request.setTransferTimeout(settings.timeoutMs);

    m_elapsed.start();
    if (m_deadlineMs > 0)
        m_deadline->start(m_deadlineMs);
    m_network->setProxy(proxyFor(m_origin));
    send(m_url);
    return true;
}

void CampaignFetcher::send(const QUrl &url)
{
    QNetworkRequest request = m_request;
    request.setUrl(url);
    m_sslErrors.clear();
    m_body.clear();
    m_reply = m_network->get(request);
    connectReply(m_reply);
}

void CampaignFetcher::connectReply(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &CampaignFetcher::checkDeclaredSize);
    connect(reply, &QNetworkReply::readyRead, this, &CampaignFetcher::readBody);
    connect(reply, &QNetworkReply::downloadProgress, this, &CampaignFetcher::progress);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &CampaignFetcher::finish);
}

void CampaignFetcher::checkDeclaredSize()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 declared = length.toLongLong();
    if (declared > m_maxResponseBytes) {
        abortTooLarge();
        return;
    }
    // Growing a 20 MB buffer chunk by chunk reallocates and copies it on the UI thread many
    // times; the declared size is only a hint (a compressed body grows), so it is not trusted
    // beyond the cap.
    if (declared > m_body.capacity())
        m_body.reserve(qsizetype(declared));
}

// The body is collected as it arrives so that the cap also holds without a Content-Length.
void CampaignFetcher::readBody()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxResponseBytes)
        abortTooLarge();
}

void CampaignFetcher::abortTooLarge()
{
    const QString limit = QLocale().formattedDataSize(m_maxResponseBytes);
    abortWith(
        Failure::TooLarge,
        tr("The response is larger than the limit of %1; the download was stopped.").arg(limit));
}

void CampaignFetcher::abortAtDeadline()
{
    if (!m_reply)
        return;
    abortWith(Failure::Timeout,
              tr("The whole transfer from %1 took longer than %2; the request was stopped.")
                  .arg(originOf(m_origin), secondsText(m_deadlineMs)));
}

// Every hop carries every header, auth included, so only the origin the user typed may be
// followed. Returns true when the next hop is on its way.
bool CampaignFetcher::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (reply->error() != QNetworkReply::NoError || !isRedirectStatus(status)
        || !location.isValid())
        return false;

    const QUrl target = m_url.resolved(location.toUrl());
    if (!isSameOrigin(target, m_origin)) {
        refuseRedirect(tr("The server redirected to %1, a different origin; the redirect was not "
                          "followed, so the token was not sent there.")
                           .arg(originOf(target)));
        return false;
    }
    if (m_redirects >= maxRedirects) {
        refuseRedirect(tr("The server answered with too many redirects (%1); the last one "
                          "pointed to %2.")
                           .arg(m_redirects + 1)
                           .arg(RequestBuilder::redacted(target)));
        return false;
    }
    ++m_redirects;
    m_url = target;
    send(target);
    return true;
}

// The reply has already ended, so there is nothing to abort: the failure is only recorded.
void CampaignFetcher::refuseRedirect(const QString &message)
{
    m_abortFailure = Failure::Redirect;
    m_abortMessage = message;
}

void CampaignFetcher::finish()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abortFailure == Failure::None && reply->isOpen())
        m_body += reply->readAll();
    if (m_abortFailure == Failure::None && followRedirect(reply))
        return;

    m_deadline->stop();

    Outcome outcome;
    outcome.response = responseOf(reply);
    outcome.failure = failureOf(reply, &outcome.message);
    if (outcome.failure == Failure::None && m_body.size() > m_maxResponseBytes) {
        outcome.failure = Failure::TooLarge;
        outcome.message = tr("The response is larger than the limit of %1.")
                              .arg(QLocale().formattedDataSize(m_maxResponseBytes));
    }
    logOutcome(outcome);
    Q_EMIT finished(outcome);
}

HttpResponse CampaignFetcher::responseOf(QNetworkReply *reply) const
{
    HttpResponse response;
    // The last URL really asked; a refused redirect target is named only in the message.
    response.url = m_url;
    response.statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    response.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
    response.body = m_body;
    response.elapsedMs = m_elapsed.elapsed();
    return response;
}

CampaignFetcher::Failure CampaignFetcher::failureOf(QNetworkReply *reply, QString *message) const
{
    if (m_abortFailure != Failure::None) {
        *message = m_abortMessage;
        return m_abortFailure;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        *message = tlsMessage(reply);
        return Failure::Tls;
    }
    // Nothing else aborts a reply, so a cancelled one was stopped by the transfer timeout.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        *message = tr("%1 sent nothing for %2; the request timed out.")
                       .arg(originOf(m_origin), secondsText(m_timeoutMs));
        return Failure::Timeout;
    }
    const bool hasStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (isTransportError(error) || (error != QNetworkReply::NoError && !hasStatus)) {
        *message = tr("Could not fetch %1: %2")
                       .arg(RequestBuilder::redacted(m_url), reply->errorString());
        return Failure::Network;
    }
    return Failure::None;
}

QString CampaignFetcher::tlsMessage(QNetworkReply *reply) const
{
    QStringList problems;
    for (const QSslError &error : m_sslErrors)
        problems.append(error.errorString());
    if (problems.isEmpty())
        problems.append(reply->errorString());
    return tr("The secure connection to %1 was refused: %2")
        .arg(originOf(m_origin), problems.join(QLatin1String("; ")));
}

// Only the redacted URL is logged; the token lives in a header and is never logged.
void CampaignFetcher::logOutcome(const Outcome &outcome) const
{
    const HttpResponse &response = outcome.response;
    const QString url = RequestBuilder::redacted(response.url);
    if (outcome.failure != Failure::None || response.statusCode >= 400) {
        qCWarning(lcNetwork).noquote()
            << "GET" << url << "failed after" << response.elapsedMs << "ms: status"
            << response.statusCode << response.reasonPhrase << outcome.message;
        return;
    }
    qCInfo(lcNetwork).noquote() << "GET" << url << "finished:" << response.statusCode
                                << response.reasonPhrase << "in" << response.elapsedMs << "ms,"
                                << response.body.size() << "bytes";
}
