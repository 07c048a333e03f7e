// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Runs this same benchmark program again in a child mode and collects what it reports. A child
// prints `key=value` lines on stdout. Every child runs on the offscreen platform with its own
// empty configuration directory, so the user's settings are neither read nor written, and is
// told the monotonic time at which it was started, so it can measure its own start-up.
class ChildProcess
{
public:
    struct Result
    {
        QString error; // empty on success
        QHash<QString, QString> values;

        bool isOk() const { return error.isEmpty(); }
        double number(const QString &key) const { return values.value(key).toDouble(); }
    };

    // The environment variable that carries the parent's monotonic clock at start, in ns.
    static constexpr const char *startTimeVariable = "INSPECTOR_BENCH_START_NS";

    static Result run(const QStringList &arguments, int timeoutMs);
};
