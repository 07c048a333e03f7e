// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

#include <optional>

// The calling-hours grid's geometry, free of widgets so it can be tested on its own: 7 day
// rows by 24 hours, with room for day labels on the left, hour labels on top and day totals on
// the right. Maps minutes and days to rectangles and points back to (day, minute).
class GridGeometry
{
public:
    static constexpr int DayCount = 7;
    static constexpr int MinutesPerDay = 24 * 60;

    struct Margins
    {
        qreal dayLabelWidth = 0;
        qreal hourLabelHeight = 0;
        qreal totalWidth = 0;
        qreal weekTotalHeight = 0; // the line below the grid with the week's total
    };

    struct Cell
    {
        int dayIndex;
        int minute;
    };

    GridGeometry() = default;
    GridGeometry(const QRectF &bounds, const Margins &margins);

    QRectF bounds() const { return m_bounds; }
    const Margins &margins() const { return m_margins; }

    // The area of the 7 x 24 cells, without any label or total.
    QRectF gridRect() const;
    qreal rowHeight() const;
    qreal minuteToX(int minute) const;
    QRectF dayRect(int dayIndex) const;
    QRectF segmentRect(int dayIndex, int startMinute, int endMinute) const;
    // Overlapping windows share a row in lanes: lane 0 of laneCount is the top slice.
    QRectF segmentRect(int dayIndex, int startMinute, int endMinute, int lane, int laneCount) const;

    // Where a row's label and its total go, left and right of the row.
    QRectF dayLabelRect(int dayIndex) const;
    QRectF dayTotalRect(int dayIndex) const;
    QRectF weekTotalRect() const;

    // The cell under a point: left and top edges belong to the grid, right and bottom do not.
    std::optional<Cell> hitTest(const QPointF &point) const;

private:
    QRectF m_bounds;
    Margins m_margins;
};
