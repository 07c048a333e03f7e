// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "scheduleprojection.h"

#include "callinghoursparser.h"
#include "clocktime.h"

#include <algorithm>

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int secondsPerMinute = 60;
constexpr int daysShown = 7;
constexpr int searchDays = 8;

// Occurrences from this many days before the shown week to as many after it can reach into the
// week, whatever the difference between the two zones.
constexpr int marginDays = 2;

bool byStart(const ProjectedSegment &a, const ProjectedSegment &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.windowIndex < b.windowIndex;
}

} // namespace

WeekProjection ScheduleProjection::project(const WeeklySchedule &schedule, const QTimeZone &zone,
                                           QDate anyDay, Qt::DayOfWeek firstDayOfWeek)
{
    WeekProjection week;
    week.zone = zone;
    if (!schedule.timeZoneKnown) {
        week.zone = schedule.timeZone();
        week.campaignClockOnly = true;
        week.clockName = schedule.timeZoneId;
    }
    week.firstDay = anyDay.addDays(-((anyDay.dayOfWeek() - firstDayOfWeek + 7) % 7));
    week.minutesPerDay = QList<int>(daysShown, 0);
    if (!anyDay.isValid() || !week.zone.isValid())
        return week;

    const QDate from = week.firstDay.addDays(-marginDays);
    const QDate to = week.firstDay.addDays(daysShown - 1 + marginDays);
    for (const Occurrence &occurrence : occurrences(schedule, from, to))
        appendSegments(week, occurrence);
    std::sort(week.segments.begin(), week.segments.end(), byStart);
    addTotals(week);
    addSkippedWindows(week, schedule);
    return week;
}

CallingStatus ScheduleProjection::statusAt(const WeeklySchedule &schedule,
                                           const QDateTime &moment)
{
    CallingStatus status;
    status.known = schedule.timeZoneKnown;
    if (!moment.isValid() || !status.known)
        return status;

    const QDate today = moment.toTimeZone(schedule.timeZone()).date();
    QList<Occurrence> sorted =
        occurrences(schedule, today.addDays(-marginDays), today.addDays(searchDays + 1));
    std::sort(sorted.begin(), sorted.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });

    const QDateTime horizon = moment.addDays(searchDays);
    status.open = std::any_of(sorted.cbegin(), sorted.cend(), [&moment](const Occurrence &o) {
        return o.start <= moment && moment < o.end;
    });
    if (status.open) {
        const QDateTime closing = closingTime(sorted, moment);
        if (closing <= horizon)
            status.changesAt = closing;
        return status;
    }

    const auto next = std::find_if(sorted.cbegin(), sorted.cend(),
                                   [&moment](const Occurrence &o) { return o.start > moment; });
    if (next != sorted.cend() && next->start <= horizon)
        status.changesAt = next->start;
    return status;
}

QDateTime ScheduleProjection::wallClockInstant(QDate date, int minute, const QTimeZone &zone)
{
    // The wall-clock reading written as if it were UTC; subtracting an offset gives an instant,
    // which is right when the zone really has that offset at that instant.
    const QDateTime wall = QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
    const int before = zone.offsetFromUtc(wall.addDays(-1));
    const int after = zone.offsetFromUtc(wall.addDays(1));

    QDateTime earliest;
    for (const int offset : {before, after}) {
        const QDateTime candidate = wall.addSecs(-offset);
        const bool consistent = zone.offsetFromUtc(candidate) == offset;
        if (consistent && (!earliest.isValid() || candidate < earliest))
            earliest = candidate;
    }

    // No offset fits: the clocks jumped over this reading, so calling starts when they jump.
    if (!earliest.isValid())
        earliest = zone.nextTransition(wall.addSecs(-after)).atUtc;
    return earliest.toTimeZone(zone);
}

QList<ScheduleProjection::Occurrence> ScheduleProjection::occurrences(
    const WeeklySchedule &schedule, QDate from, QDate to)
{
    const QTimeZone campaignZone = schedule.timeZone();
    QList<Occurrence> result;
    for (int index = 0; index < schedule.windows.size(); ++index) {
        const CallingWindow &window = schedule.windows.at(index);
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            if (date.dayOfWeek() != window.day)
                continue;
            const QDateTime start = wallClockInstant(date, window.startMinute, campaignZone);
            const QDateTime end = wallClockInstant(date, window.endMinute(), campaignZone);
            if (start < end)
                result.append(Occurrence{start, end, index});
        }
    }
    return result;
}

// Cuts one occurrence at the shown zone's midnights and offset changes, keeping the pieces that
// fall on the shown week.
void ScheduleProjection::appendSegments(WeekProjection &week, const Occurrence &occurrence)
{
    QDateTime cursor = occurrence.start.toTimeZone(week.zone);
    while (cursor < occurrence.end) {
        const QTime clock = cursor.time();
        const int wallMinute = clock.hour() * 60 + clock.minute();
        const QDateTime end = pieceEnd(cursor, wallMinute, occurrence.end).toTimeZone(week.zone);
        const int minutes = int(cursor.secsTo(end) / secondsPerMinute);
        const qint64 dayIndex = week.firstDay.daysTo(cursor.date());
        if (minutes > 0 && dayIndex >= 0 && dayIndex < daysShown) {
            week.segments.append(ProjectedSegment{int(dayIndex), cursor.date(), wallMinute,
                                                  wallMinute + minutes, occurrence.windowIndex,
                                                  cursor, end});
        }
        cursor = end;
    }
}

// The end of the piece that starts at cursor: the next local midnight, the next offset change
// or the end of the occurrence, whichever comes first.
QDateTime ScheduleProjection::pieceEnd(const QDateTime &cursor, int wallMinute,
                                       const QDateTime &end)
{
    const qint64 toMidnight =
        qint64(minutesPerDay - wallMinute) * secondsPerMinute - cursor.time().second();
    QDateTime result = std::min(cursor.addSecs(toMidnight), end);

    const QTimeZone zone = cursor.timeZone();
    if (zone.hasTransitions()) {
        const QDateTime change = zone.nextTransition(cursor).atUtc;
        if (change.isValid() && change < result)
            result = change;
    }
    return result;
}

// The segments are sorted by start, so one pass per day that remembers how far the covered
// time reaches counts every instant once, however many windows lie on top of each other.
void ScheduleProjection::addTotals(WeekProjection &week)
{
    QList<QDateTime> coveredUntil(daysShown);
    for (const ProjectedSegment &segment : std::as_const(week.segments)) {
        QDateTime &reach = coveredUntil[segment.dayIndex];
        const QDateTime from = reach.isValid() ? std::max(reach, segment.start) : segment.start;
        if (segment.end <= from)
            continue;
        const int minutes = int(from.secsTo(segment.end) / secondsPerMinute);
        week.minutesPerDay[segment.dayIndex] += minutes;
        week.totalMinutes += minutes;
        reach = segment.end;
    }
}

void ScheduleProjection::addSkippedWindows(WeekProjection &week, const WeeklySchedule &schedule)
{
    const QTimeZone campaignZone = schedule.timeZone();
    if (week.campaignClockOnly || !campaignZone.hasTransitions())
        return;
    for (const CallingWindow &window : schedule.windows) {
        const QDate date =
            week.firstDay.addDays((window.day - week.firstDay.dayOfWeek() + 7) % 7);
        const QDateTime start = wallClockInstant(date, window.startMinute, campaignZone);
        if (start < wallClockInstant(date, window.endMinute(), campaignZone))
            continue;
        week.findings.append(
            {Severity::Warning,
             tr("days[%1] does not call on %2 %3: its %4-%5 does not exist in %6 that day, "
                "as the clocks jump forward.")
                 .arg(QString::number(window.entryIndex),
                      CallingHoursParser::codeForDay(window.day), date.toString(Qt::ISODate),
                      ClockTime::format24(window.startMinute),
                      ClockTime::format24(window.endMinute() % minutesPerDay),
                      schedule.timeZoneId),
             window.entryIndex});
    }
}

// When the run of back-to-back or overlapping occurrences that holds moment ends.
QDateTime ScheduleProjection::closingTime(const QList<Occurrence> &sorted,
                                          const QDateTime &moment)
{
    QDateTime closing = moment;
    for (const Occurrence &occurrence : sorted) {
        if (occurrence.start > closing)
            break;
        if (occurrence.end > closing)
            closing = occurrence.end;
    }
    return closing;
}
