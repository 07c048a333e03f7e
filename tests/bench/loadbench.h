// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "responseinterpreter.h"

#include <QByteArray>
#include <QString>

#include <memory>

class CampaignLoader;
class JsonTreeModel;
class PaintProbe;
class QTreeView;

// Loads a campaign along the application's own path and times it until the user sees it:
// CampaignLoader parses on its worker thread, JsonTreeModel takes the document, and a tree
// view set up like the main window's (uniform row heights, `data` expanded) paints its first
// rows. The bare QJsonDocument::fromJson of the same bytes is the floor it is compared with.
class LoadBench
{
public:
    static constexpr int timeoutMs = 60'000;

    LoadBench();
    ~LoadBench();

    // Shows the empty view and waits for its first paint, so later figures exclude that.
    bool showView(QString *error);

    // Milliseconds from handing the bytes (or the file) to the loader to the painted view, or
    // a negative number with *error set.
    double loadBytes(const QByteArray &bytes, QString *error);
    double loadFile(const QString &path, QString *error);
    // Empties the model and drops the loaded campaign, outside any timing.
    void unload();

    // Expanding a dotted path until painted, then scrolling to the very end until painted.
    double expandMs(const QString &path, QString *error);
    double scrollToEndMs(QString *error);

    // Process CPU time (all threads) of the last successful load.
    double lastCpuMs() const { return m_lastCpuMs; }
    // Of the last load, the part on the UI thread: from the loader's result to the paint.
    double lastShowMs() const { return m_lastShowMs; }

    // The time of one bare QJsonDocument::fromJson, or negative with *error set; *cpuMs gets
    // its CPU time.
    static double parseOnce(const QByteArray &bytes, double *cpuMs, QString *error);

private:
    double finishLoad(qint64 startNs, QString *error);
    bool waitForLoaded(QString *error);
    bool waitForPaint(QString *error);

    std::unique_ptr<QTreeView> m_view;
    JsonTreeModel *m_model = nullptr;
    CampaignLoader *m_loader = nullptr;
    PaintProbe *m_probe = nullptr;
    ResponseInterpreter::Result m_result;
    bool m_loaded = false;
    qint64 m_startCpuNs = 0;
    double m_lastCpuMs = -1;
    double m_lastShowMs = -1;
};
