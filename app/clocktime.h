// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// Parses the 12-hour times the API writes ("9:00 AM", "6:00 PM") without touching the locale:
// the parser is written by hand, so a machine set to a language without AM/PM reads exactly
// the same times.
//
// Accepted, because each can only mean one time:
//  - the hour 1..12 with or without a leading zero ("9:00 AM", "09:00 AM");
//  - the marker in any letter case and with or without dots ("am", "PM", "a.m.", "P.M.");
//  - any whitespace, or none, between the minutes and the marker ("9:00AM", "9:00  AM"),
//    including the narrow no-break space some tools write there, and around the whole text.
// Rejected, because each would be a guess: an hour of 0 or above 12 ("0:30 AM", "13:00 PM"),
// a 24-hour time with no marker ("17:00", "25:00": the API documents only the 12-hour form),
// a missing minute part ("9 AM"), seconds ("9:00:00 AM"), one-digit minutes ("9:5 AM"), other
// separators ("9.00 AM"), words ("noon", "midnight") and digits outside ASCII.
class ClockTime
{
public:
    // Minutes after midnight (0..1439), or nullopt when the text is not a time we accept.
    // "12:00 AM" is 0 (midnight), "12:00 PM" is 720 (noon). As the end of a window, 0 means
    // the end of that day (1440): CallingHoursParser makes that choice, so "12:00 AM" to
    // "12:00 AM" is a whole day.
    static std::optional<int> parseMinutes(const QString &text);

    // "HH:MM" on a 24-hour clock; 1440 is written as "24:00".
    static QString format24(int minutes);

private:
    static std::optional<int> parseMarker(QStringView marker);
    static std::optional<int> parseDigits(QStringView digits);
};
