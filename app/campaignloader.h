// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"
#include "responseinterpreter.h"

#include <QObject>

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

private:
    quint64 m_generation = 0;
};
