// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>
#include <QString>

// Writes a projected week as text, CSV or JSON: used by the `schedule` command, the grid's CSV
// export and its "copy as text". CSV is `day,date,start,end,zone` with two-letter day codes,
// ISO dates and 24-hour times, a window running to midnight ending at 24:00: one line per drawn
// segment in time order, each ending in "\n", after a header line naming the columns when
// asked for. The command prints no header, so every line on its stdout is a window; exported
// files have one, for spreadsheets.
// JSON uses untranslated keys and severity names so scripts can rely on them; each window's
// "entry", like each finding's, is its index into callingHours.days.
// Each JSON window also carries "startUtc" and "endUtc", ISO 8601 instants in UTC.
// When the campaign's zone is unknown the week is in the campaign's own clock: the zone column
// and the JSON "zone" hold the campaign's zone id as written, "campaignClockOnly" is true, and
// every "startUtc" and "endUtc" is null, as that clock has no known offset from UTC.
class ScheduleFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFormatter)

public:
    enum class CsvHeader { Omit, Include };

    static QString toCsv(const WeekProjection &week, CsvHeader header);
    static QString toText(const WeeklySchedule &schedule, const WeekProjection &week);
    static QByteArray toJson(const WeeklySchedule &schedule, const WeekProjection &week);
    static QString findingsText(const QList<Finding> &findings);

    // The schedule's findings, then those of the shown week only (see WeekProjection).
    static QList<Finding> allFindings(const WeeklySchedule &schedule, const WeekProjection &week);
    static QString severityName(Severity severity);

    // "info", "warning" or "error", never translated.
    static QString severityKey(Severity severity);

    // The campaign's zone as a reader should see it, saying so when it is unknown or missing.
    static QString campaignZoneLabel(const WeeklySchedule &schedule);

    // "Week of 2026-06-15 shown in UTC", or in the campaign's own clock when it cannot be
    // converted.
    static QString weekHeading(const WeeklySchedule &schedule, const WeekProjection &week);

    // A length of time in the grid's words: "38 h", "8 h 30 min", "45 min", "0 h".
    static QString durationText(int minutes);

private:
    static QString csvLine(const ProjectedSegment &segment);
};
