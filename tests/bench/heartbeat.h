// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// A fast timer on the UI thread whose longest gap between two ticks is the longest time the
// event loop could not run: the stall a user would feel as a frozen window. Gaps are labelled
// with the phase that was current when they ended, to say where the stall happened.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    explicit Heartbeat(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop(); // the gap up to the stop counts too
    void setPhase(const QString &phase) { m_phase = phase; }

    double maxGapMs() const { return m_maxGapNs / 1e6; }
    QString maxGapPhase() const { return m_maxGapPhase; }
    qint64 maxGapEndNs() const { return m_maxGapEndNs; } // monotonic time the gap ended
    // UI-thread CPU time spent inside the longest gap: near the gap itself when the thread
    // was working, near zero when it was only waiting for a core on a busy machine.
    double maxGapCpuMs() const { return m_maxGapCpuNs / 1e6; }
    // The most UI-thread CPU time spent between two ticks: the longest stall of the code's
    // own making, whatever else the machine was doing.
    double maxBusyMs() const { return m_maxBusyNs / 1e6; }
    QString maxBusyPhase() const { return m_maxBusyPhase; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapEndNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_maxBusyNs = 0;
    int m_ticks = 0;
    QString m_phase;
    QString m_maxGapPhase;
    QString m_maxBusyPhase;
};
