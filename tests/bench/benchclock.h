// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <time.h>

// Clocks for the benchmark. Wall time is what a user feels; CPU time tells, on a busy shared
// machine, whether a slow figure was work done by the code or time spent waiting for a core.
namespace BenchClock {

inline qint64 read(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The system-wide monotonic clock, comparable between processes on Linux.
inline qint64 monotonicNs() { return read(CLOCK_MONOTONIC); }
// CPU time used by the calling thread, and by every thread of the process.
inline qint64 threadCpuNs() { return read(CLOCK_THREAD_CPUTIME_ID); }
inline qint64 processCpuNs() { return read(CLOCK_PROCESS_CPUTIME_ID); }

inline double toMs(qint64 ns) { return double(ns) / 1e6; }

} // namespace BenchClock
