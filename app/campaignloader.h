// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"
#include "responseinterpreter.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// Reads, parses and interprets responses and files on a worker thread, so that a 20 MB body
// never stalls the window. Results arrive on the thread that owns the loader. Only the newest
// request is reported; older ones still running are discarded when they finish.
class CampaignLoader : public QObject
{
    Q_OBJECT

public:
    explicit CampaignLoader(QObject *parent = nullptr);
    ~CampaignLoader() override; // waits for running workers

    void loadResponse(const HttpResponse &response);
    void loadFile(const QString &path);
    void loadBytes(const QByteArray &bytes, const QString &sourceName);

Q_SIGNALS:
    void loaded(const ResponseInterpreter::Result &result);

public:
    // Files larger than this are refused before reading: no campaign comes near it.
    static constexpr qint64 maxFileBytes = qint64(256) * 1024 * 1024;

    // Tells a job whether a newer load has replaced it, so it can stop early.
    using StaleCheck = std::function<bool()>;
    using Job = std::function<ResponseInterpreter::Result(const StaleCheck &isStale)>;

private:
    void start(Job job);
    void deliver(quint64 generation, const ResponseInterpreter::Result &result);

    quint64 m_generation = 0;
    // The newest generation, shared with the workers; they outlive no loader but may finish
    // after it has moved on.
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

Q_DECLARE_METATYPE(ResponseInterpreter::Result)
