// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server for tests, bound only to 127.0.0.1 on a free port. It records every
// request exactly as it arrived (raw, still percent-encoded path and query, headers in order)
// and answers with a reply the test chooses: any status, body and extra headers, after an
// optional delay driven by a timer, or never, or with the body trickling out a few bytes at a
// time. listenTls() serves HTTPS with a self-signed
// certificate made at test time by the openssl tool.
//
// It is a plain QTcpServer/QSslServer responder rather than QHttpServer: QHttpServer 6.4 hands
// over the request URL already parsed, and answering late means keeping its move-only
// responder alive by hand, while these tests need the request target byte for byte and
// replies that come late or never.
//
// Typical use:
//     TestServer server;
//     QVERIFY(server.listen());
//     server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
//     settings.host = server.host(); // "http://127.0.0.1:PORT"
//     ... run the request ...
//     QCOMPARE(server.requests().size(), 1);
//     QCOMPARE(server.requests().at(0).header("iid"), QByteArray("st-1"));
class TestServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // the request target as sent, e.g. "/a%2Fb?accountId=x"
        QByteArray path; // the target before '?', still percent-encoded
        QByteArray query; // the target after '?', still percent-encoded; empty if none
        QList<QPair<QByteArray, QByteArray>> headers; // names as sent, in order

        // The value of the first header with that name, compared case-insensitively.
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    struct Reply
    {
        int status = 200;
        QByteArray reason; // empty: the standard phrase for the status
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Location
        int delayMs = 0; // wait this long before answering
        bool neverAnswer = false; // keep the connection open and never answer
        // Without Content-Length the body ends when the server closes the connection.
        bool sendContentLength = true;
        // Above 0: the head goes out at once, then the body this many bytes at a time, one
        // piece every trickleIntervalMs, like a server that is slow but never silent.
        int trickleBytes = 0;
        int trickleIntervalMs = 1000;
    };

    static Reply jsonReply(const QByteArray &body, int status = 200);
    static Reply textReply(const QByteArray &body, const QByteArray &contentType, int status);
    static Reply redirectReply(const QUrl &location, int status = 302);

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Plain HTTP on 127.0.0.1 and a free port.
    bool listen();
    // HTTPS on 127.0.0.1 with a fresh self-signed certificate for 127.0.0.1.
    bool listenTls(QString *error = nullptr);

    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:PORT" (https:// after listenTls)
    QString host() const; // baseUrl() as text, ready for ConnectionSettings::host
    QSslCertificate certificate() const;

    // The reply for every path that has no reply of its own.
    void setCampaignReply(const Reply &reply);
    // The reply for one exact raw path, e.g. "/moved".
    void setReply(const QByteArray &path, const Reply &reply);

    QList<Request> requests() const;
    void clearRequests();

Q_SIGNALS:
    void requestReceived(const TestServer::Request &request);

private:
    bool startListening();
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    bool takeRequest(QByteArray &buffer, Request *request);
    void answer(QTcpSocket *socket, const Request &request);
    void writeReply(QTcpSocket *socket, const Reply &reply);
    void trickleBody(QTcpSocket *socket, const Reply &reply);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Reply m_campaignReply;
    QHash<QByteArray, Reply> m_replies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
