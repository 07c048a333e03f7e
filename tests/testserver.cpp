// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "testserver.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An EC key is much faster to make than RSA, which keeps the TLS tests quick.
bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key, QString *error)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = dir.filePath(QStringLiteral("certificate.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certificatePath});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        if (error)
            *error = QLatin1String("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    *certificate = QSslCertificate(readFile(certificatePath), QSsl::Pem);
    *key = QSslKey(readFile(keyPath), QSsl::Ec, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        if (error)
            *error = QStringLiteral("openssl wrote a certificate or key Qt cannot read");
        return false;
    }
    return true;
}

} // namespace

QByteArray TestServer::Request::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool TestServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TestServer::Reply TestServer::jsonReply(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

TestServer::Reply TestServer::textReply(const QByteArray &body, const QByteArray &contentType,
                                        int status)
{
    Reply reply = jsonReply(body, status);
    reply.contentType = contentType;
    return reply;
}

TestServer::Reply TestServer::redirectReply(const QUrl &location, int status)
{
    Reply reply = textReply(QByteArray(), QByteArray(), status);
    reply.headers.append({"Location", location.toEncoded()});
    return reply;
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{ }

TestServer::~TestServer() = default;

bool TestServer::listen()
{
    m_server = new QTcpServer(this);
    return startListening();
}

bool TestServer::listenTls(QString *error)
{
    if (!makeSelfSignedCertificate(&m_certificate, &m_key, error))
        return false;

    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    const bool listening = startListening();
    if (!listening && error)
        *error = m_server->errorString();
    return listening;
}

// pendingConnectionAvailable fires for plain sockets at once and for TLS sockets only after
// their handshake, so one handler serves both.
bool TestServer::startListening()
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &TestServer::acceptConnections);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString TestServer::host() const
{
    return baseUrl().toString();
}

QSslCertificate TestServer::certificate() const
{
    return m_certificate;
}

void TestServer::setCampaignReply(const Reply &reply)
{
    m_campaignReply = reply;
}

void TestServer::setReply(const QByteArray &path, const Reply &reply)
{
    m_replies.insert(path, reply);
}

QList<TestServer::Request> TestServer::requests() const
{
    return m_requests;
}

void TestServer::clearRequests()
{
    m_requests.clear();
}

void TestServer::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        readFrom(socket);
    }
}

void TestServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    Request request;
    while (takeRequest(buffer, &request)) {
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        answer(socket, request);
    }
}

// Takes one complete request head off the front of the buffer. The tests send only GETs, so
// a request body, if any, is skipped by its Content-Length.
bool TestServer::takeRequest(QByteArray &buffer, Request *request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    *request = Request();
    request->method = requestLine.value(0);
    request->target = requestLine.value(1);
    const qsizetype question = request->target.indexOf('?');
    request->path = question < 0 ? request->target : request->target.left(question);
    request->query = question < 0 ? QByteArray() : request->target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request->headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    buffer.remove(0, headEnd + 4 + request->header("Content-Length").toLongLong());
    return true;
}

void TestServer::answer(QTcpSocket *socket, const Request &request)
{
    const Reply reply = m_replies.value(request.path, m_campaignReply);
    if (reply.neverAnswer)
        return;
    if (reply.delayMs <= 0) {
        writeReply(socket, reply);
        return;
    }
    // The socket is the timer's context, so a client that gave up cancels the answer.
    QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] { writeReply(socket, reply); });
}

void TestServer::writeReply(QTcpSocket *socket, const Reply &reply)
{
    const QByteArray reason = reply.reason.isEmpty() ? standardReason(reply.status) : reply.reason;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    if (reply.sendContentLength)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    else
        head += "Connection: close\r\n";
    for (const auto &header : reply.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (reply.trickleBytes > 0) {
        socket->write(head + "\r\n");
        trickleBody(socket, reply);
        return;
    }
    socket->write(head + "\r\n" + reply.body);
    if (!reply.sendContentLength)
        socket->disconnectFromHost();
}

// The timer belongs to the socket, so a client that gave up stops the trickle with it.
void TestServer::trickleBody(QTcpSocket *socket, const Reply &reply)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, reply, sent] {
        socket->write(reply.body.mid(*sent, reply.trickleBytes));
        *sent += reply.trickleBytes;
        if (*sent < reply.body.size())
            return;
        timer->stop();
        if (!reply.sendContentLength)
            socket->disconnectFromHost();
    });
    timer->start(reply.trickleIntervalMs);
}
