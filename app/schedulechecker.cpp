// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "schedulechecker.h"

#include "callinghoursparser.h"
#include "clocktime.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int minutesPerWeek = 7 * minutesPerDay;

struct Span
{
    int begin;
    int end;
    int window; // index into WeeklySchedule::windows
};

// A window as minutes since Monday 00:00; Sunday's overnight spill wraps to Monday morning, so
// a window can be two spans.
void appendWeekSpans(const CallingWindow &window, int index, QList<Span> &spans)
{
    const int begin = (window.day - 1) * minutesPerDay + window.startMinute;
    const int end = begin + window.durationMinutes;
    if (end <= minutesPerWeek) {
        spans.append(Span{begin, end, index});
        return;
    }
    spans.append(Span{begin, minutesPerWeek, index});
    spans.append(Span{0, end - minutesPerWeek, index});
}

bool sameTimes(const CallingWindow &a, const CallingWindow &b)
{
    return a.day == b.day && a.startMinute == b.startMinute
        && a.durationMinutes == b.durationMinutes;
}

QString findingKey(const Finding &finding)
{
    return QString::number(int(finding.severity)) % QLatin1Char('|')
        % QString::number(finding.entryIndex) % QLatin1Char('|') % finding.message;
}

} // namespace

WeeklySchedule ScheduleChecker::withBounds(WeeklySchedule schedule, const Bounds &bounds)
{
    schedule.findings
        = capped(withoutRepeats(schedule.parserFindings + check(schedule, bounds)));
    return schedule;
}

QList<Finding> ScheduleChecker::check(const WeeklySchedule &schedule, const Bounds &bounds)
{
    QList<Finding> findings;
    checkPairs(schedule, findings);
    checkEachWindow(schedule, bounds, findings);
    checkNoDays(schedule, findings);
    return withoutRepeats(findings);
}

QList<Finding> ScheduleChecker::withoutRepeats(const QList<Finding> &findings)
{
    QList<Finding> result;
    QSet<QString> seen;
    for (const Finding &finding : findings) {
        const QString key = findingKey(finding);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(finding);
    }
    return result;
}

QList<Finding> ScheduleChecker::capped(const QList<Finding> &findings, int limit)
{
    if (findings.size() <= limit)
        return findings;

    // The summary takes the worst severity of what it hides, so an exit code or a banner that
    // looks at severities still sees an error that did not fit.
    QList<Finding> result = findings.first(limit - 1);
    Severity worst = Severity::Info;
    for (qsizetype i = limit - 1; i < findings.size(); ++i)
        worst = std::max(worst, findings.at(i).severity);
    const qsizetype hidden = findings.size() - (limit - 1);
    result.append({worst, tr("\u2026 and %1 more findings not listed.").arg(hidden)});
    return result;
}

// Sorts the windows' spans through the week and sweeps once, so thousands of windows stay
// fast. Each window that overlaps an earlier-starting one is reported once, against the window
// that reaches furthest; identical windows are reported as repeats instead.
void ScheduleChecker::checkPairs(const WeeklySchedule &schedule, QList<Finding> &findings)
{
    checkRepeats(schedule, findings);

    const QList<CallingWindow> &windows = schedule.windows;
    QList<Span> spans;
    spans.reserve(windows.size() * 2);
    for (int index = 0; index < windows.size(); ++index)
        appendWeekSpans(windows.at(index), index, spans);
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.begin, a.end, a.window) < std::tie(b.begin, b.end, b.window);
    });

    int reach = -1;
    int reachWindow = -1;
    for (const Span &span : std::as_const(spans)) {
        if (reachWindow >= 0 && span.begin < reach
            && !sameTimes(windows.at(reachWindow), windows.at(span.window))) {
            addOverlap(windows.at(std::min(reachWindow, span.window)),
                       windows.at(std::max(reachWindow, span.window)), span.begin, findings);
        }
        if (span.end > reach) {
            reach = span.end;
            reachWindow = span.window;
        }
    }
}

// Identical windows are found through a hash of their times, never by comparing every pair.
// A repeated entry is reported once, with the days it repeats, not once per day.
void ScheduleChecker::checkRepeats(const WeeklySchedule &schedule, QList<Finding> &findings)
{
    struct Repeat
    {
        int entry;
        int earlierEntry;
        QList<Qt::DayOfWeek> days;
    };
    QHash<qint64, int> firstWithTimes;
    QHash<qint64, qsizetype> repeatOfPair;
    QList<Repeat> repeats;
    for (const CallingWindow &window : schedule.windows) {
        const qint64 key = (qint64(window.day) * minutesPerWeek + window.startMinute)
                * minutesPerWeek
            + window.durationMinutes;
        const int earlier = firstWithTimes.value(key, -1);
        if (earlier < 0) {
            firstWithTimes.insert(key, window.entryIndex);
            continue;
        }
        const qint64 pair = qint64(window.entryIndex) * (qint64(1) << 32) + earlier;
        if (!repeatOfPair.contains(pair)) {
            repeatOfPair.insert(pair, repeats.size());
            repeats.append(Repeat{window.entryIndex, earlier, {}});
        }
        repeats[repeatOfPair.value(pair)].days.append(window.day);
    }

    for (const Repeat &repeat : std::as_const(repeats)) {
        add(findings, {Severity::Warning,
                       tr("days[%1] repeats the window of days[%2] on %3.")
                           .arg(repeat.entry)
                           .arg(repeat.earlierEntry)
                           .arg(dayList(repeat.days)),
                       repeat.entry});
    }
}

// "MO", "MO, WE" or, for all seven, "every day".
QString ScheduleChecker::dayList(const QList<Qt::DayOfWeek> &days)
{
    if (QSet<Qt::DayOfWeek>(days.cbegin(), days.cend()).size() == 7)
        return tr("every day");
    QStringList codes;
    for (const Qt::DayOfWeek day : days)
        codes << CallingHoursParser::codeForDay(day);
    return codes.join(QStringLiteral(", "));
}

void ScheduleChecker::addOverlap(const CallingWindow &a, const CallingWindow &b, int overlap,
                                 QList<Finding> &findings)
{
    const auto day = static_cast<Qt::DayOfWeek>(overlap / minutesPerDay + 1);
    add(findings, {Severity::Warning,
                   tr("days[%1] and days[%2] overlap on %3 from %4.")
                       .arg(a.entryIndex)
                       .arg(b.entryIndex)
                       .arg(CallingHoursParser::codeForDay(day),
                            ClockTime::format24(overlap % minutesPerDay)),
                   b.entryIndex});
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
    QList<Span> a;
    QList<Span> b;
    appendWeekSpans(first, 0, a);
    appendWeekSpans(second, 1, b);
    int earliest = -1;
    for (const Span &x : std::as_const(a)) {
        for (const Span &y : std::as_const(b)) {
            const int begin = std::max(x.begin, y.begin);
            if (begin < std::min(x.end, y.end) && (earliest < 0 || begin < earliest))
                earliest = begin;
        }
    }
    return earliest;
}

// Repeats are removed once, at the end of check(), through a hash.
void ScheduleChecker::add(QList<Finding> &findings, const Finding &finding)
{
    findings.append(finding);
}
