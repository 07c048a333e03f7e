// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>

// Lays a schedule on a concrete week in any time zone, exactly: DST changes inside the week,
// half-hour and 45-minute offsets, windows split at midnight and at the edges of the week.
//
// Each occurrence of a window is turned into two instants in the campaign's zone, converted to
// the shown zone and cut at every local midnight and every DST change of the shown zone. So a
// segment never spans a change of offset, its wall-clock length equals the real time it lasts,
// and minutesPerDay/totalMinutes are real minutes of calling, each counted once even where
// windows overlap. On a day whose clocks go back, two segments can cover the same wall-clock
// hour; on a day whose clocks go forward, the hour that does not exist is never covered.
//
// A wall-clock time that a DST change skips ("2:30 AM" on the spring-forward day) is taken as
// the moment the clocks jump, the first moment at or after that wall-clock time; a time that
// happens twice is taken at its first occurrence. A window that lies wholly in such a gap does
// not happen that day; the week's findings say so, for the dates of the week read in the
// campaign's clock. Both are decided here rather than left to
// QDateTime, which in Qt 6.4 returns an invalid value in the gap and the later occurrence in the
// overlap.
//
// A campaign whose zone is unknown (or missing) has times that cannot be placed in real time.
// Its week is then laid on the campaign's own wall clock whatever zone is asked for, and says
// so through campaignClockOnly; statusAt answers "not known" rather than guessing a zone.
class ScheduleProjection
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleProjection)

public:
    // The week that contains anyDay, starting on firstDayOfWeek, shown in zone; in the
    // campaign's own clock instead when its zone is unknown.
    static WeekProjection project(const WeeklySchedule &schedule, const QTimeZone &zone,
                                  QDate anyDay, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    // Whether calling is allowed at moment, and when that changes next (searched up to 8 days).
    // changesAt is given in the campaign's zone. known is false when that zone is unknown.
    static CallingStatus statusAt(const WeeklySchedule &schedule, const QDateTime &moment);

    // The instant at which the clocks of zone show minute (may exceed 1440) after date's start.
    static QDateTime wallClockInstant(QDate date, int minute, const QTimeZone &zone);

private:
    struct Occurrence
    {
        QDateTime start;
        QDateTime end;
        int windowIndex;
    };

    static QList<Occurrence> occurrences(const WeeklySchedule &schedule, QDate from, QDate to);
    static void appendSegments(WeekProjection &week, const Occurrence &occurrence);
    static void addTotals(WeekProjection &week);
    static void addSkippedWindows(WeekProjection &week, const WeeklySchedule &schedule);
    static QDateTime pieceEnd(const QDateTime &cursor, int wallMinute, const QDateTime &end);
    static QDateTime closingTime(const QList<Occurrence> &sorted, const QDateTime &moment);
};
