// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where a campaign lives and how to ask for it, as the user typed it. The values are raw:
// RequestBuilder trims, validates and encodes them. The token is held only in memory.
struct ConnectionSettings
{
    static constexpr int defaultTimeoutMs = 30'000;
    static constexpr qint64 defaultMaxResponseBytes = 64 * 1024 * 1024;

    QString host;
    QString streamId;
    QString accountId;
    QString campaignId;
    QString appId; // empty means "use the stream id"
    QString token;
    int timeoutMs = defaultTimeoutMs;
    qint64 maxResponseBytes = defaultMaxResponseBytes;
};
