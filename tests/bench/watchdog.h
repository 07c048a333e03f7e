// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

// Ends the whole process if it is still running after a time limit, so that the benchmark
// stops by itself even when the code it measures hangs with the event loop blocked.
class Watchdog
{
public:
    Watchdog(int limitSeconds, std::string what);
    ~Watchdog();

    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    void guard(int limitSeconds);

    std::string m_what;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    std::thread m_thread;
};
