// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;
class QTcpSocket;

// Serves one fixed JSON body to every request, on 127.0.0.1 only, from a thread of its own.
// Serving from the UI thread would make writing 20 MB a stall of its own, and the benchmark
// must measure the application's stalls, not the server's.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackServer(const QByteArray &body, QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Starts the thread and listens on a free port; false when it cannot listen.
    bool start();
    quint16 port() const { return m_port; }
    int requestCount() const { return m_requests; }

private:
    void listen();
    void accept(QTcpServer *server);
    void answerWhenComplete(QTcpSocket *socket);

    QByteArray m_body;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the server and its sockets
    quint16 m_port = 0;
    std::atomic<int> m_requests = 0;
};
