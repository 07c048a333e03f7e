// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "weeklyschedule.h"

QTimeZone WeeklySchedule::timeZone() const
{
    if (!timeZoneKnown)
        return QTimeZone::utc();
    return QTimeZone(timeZoneId.toUtf8());
}
