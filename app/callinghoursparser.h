// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QCoreApplication>
#include <QJsonObject>

// Reads dialingStrategy.callingHours of a campaign into a week of windows in the campaign's
// own clock. Nothing is dropped silently: every entry it cannot use becomes a finding.
class CallingHoursParser
{
    Q_DECLARE_TR_FUNCTIONS(CallingHoursParser)

public:
    // Parses and runs ScheduleChecker with the default bounds, so findings are complete.
    static WeeklySchedule parseCampaign(const QJsonObject &campaign);

    // Parses a callingHours object alone; findings are the parser's own.
    static WeeklySchedule parseCallingHours(const QJsonObject &callingHours);
};
