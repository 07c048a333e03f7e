// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>
#include <QString>

// Writes a projected week as text, CSV or JSON: used by the `schedule` command, the grid's CSV
// export and its "copy as text". CSV is `day,date,start,end,zone` with two-letter day codes,
// ISO dates and 24-hour times, a window running to midnight ending at 24:00.
class ScheduleFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFormatter)

public:
    static QString toCsv(const WeekProjection &week);
    static QString toText(const WeeklySchedule &schedule, const WeekProjection &week);
    static QByteArray toJson(const WeeklySchedule &schedule, const WeekProjection &week);
    static QString findingsText(const QList<Finding> &findings);
    static QString severityName(Severity severity);
};
