// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `campaign-inspector schedule FILE.json [--tz ZONE] [--week DATE] [--format text|csv|json]`:
// prints the windows of one week in one zone and the schedule's findings.
// Exit 0 when no finding is worse than info, 1 otherwise, 2 for usage errors.
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    static int run(const QStringList &arguments);
};
