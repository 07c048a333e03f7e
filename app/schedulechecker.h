// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>

// Checks a parsed schedule for what a careful reviewer would flag: overlaps, duplicates,
// zero-length and overnight windows, calling outside reasonable hours, no calling days at all.
// Zero-length windows never become windows, so the parser reports those itself.
class ScheduleChecker
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleChecker)

public:
    struct Bounds
    {
        int earliestMinute = 8 * 60; // in the campaign's zone
        int latestMinute = 21 * 60;

        friend bool operator==(const Bounds &, const Bounds &) = default;
    };

    static QList<Finding> check(const WeeklySchedule &schedule, const Bounds &bounds);

    // The schedule with its findings remade: the parser's, then these checks with bounds.
    static WeeklySchedule withBounds(WeeklySchedule schedule, const Bounds &bounds);
    static QList<Finding> check(const WeeklySchedule &schedule)
    {
        return check(schedule, Bounds());
    }

    // A campaign with thousands of windows would bury the list, so it is cut at this length.
    static constexpr int maxFindings = 100;

    // The first limit - 1 findings and one more saying how many were left out; the list as it
    // is when it already fits.
    static QList<Finding> capped(const QList<Finding> &findings, int limit = maxFindings);

    // The findings in order, each exactly once; uses a hash, so it stays fast for long lists.
    static QList<Finding> withoutRepeats(const QList<Finding> &findings);

private:
    static void checkPairs(const WeeklySchedule &schedule, QList<Finding> &findings);
    static void checkRepeats(const WeeklySchedule &schedule, QList<Finding> &findings);
    static QString dayList(const QList<Qt::DayOfWeek> &days);
    static void addOverlap(const CallingWindow &a, const CallingWindow &b, int overlap,
                           QList<Finding> &findings);
    static void checkEachWindow(const WeeklySchedule &schedule, const Bounds &bounds,
                                QList<Finding> &findings);
    static void checkNoDays(const WeeklySchedule &schedule, QList<Finding> &findings);
    static int overlapStart(const CallingWindow &first, const CallingWindow &second);
    static void add(QList<Finding> &findings, const Finding &finding);
};
