// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "heartbeat.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class PaintProbe;
class QWidget;
struct ConnectionSettings;

// Measures how long the UI thread stops while a large response is fetched from a loopback
// server, parsed and shown. A 5 ms heartbeat runs on the UI thread throughout; its longest gap
// is the stall. The moments the fetch ends, the loader delivers, the campaign is shown and the
// view is painted are recorded too, so a stall can be placed between two of them.
class StallBench : public QObject
{
    Q_OBJECT

public:
    static constexpr int heartbeatMs = 5;
    static constexpr int timeoutMs = 60'000;

    struct Result
    {
        QString error; // empty on success
        double maxStallMs = 0;
        double maxStallEndMs = 0; // since the fetch started
        QString phase;            // the step that was running when the longest gap ended
        double maxStallCpuMs = 0; // UI-thread CPU time inside that gap
        double maxBusyMs = 0;     // the most UI-thread CPU time between two heartbeats
        QString busyPhase;
        double totalMs = 0;       // fetch start to painted view
        QList<QPair<QString, double>> events; // step and its time since the fetch started
    };

    explicit StallBench(quint16 port, QObject *parent = nullptr);

    // Through the application window: the form is filled in and MainWindow::fetch() pressed.
    Result measureWindow();
    // Through the parts alone: CampaignFetcher, CampaignLoader, JsonTreeModel, a QTreeView.
    Result measureComponents();

private:
    ConnectionSettings settings() const;
    bool idle(int ms);
    void mark(const QString &step);
    Result finish(bool painted, const QString &failure);

    quint16 m_port = 0;
    Heartbeat m_heartbeat;
    qint64 m_startNs = 0;
    Result m_result;
};
