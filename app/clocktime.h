// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// Parses the 12-hour times the API writes ("9:00 AM", "6:00 PM") without touching the locale.
class ClockTime
{
public:
    // Minutes after midnight (0..1439), or nullopt when the text is not a time we accept.
    static std::optional<int> parseMinutes(const QString &text);

    // "HH:MM" on a 24-hour clock; 1440 is written as "24:00".
    static QString format24(int minutes);
};
