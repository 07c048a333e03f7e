// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gridgeometry.h"
#include "weeklyschedule.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

#include <optional>

// The weekly calling-hours grid: seven day rows by 24 hours, each calling window a filled bar
// with its times where they fit, day totals on the right and the week's total below, and a
// "now" line when the shown week contains the present. It draws a projection computed by its
// owner; it never computes one itself, so painting stays cheap. The geometry comes from
// GridGeometry, sizes from the font, colours from the palette.
class CallingHoursGrid : public QWidget
{
    Q_OBJECT

public:
    explicit CallingHoursGrid(QWidget *parent = nullptr);
    ~CallingHoursGrid() override;

    // The schedule supplies the campaign's zone and windows for tooltips.
    void setProjection(const WeekProjection &projection, const WeeklySchedule &schedule);
    const WeekProjection &projection() const { return m_projection; }
    void clear();

    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    GridGeometry gridGeometry() const;
    int segmentIndexAt(int dayIndex, int minute) const;
    QString toolTipAt(const QPointF &position) const;
    QString summaryText() const;
    QString focusedCellText() const;
    GridGeometry::Cell focusedCell() const { return m_focus; }
    void setFocusedCell(int dayIndex, int minute);

    // "8 h 30 min", "45 min", "0 h": the wording of every duration the panel shows.
    static QString durationText(int minutes);
    // A time of day in the locale's clock without seconds: "17:30" or "5:30 PM".
    static QString timeText(QTime time);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void focusedCellChanged(int dayIndex, int minute);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Occurrence
    {
        QDateTime start;
        QDateTime end;
    };

    void updateLabels();
    void updateMaximumHeight();
    void assignLanes();
    void assignLanesForDay(int dayIndex);
    void closeLaneGroup(QList<int> &group, int laneCount);
    QRectF barRect(int segmentIndex, const GridGeometry &geometry) const;
    int segmentIndexAtPoint(const QPointF &position) const;
    void updateAccessibility();
    GridGeometry::Margins margins() const;
    GridGeometry::Margins measureMargins() const;
    int padding() const;
    int hourLabelStep(const GridGeometry &geometry) const;
    QString segmentText(const ProjectedSegment &segment) const;
    QString segmentToolTip(int segmentIndex) const;
    QString daySummary(int dayIndex) const;
    QString campaignClockName() const;
    int segmentIndexInHour(int dayIndex, int hourStart) const;
    Occurrence occurrenceOf(int segmentIndex) const;

    void paintBackground(QPainter &painter, const GridGeometry &geometry) const;
    void paintHourLabels(QPainter &painter, const GridGeometry &geometry) const;
    void paintDayLabelsAndTotals(QPainter &painter, const GridGeometry &geometry) const;
    void paintBars(QPainter &painter, const GridGeometry &geometry) const;
    void paintBarTexts(QPainter &painter, const GridGeometry &geometry) const;
    void paintNowMarker(QPainter &painter, const GridGeometry &geometry) const;
    void paintFocus(QPainter &painter, const GridGeometry &geometry) const;

    WeekProjection m_projection;
    WeeklySchedule m_schedule;
    QDateTime m_now;
    GridGeometry::Cell m_focus {0, 9 * 60};
    QList<int> m_lanes; // per segment: its lane within its row
    QList<int> m_laneCounts; // per segment: lanes in its group of overlapping segments
    QStringList m_dayLabels;
    QStringList m_dayTotals;
    QStringList m_hourLabels;
    QString m_weekTotal;
    mutable std::optional<GridGeometry::Margins> m_margins; // measured when first needed
};
