// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where a campaign lives and how to ask for it, as the user typed it. The values are raw:
// RequestBuilder trims, validates and encodes them. The token is held only in memory.
struct ConnectionSettings
{
    static constexpr int defaultTimeoutMs = 30'000;
    // The transfer timeout only measures silence, so a server that keeps sending a byte now and
    // then would hold a request open for ever; this bounds the whole transfer.
    static constexpr int defaultDeadlineMs = 5 * 60'000;
    static constexpr qint64 defaultMaxResponseBytes = 64 * 1024 * 1024;

    QString host;
    QString streamId;
    QString accountId;
    QString campaignId;
    QString appId; // empty means "use the stream id"
    QString token;
    int timeoutMs = defaultTimeoutMs;
    int deadlineMs = defaultDeadlineMs; // 0 or less: no overall limit
    qint64 maxResponseBytes = defaultMaxResponseBytes;
};
