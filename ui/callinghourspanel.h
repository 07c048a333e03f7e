// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyschedule.h"

#include <QWidget>

class CallingHoursGrid;

// The calling-hours side of the window: the weekly grid with its zone and week controls, the
// "may it call now" line, the findings list, and export of the grid as PNG, CSV or text.
class CallingHoursPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallingHoursPanel(QWidget *parent = nullptr);
    ~CallingHoursPanel() override;

    // Shows a schedule in its own zone, in the week that contains today.
    void setSchedule(const WeeklySchedule &schedule);
    void clear();

    void setShownZone(const QTimeZone &zone);
    QTimeZone shownZone() const;
    void setWeek(QDate anyDayInWeek);
    QDate firstDayShown() const;

    const WeekProjection &projection() const;
    CallingHoursGrid *grid() const;
};
