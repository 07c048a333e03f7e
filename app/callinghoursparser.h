// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Reads dialingStrategy.callingHours of a campaign into a week of windows in the campaign's
// own clock. Nothing is dropped silently: every entry it cannot use becomes a finding.
// Times follow ClockTime; an end of "12:00 AM" means the end of that day, so "12:00 AM" to
// "12:00 AM" is the whole day (00:00-24:00); an end earlier than the start runs overnight into
// the next day (Sunday's into Monday); any other start equal to the end is a zero-length
// finding, never a 24-hour window. Day codes are MO..SU, also in lower case.
// A DAILY entry without a day applies to all seven days.
class CallingHoursParser
{
    Q_DECLARE_TR_FUNCTIONS(CallingHoursParser)

public:
    // Parses and runs ScheduleChecker with the default bounds, so findings are complete.
    static WeeklySchedule parseCampaign(const QJsonObject &campaign);

    // Parses a callingHours object alone; findings are the parser's own.
    static WeeklySchedule parseCallingHours(const QJsonObject &callingHours);

    // The day for a code such as "MO" (surrounding spaces and letter case ignored).
    static std::optional<Qt::DayOfWeek> dayFromCode(const QString &code);
    static QString codeForDay(Qt::DayOfWeek day);

    // The finding for a missing, non-text or unknown callingHours.timezone: the times cannot
    // be converted to another zone.
    static QString unconvertibleZoneMessage(const QJsonValue &timezone);

    // dialingStrategy.callingHours.timezone of a campaign, as written (undefined when absent).
    static QJsonValue timeZoneValue(const QJsonObject &campaign);

private:
    static void readFrequency(const QJsonObject &callingHours, WeeklySchedule &schedule);
    static void readTimeZone(const QJsonObject &callingHours, WeeklySchedule &schedule);
    static void readDays(const QJsonObject &callingHours, WeeklySchedule &schedule);
    static void readEntry(const QJsonValue &entry, int index, WeeklySchedule &schedule);
    static std::optional<QList<Qt::DayOfWeek>> readEntryDays(const QJsonObject &entry, int index,
                                                            WeeklySchedule &schedule);
    static std::optional<int> readTime(const QJsonObject &entry, const QString &key, int index,
                                       WeeklySchedule &schedule);
    static void addFinding(WeeklySchedule &schedule, Severity severity, const QString &message,
                           int entryIndex = -1);
};
