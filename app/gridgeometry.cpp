// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "gridgeometry.h"

#include <QPointF>

#include <algorithm>
#include <cmath>

GridGeometry::GridGeometry(const QRectF &bounds, const Margins &margins)
    : m_bounds(bounds)
    , m_margins(margins)
{ }

QRectF GridGeometry::gridRect() const
{
    // Margins wider than the bounds leave an empty grid rather than a negative one.
    const qreal width
        = std::max<qreal>(0, m_bounds.width() - m_margins.dayLabelWidth - m_margins.totalWidth);
    const qreal height = std::max<qreal>(
        0, m_bounds.height() - m_margins.hourLabelHeight - m_margins.weekTotalHeight);
    return QRectF(m_bounds.left() + m_margins.dayLabelWidth,
                  m_bounds.top() + m_margins.hourLabelHeight, width, height);
}

qreal GridGeometry::rowHeight() const
{
    return gridRect().height() / DayCount;
}

qreal GridGeometry::minuteToX(int minute) const
{
    const QRectF grid = gridRect();
    const int clamped = std::clamp(minute, 0, MinutesPerDay);
    return grid.left() + grid.width() * clamped / MinutesPerDay;
}

QRectF GridGeometry::dayRect(int dayIndex) const
{
    const QRectF grid = gridRect();
    return QRectF(grid.left(), grid.top() + dayIndex * rowHeight(), grid.width(), rowHeight());
}

QRectF GridGeometry::segmentRect(int dayIndex, int startMinute, int endMinute) const
{
    const QRectF row = dayRect(dayIndex);
    const qreal left = minuteToX(startMinute);
    return QRectF(left, row.top(), minuteToX(endMinute) - left, row.height());
}

QRectF GridGeometry::segmentRect(int dayIndex, int startMinute, int endMinute, int lane,
                                 int laneCount) const
{
    const QRectF whole = segmentRect(dayIndex, startMinute, endMinute);
    if (laneCount <= 1)
        return whole;
    const qreal height = whole.height() / laneCount;
    return QRectF(whole.left(), whole.top() + lane * height, whole.width(), height);
}

QRectF GridGeometry::dayLabelRect(int dayIndex) const
{
    const QRectF row = dayRect(dayIndex);
    return QRectF(m_bounds.left(), row.top(), m_margins.dayLabelWidth, row.height());
}

QRectF GridGeometry::dayTotalRect(int dayIndex) const
{
    const QRectF row = dayRect(dayIndex);
    return QRectF(row.right(), row.top(), m_margins.totalWidth, row.height());
}

QRectF GridGeometry::weekTotalRect() const
{
    const QRectF grid = gridRect();
    return QRectF(m_bounds.left(), grid.bottom(), m_bounds.width(), m_margins.weekTotalHeight);
}

std::optional<GridGeometry::Cell> GridGeometry::hitTest(const QPointF &point) const
{
    const QRectF grid = gridRect();
    if (grid.isEmpty() || point.x() < grid.left() || point.y() < grid.top()
        || point.x() >= grid.right() || point.y() >= grid.bottom()) {
        return std::nullopt;
    }

    const int day = int(std::floor((point.y() - grid.top()) / rowHeight()));
    const int minute = int(std::floor((point.x() - grid.left()) * MinutesPerDay / grid.width()));
    return Cell {std::clamp(day, 0, DayCount - 1), std::clamp(minute, 0, MinutesPerDay - 1)};
}
