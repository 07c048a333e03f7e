// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "heartbeat.h"

#include "benchclock.h"

Heartbeat::Heartbeat(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    // A coarse timer may legally fire late by 5 %; that slack must not look like a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
}

void Heartbeat::start()
{
    m_lastNs = BenchClock::monotonicNs();
    m_lastCpuNs = BenchClock::threadCpuNs();
    m_maxGapNs = 0;
    m_maxGapCpuNs = 0;
    m_maxBusyNs = 0;
    m_ticks = 0;
    m_maxGapPhase.clear();
    m_maxBusyPhase.clear();
    m_timer.start();
}

void Heartbeat::stop()
{
    tick();
    m_timer.stop();
}

void Heartbeat::tick()
{
    const qint64 now = BenchClock::monotonicNs();
    const qint64 cpuNow = BenchClock::threadCpuNs();
    const qint64 gap = now - m_lastNs;
    const qint64 busy = cpuNow - m_lastCpuNs;
    m_lastNs = now;
    m_lastCpuNs = cpuNow;
    ++m_ticks;
    if (gap > m_maxGapNs) {
        m_maxGapNs = gap;
        m_maxGapCpuNs = busy;
        m_maxGapPhase = m_phase;
        m_maxGapEndNs = now;
    }
    if (busy > m_maxBusyNs) {
        m_maxBusyNs = busy;
        m_maxBusyPhase = m_phase;
    }
}
