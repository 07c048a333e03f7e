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
    struct Margins
    {
        qreal dayLabelWidth = 0;
        qreal hourLabelHeight = 0;
        qreal totalWidth = 0;
    };

    struct Cell
    {
        int dayIndex;
        int minute;
    };

    GridGeometry() = default;
    GridGeometry(const QRectF &bounds, const Margins &margins);

    QRectF gridRect() const;
    qreal rowHeight() const;
    qreal minuteToX(int minute) const;
    QRectF dayRect(int dayIndex) const;
    QRectF segmentRect(int dayIndex, int startMinute, int endMinute) const;
    std::optional<Cell> hitTest(const QPointF &point) const;

private:
    QRectF m_bounds;
    Margins m_margins;
};
