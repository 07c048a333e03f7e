// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "schedulechecker.h"

#include "callinghoursparser.h"
#include "clocktime.h"

#include <algorithm>

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int minutesPerWeek = 7 * minutesPerDay;

struct Span
{
    int begin;
    int end;
};

// A window as minutes since Monday 00:00; Sunday's overnight spill wraps to Monday morning, so
// a window can be two spans.
QList<Span> weekSpans(const CallingWindow &window)
{
    const int begin = (window.day - 1) * minutesPerDay + window.startMinute;
    const int end = begin + window.durationMinutes;
    if (end <= minutesPerWeek)
        return {Span{begin, end}};
    return {Span{begin, minutesPerWeek}, Span{0, end - minutesPerWeek}};
}

} // namespace

QList<Finding> ScheduleChecker::check(const WeeklySchedule &schedule, const Bounds &bounds)
{
    QList<Finding> findings;
    checkPairs(schedule, findings);
    checkEachWindow(schedule, bounds, findings);
    checkNoDays(schedule, findings);
    return findings;
}

void ScheduleChecker::checkPairs(const WeeklySchedule &schedule, QList<Finding> &findings)
{
    const QList<CallingWindow> &windows = schedule.windows;
    for (int later = 0; later < windows.size(); ++later) {
        for (int earlier = 0; earlier < later; ++earlier) {
            const CallingWindow &a = windows.at(earlier);
            const CallingWindow &b = windows.at(later);
            const bool same = a.day == b.day && a.startMinute == b.startMinute
                && a.durationMinutes == b.durationMinutes;
            if (same) {
                add(findings, {Severity::Warning,
                               tr("days[%1] repeats the window of days[%2] on %3.")
                                   .arg(b.entryIndex)
                                   .arg(a.entryIndex)
                                   .arg(CallingHoursParser::codeForDay(b.day)),
                               b.entryIndex});
                continue;
            }
            const int overlap = overlapStart(a, b);
            if (overlap < 0)
                continue;
            const auto day = static_cast<Qt::DayOfWeek>(overlap / minutesPerDay + 1);
            add(findings, {Severity::Warning,
                           tr("days[%1] and days[%2] overlap on %3 from %4.")
                               .arg(a.entryIndex)
                               .arg(b.entryIndex)
                               .arg(CallingHoursParser::codeForDay(day),
                                    ClockTime::format24(overlap % minutesPerDay)),
                           b.entryIndex});
        }
    }
}

void ScheduleChecker::checkEachWindow(const WeeklySchedule &schedule, const Bounds &bounds,
                                      QList<Finding> &findings)
{
    for (const CallingWindow &window : schedule.windows) {
        if (window.isOvernight()) {
            add(findings, {Severity::Info,
                           tr("days[%1] runs past midnight into the next day.")
                               .arg(window.entryIndex),
                           window.entryIndex});
        }
        const bool early = window.startMinute < bounds.earliestMinute;
        const bool late = window.endMinute() > bounds.latestMinute;
        if (early || late) {
            add(findings, {Severity::Warning,
                           tr("days[%1] calls outside %2-%3 in the campaign's time zone.")
                               .arg(window.entryIndex)
                               .arg(ClockTime::format24(bounds.earliestMinute),
                                    ClockTime::format24(bounds.latestMinute)),
                           window.entryIndex});
        }
    }
}

// A schedule without a callingHours object was already reported by the parser.
void ScheduleChecker::checkNoDays(const WeeklySchedule &schedule, QList<Finding> &findings)
{
    if (schedule.present && schedule.windows.isEmpty()) {
        add(findings, {Severity::Error,
                       tr("The schedule has no calling windows, so the campaign never calls.")});
    }
}

// Where two windows first overlap, in minutes since Monday 00:00, or -1 when they do not.
int ScheduleChecker::overlapStart(const CallingWindow &first, const CallingWindow &second)
{
    int earliest = -1;
    for (const Span &a : weekSpans(first)) {
        for (const Span &b : weekSpans(second)) {
            const int begin = std::max(a.begin, b.begin);
            if (begin < std::min(a.end, b.end) && (earliest < 0 || begin < earliest))
                earliest = begin;
        }
    }
    return earliest;
}

void ScheduleChecker::add(QList<Finding> &findings, const Finding &finding)
{
    if (!findings.contains(finding))
        findings.append(finding);
}
