// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

// Lays a schedule on a concrete week in any time zone, exactly: DST changes inside the week,
// half-hour and 45-minute offsets, windows split at midnight and at the edges of the week.
class ScheduleProjection
{
public:
    // The week that contains anyDay, starting on firstDayOfWeek, shown in zone.
    static WeekProjection project(const WeeklySchedule &schedule, const QTimeZone &zone,
                                  QDate anyDay, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    // Whether calling is allowed at moment, and when that changes next (searched up to 8 days).
    static CallingStatus statusAt(const WeeklySchedule &schedule, const QDateTime &moment);
};
