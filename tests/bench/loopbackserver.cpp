// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "loopbackserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

LoopbackServer::LoopbackServer(const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_body(body)
{
    m_thread.setObjectName(QStringLiteral("loopback-server"));
}

LoopbackServer::~LoopbackServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool LoopbackServer::start()
{
    m_context = new QObject; // no parent: it moves to the server thread
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void LoopbackServer::listen()
{
    auto *server = new QTcpServer(m_context);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return;
    connect(server, &QTcpServer::newConnection, server, [this, server] { accept(server); });
    m_port = server->serverPort();
}

void LoopbackServer::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            answerWhenComplete(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackServer::answerWhenComplete(QTcpSocket *socket)
{
    // A GET has no body, so the request is complete at the blank line after its headers.
    const QByteArray received = socket->property("received").toByteArray() + socket->readAll();
    socket->setProperty("received", received);
    if (!received.contains("\r\n\r\n"))
        return;

    ++m_requests;
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\nContent-Length: "
        + QByteArray::number(m_body.size()) + "\r\n\r\n";
    socket->write(head);
    socket->write(m_body);
    socket->disconnectFromHost(); // after the buffered bytes are written
}
