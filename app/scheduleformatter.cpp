// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "scheduleformatter.h"

#include "callinghoursparser.h"
#include "clocktime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString zoneId(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

// The zone a reader should see the week in: the UTC stand-in behind an unknown campaign zone
// is never named, the campaign's zone id as written is.
QString shownZoneName(const WeekProjection &week)
{
    return week.campaignClockOnly ? week.clockName : zoneId(week.zone);
}

// An instant on UTC, or null when the week is only in the campaign's own clock: its times
// stand on a UTC stand-in, and naming that instant would place them in a zone they are not in.
QJsonValue utcValue(const WeekProjection &week, const QDateTime &instant)
{
    if (week.campaignClockOnly)
        return QJsonValue(QJsonValue::Null);
    return instant.toUTC().toString(Qt::ISODate);
}

// "entry" is the index into callingHours.days, the same number the findings carry.
QJsonObject segmentObject(const WeeklySchedule &schedule, const WeekProjection &week,
                          const ProjectedSegment &segment)
{
    return QJsonObject{
        {QStringLiteral("day"), CallingHoursParser::codeForDay(
                                    static_cast<Qt::DayOfWeek>(segment.date.dayOfWeek()))},
        {QStringLiteral("date"), segment.date.toString(Qt::ISODate)},
        {QStringLiteral("start"), ClockTime::format24(segment.startMinute)},
        {QStringLiteral("end"), ClockTime::format24(segment.endMinute)},
        {QStringLiteral("entry"), schedule.windows.value(segment.windowIndex).entryIndex},
        {QStringLiteral("startUtc"), utcValue(week, segment.start)},
        {QStringLiteral("endUtc"), utcValue(week, segment.end)},
    };
}

} // namespace

QString ScheduleFormatter::toCsv(const WeekProjection &week, CsvHeader header)
{
    QString csv = header == CsvHeader::Include ? QStringLiteral("day,date,start,end,zone\n")
                                               : QString();
    const QString zone = shownZoneName(week);
    for (const ProjectedSegment &segment : week.segments)
        csv += csvLine(segment) % zone % QLatin1Char('\n');
    return csv;
}

QString ScheduleFormatter::toText(const WeeklySchedule &schedule, const WeekProjection &week)
{
    QString text = tr("Calling hours: %1, campaign zone %2")
                       .arg(schedule.frequency.isEmpty() ? tr("no frequency") : schedule.frequency,
                            campaignZoneLabel(schedule))
        % QLatin1Char('\n');
    text += weekHeading(schedule, week) % QLatin1Char('\n');

    for (const ProjectedSegment &segment : week.segments) {
        const auto day = static_cast<Qt::DayOfWeek>(segment.date.dayOfWeek());
        text += QStringLiteral("  ") % CallingHoursParser::codeForDay(day) % QLatin1Char(' ')
            % segment.date.toString(Qt::ISODate) % QStringLiteral("  ")
            % ClockTime::format24(segment.startMinute) % QLatin1Char('-')
            % ClockTime::format24(segment.endMinute) % QLatin1Char('\n');
    }
    if (week.segments.isEmpty())
        text += tr("  No calling windows in this week.") % QLatin1Char('\n');
    text += tr("Total: %1").arg(durationText(week.totalMinutes)) % QLatin1Char('\n');

    const QList<Finding> findings = allFindings(schedule, week);
    if (findings.isEmpty())
        return text % tr("No findings.") % QLatin1Char('\n');
    return text % tr("Findings:") % QLatin1Char('\n') % findingsText(findings);
}

QByteArray ScheduleFormatter::toJson(const WeeklySchedule &schedule, const WeekProjection &week)
{
    QJsonArray windows;
    for (const ProjectedSegment &segment : week.segments)
        windows.append(segmentObject(schedule, week, segment));

    QJsonArray findings;
    for (const Finding &finding : allFindings(schedule, week)) {
        findings.append(QJsonObject{{QStringLiteral("severity"), severityKey(finding.severity)},
                                    {QStringLiteral("message"), finding.message},
                                    {QStringLiteral("entry"), finding.entryIndex}});
    }

    QJsonArray perDay;
    for (const int minutes : week.minutesPerDay)
        perDay.append(minutes);

    const QJsonObject root{
        {QStringLiteral("zone"), shownZoneName(week)},
        {QStringLiteral("campaignClockOnly"), week.campaignClockOnly},
        {QStringLiteral("week"), week.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("frequency"), schedule.frequency},
        {QStringLiteral("campaignZone"), schedule.timeZoneId},
        {QStringLiteral("campaignZoneKnown"), schedule.timeZoneKnown},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("minutesPerDay"), perDay},
        {QStringLiteral("totalMinutes"), week.totalMinutes},
        {QStringLiteral("findings"), findings},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Finding> ScheduleFormatter::allFindings(const WeeklySchedule &schedule,
                                              const WeekProjection &week)
{
    return schedule.findings + week.findings;
}

QString ScheduleFormatter::findingsText(const QList<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings)
        text += severityName(finding.severity) % QStringLiteral(": ") % finding.message
            % QLatin1Char('\n');
    return text;
}

QString ScheduleFormatter::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("info");
    case Severity::Warning:
        return tr("warning");
    case Severity::Error:
        return tr("error");
    }
    return QString();
}

QString ScheduleFormatter::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString ScheduleFormatter::campaignZoneLabel(const WeeklySchedule &schedule)
{
    if (schedule.timeZoneId.isEmpty())
        return tr("none given");
    if (!schedule.timeZoneKnown)
        return tr("%1 (unknown zone)").arg(schedule.timeZoneId);
    return schedule.timeZoneId;
}

QString ScheduleFormatter::weekHeading(const WeeklySchedule &schedule, const WeekProjection &week)
{
    const QString firstDay = week.firstDay.toString(Qt::ISODate);
    if (week.campaignClockOnly) {
        const QString clock = schedule.timeZoneId.isEmpty() ? tr("no zone given")
                                                            : schedule.timeZoneId;
        return tr("Week of %1 shown in the campaign's own clock (%2)").arg(firstDay, clock);
    }
    return tr("Week of %1 shown in %2").arg(firstDay, zoneId(week.zone));
}

// Written like the grid's totals, so the copied text and the picture agree; a clock time such
// as "56:00" would read as a time of day.
QString ScheduleFormatter::durationText(int minutes)
{
    constexpr int minutesPerHour = 60;
    const int hours = minutes / minutesPerHour;
    const int rest = minutes % minutesPerHour;
    if (hours > 0 && rest > 0)
        return tr("%1 h %2 min").arg(hours).arg(rest);
    if (rest > 0)
        return tr("%1 min").arg(rest);
    return tr("%1 h").arg(hours);
}

// "MO,2026-03-23,09:00,17:00,": every column but the zone.
QString ScheduleFormatter::csvLine(const ProjectedSegment &segment)
{
    const auto day = static_cast<Qt::DayOfWeek>(segment.date.dayOfWeek());
    const QChar comma = QLatin1Char(',');
    return CallingHoursParser::codeForDay(day) % comma % segment.date.toString(Qt::ISODate) % comma
        % ClockTime::format24(segment.startMinute) % comma
        % ClockTime::format24(segment.endMinute) % comma;
}
