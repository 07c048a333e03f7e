// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "watchdog.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

Watchdog::Watchdog(int limitSeconds, std::string what)
    : m_what(std::move(what))
    , m_thread([this, limitSeconds] { guard(limitSeconds); })
{
}

Watchdog::~Watchdog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_finished.notify_all();
    m_thread.join();
}

void Watchdog::guard(int limitSeconds)
{
    std::unique_lock lock(m_mutex);
    if (m_finished.wait_for(lock, std::chrono::seconds(limitSeconds), [this] { return m_done; }))
        return;
    std::fprintf(stderr, "inspector-bench: %s did not finish within %d s, giving up\n",
                 m_what.c_str(), limitSeconds);
    // Normal exit would run destructors that may wait on the very thing that hangs.
    std::_Exit(124);
}
