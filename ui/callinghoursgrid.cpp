// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghoursgrid.h"

#include "scheduleformatter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace {

constexpr int MinutesPerHour = 60;

// 24-hour "9:00", with the end of a day written as "24:00" so a bar to midnight reads right.
QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / MinutesPerHour)
        .arg(minute % MinutesPerHour, 2, 10, QLatin1Char('0'));
}

QString dateTimeText(const QDateTime &moment)
{
    return QLocale().toString(moment, QStringLiteral("ddd d MMM HH:mm"));
}

QString dayLabelText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

bool localeUsesTwelveHours()
{
    return QLocale()
        .timeFormat(QLocale::ShortFormat)
        .contains(QStringLiteral("ap"), Qt::CaseInsensitive);
}

// Follows the locale: "9 AM" where it uses a 12-hour clock, "09" where it does not.
QString hourLabelText(int hour)
{
    const bool twelveHour = localeUsesTwelveHours();
    return QLocale().toString(QTime(hour, 0),
                              twelveHour ? QStringLiteral("h AP") : QStringLiteral("HH"));
}

} // namespace

CallingHoursGrid::CallingHoursGrid(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateLabels();
    updateMaximumHeight();
}

CallingHoursGrid::~CallingHoursGrid() = default;

void CallingHoursGrid::setProjection(const WeekProjection &projection,
                                     const WeeklySchedule &schedule)
{
    m_projection = projection;
    m_schedule = schedule;
    assignLanes();
    updateLabels();
    updateGeometry();
    update();
}

void CallingHoursGrid::clear()
{
    setProjection(WeekProjection(), WeeklySchedule());
}

void CallingHoursGrid::setNow(const QDateTime &now)
{
    m_now = now;
    update();
}

// The same wording as the command line's text output.
QString CallingHoursGrid::durationText(int minutes)
{
    return ScheduleFormatter::durationText(minutes);
}

QString CallingHoursGrid::timeText(QTime time)
{
    // The locale's short format carries seconds in some locales (C among them): drop them.
    const bool twelveHour = localeUsesTwelveHours();
    return QLocale().toString(time,
                              twelveHour ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm"));
}

int CallingHoursGrid::padding() const
{
    return std::max(2, fontMetrics().averageCharWidth() / 2 + 1);
}

// Layout asks for the size hints dozens of times and every paint needs the geometry, so the
// measured margins are kept until the labels or the font change.
GridGeometry::Margins CallingHoursGrid::margins() const
{
    if (!m_margins)
        m_margins = measureMargins();
    return *m_margins;
}

GridGeometry::Margins CallingHoursGrid::measureMargins() const
{
    const QFontMetrics metrics = fontMetrics();
    GridGeometry::Margins result;
    for (const QString &label : m_dayLabels)
        result.dayLabelWidth
            = std::max<qreal>(result.dayLabelWidth, metrics.horizontalAdvance(label));
    result.dayLabelWidth += 2 * padding();
    result.totalWidth = metrics.horizontalAdvance(durationText(23 * 60 + 45)) + 2 * padding();
    result.hourLabelHeight = metrics.height() + padding();
    result.weekTotalHeight = metrics.height() + 2 * padding();
    return result;
}

GridGeometry CallingHoursGrid::gridGeometry() const
{
    return GridGeometry(QRectF(rect()), margins());
}

QSize CallingHoursGrid::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const GridGeometry::Margins space = margins();
    const int hourWidth = metrics.horizontalAdvance(QStringLiteral("00:00")) + padding();
    const int width = int(space.dayLabelWidth + space.totalWidth) + 24 * hourWidth;
    const int rows = GridGeometry::DayCount * (metrics.height() * 2);
    return QSize(width, int(space.hourLabelHeight + space.weekTotalHeight) + rows);
}

void CallingHoursGrid::updateMaximumHeight()
{
    // Rows taller than about three lines of text only make bars harder to compare; spare
    // height is better spent on whatever the grid shares its space with.
    const GridGeometry::Margins space = margins();
    const int rows = GridGeometry::DayCount * fontMetrics().height() * 3;
    setMaximumHeight(int(space.hourLabelHeight + space.weekTotalHeight) + rows);
}

QSize CallingHoursGrid::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const GridGeometry::Margins space = margins();
    const int hourWidth = metrics.horizontalAdvance(QLatin1Char('0')) + 2;
    const int width = int(space.dayLabelWidth + space.totalWidth) + 24 * hourWidth;
    const int rows = GridGeometry::DayCount * (metrics.height() + 2 * padding());
    return QSize(width, int(space.hourLabelHeight + space.weekTotalHeight) + rows);
}

void CallingHoursGrid::assignLanes()
{
    // Overlapping windows (a schedule finding) are stacked in lanes so that each stays
    // visible; segments that overlap nothing keep the whole row.
    const qsizetype count = m_projection.segments.size();
    m_lanes = QList<int>(count, 0);
    m_laneCounts = QList<int>(count, 1);
    for (int day = 0; day < GridGeometry::DayCount; ++day)
        assignLanesForDay(day);
}

void CallingHoursGrid::assignLanesForDay(int dayIndex)
{
    const QList<ProjectedSegment> &segments = m_projection.segments;
    QList<int> order;
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).dayIndex == dayIndex)
            order << i;
    }
    std::sort(order.begin(), order.end(), [&segments](int a, int b) {
        return segments.at(a).startMinute < segments.at(b).startMinute;
    });

    // Walk the day in start order; a group ends where no earlier segment reaches.
    QList<int> group;
    QList<int> laneEnds;
    int groupEnd = -1;
    for (const int index : std::as_const(order)) {
        const ProjectedSegment &segment = segments.at(index);
        if (segment.startMinute >= groupEnd) {
            closeLaneGroup(group, int(laneEnds.size()));
            laneEnds.clear();
        }
        const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                       [&segment](int end) { return end <= segment.startMinute; });
        m_lanes[index] = int(free - laneEnds.begin());
        if (free == laneEnds.end())
            laneEnds << segment.endMinute;
        else
            *free = segment.endMinute;
        group << index;
        groupEnd = std::max(groupEnd, segment.endMinute);
    }
    closeLaneGroup(group, int(laneEnds.size()));
}

void CallingHoursGrid::closeLaneGroup(QList<int> &group, int laneCount)
{
    for (const int member : std::as_const(group))
        m_laneCounts[member] = laneCount;
    group.clear();
}

QRectF CallingHoursGrid::barRect(int segmentIndex, const GridGeometry &geometry) const
{
    const ProjectedSegment &segment = m_projection.segments.at(segmentIndex);
    const int laneCount = m_laneCounts.value(segmentIndex, 1);
    const QRectF slice
        = geometry.segmentRect(segment.dayIndex, segment.startMinute, segment.endMinute,
                               m_lanes.value(segmentIndex), laneCount);
    const qreal inset = geometry.rowHeight() * 0.12 / laneCount;
    return slice.adjusted(0, inset, 0, -inset);
}

int CallingHoursGrid::segmentIndexAtPoint(const QPointF &position) const
{
    const GridGeometry geometry = gridGeometry();
    const std::optional<GridGeometry::Cell> cell = geometry.hitTest(position);
    if (!cell)
        return -1;
    // Within a lane, anywhere in the row's height counts, insets included.
    for (qsizetype i = m_projection.segments.size() - 1; i >= 0; --i) {
        const ProjectedSegment &segment = m_projection.segments.at(i);
        const QRectF lane
            = geometry.segmentRect(segment.dayIndex, segment.startMinute, segment.endMinute,
                                   m_lanes.value(i), m_laneCounts.value(i, 1));
        if (segment.dayIndex == cell->dayIndex && segment.startMinute <= cell->minute
            && cell->minute < segment.endMinute && position.y() >= lane.top()
            && position.y() < lane.bottom()) {
            return int(i);
        }
    }
    return -1;
}

void CallingHoursGrid::updateLabels()
{
    m_margins.reset();
    m_dayLabels.clear();
    m_dayTotals.clear();
    m_hourLabels.clear();
    const QLocale locale;
    for (int day = 0; day < GridGeometry::DayCount; ++day) {
        if (m_projection.firstDay.isValid()) {
            m_dayLabels << dayLabelText(m_projection.firstDay.addDays(day));
        } else {
            const int dayOfWeek = (int(locale.firstDayOfWeek()) - 1 + day) % 7 + 1;
            m_dayLabels << locale.dayName(dayOfWeek, QLocale::ShortFormat);
        }
        const int minutes = m_projection.minutesPerDay.value(day, 0);
        m_dayTotals << durationText(minutes);
    }
    for (int hour = 0; hour < 24; ++hour)
        m_hourLabels << hourLabelText(hour);
    m_weekTotal = tr("Week total: %1").arg(durationText(m_projection.totalMinutes));
    updateAccessibility();
}

void CallingHoursGrid::updateAccessibility()
{
    setAccessibleName(tr("Calling hours grid"));
    setAccessibleDescription(summaryText());
}

QString CallingHoursGrid::daySummary(int dayIndex) const
{
    QStringList windows;
    for (const ProjectedSegment &segment : m_projection.segments) {
        if (segment.dayIndex == dayIndex)
            windows << segmentText(segment);
    }
    const QString label = m_dayLabels.value(dayIndex);
    if (windows.isEmpty())
        return tr("%1: no calling.").arg(label);
    return tr("%1: %2 (%3).")
        .arg(label, windows.join(QStringLiteral(", ")), m_dayTotals.value(dayIndex));
}

QString CallingHoursGrid::summaryText() const
{
    if (!m_projection.firstDay.isValid())
        return tr("No calling hours to show.");

    QStringList lines;
    lines << tr("Calling hours shown in %1.").arg(QString::fromUtf8(m_projection.zone.id()));
    for (int day = 0; day < GridGeometry::DayCount; ++day)
        lines << daySummary(day);
    lines << m_weekTotal + QLatin1Char('.');
    return lines.join(QLatin1Char(' '));
}

QString CallingHoursGrid::segmentText(const ProjectedSegment &segment) const
{
    return clockText(segment.startMinute) + QChar(0x2013) + clockText(segment.endMinute);
}

int CallingHoursGrid::segmentIndexAt(int dayIndex, int minute) const
{
    // The last one painted is the one on top, so search from the end.
    for (qsizetype i = m_projection.segments.size() - 1; i >= 0; --i) {
        const ProjectedSegment &segment = m_projection.segments.at(i);
        if (segment.dayIndex == dayIndex && segment.startMinute <= minute
            && minute < segment.endMinute) {
            return int(i);
        }
    }
    return -1;
}

int CallingHoursGrid::segmentIndexInHour(int dayIndex, int hourStart) const
{
    for (qsizetype i = m_projection.segments.size() - 1; i >= 0; --i) {
        const ProjectedSegment &segment = m_projection.segments.at(i);
        if (segment.dayIndex == dayIndex && segment.startMinute < hourStart + MinutesPerHour
            && hourStart < segment.endMinute) {
            return int(i);
        }
    }
    return -1;
}

CallingHoursGrid::Occurrence CallingHoursGrid::occurrenceOf(int segmentIndex) const
{
    // A window split at midnight or by a zone change is one occurrence: join the pieces that
    // touch end to start, so the tooltip shows the whole window rather than a slice.
    const ProjectedSegment &segment = m_projection.segments.at(segmentIndex);
    Occurrence occurrence {segment.start, segment.end};
    bool grown = true;
    while (grown) {
        grown = false;
        for (const ProjectedSegment &other : m_projection.segments) {
            if (other.windowIndex != segment.windowIndex)
                continue;
            if (other.end == occurrence.start && other.start < occurrence.start) {
                occurrence.start = other.start;
                grown = true;
            } else if (other.start == occurrence.end && other.end > occurrence.end) {
                occurrence.end = other.end;
                grown = true;
            }
        }
    }
    return occurrence;
}

QString CallingHoursGrid::campaignClockName() const
{
    if (!m_schedule.timeZoneKnown)
        return tr("the campaign's own clock (unknown zone '%1')").arg(m_schedule.timeZoneId);
    return tr("%1, the campaign's zone").arg(m_schedule.timeZoneId);
}

QString CallingHoursGrid::segmentToolTip(int segmentIndex) const
{
    const Occurrence occurrence = occurrenceOf(segmentIndex);
    const QTimeZone campaignZone = m_schedule.timeZone();
    const QString inCampaign
        = tr("%1 \u2013 %2 in %3")
              .arg(dateTimeText(occurrence.start.toTimeZone(campaignZone)),
                   dateTimeText(occurrence.end.toTimeZone(campaignZone)), campaignClockName());
    const int minutes = int(occurrence.start.secsTo(occurrence.end) / 60);
    const QString title = tr("Calling window (%1)").arg(durationText(minutes));
    // A week on the campaign's own clock has no other zone: the UTC that carries it is no answer.
    if (m_projection.campaignClockOnly)
        return title + QLatin1Char('\n') + inCampaign;

    const QString shown = tr("%1 \u2013 %2 in %3, the zone shown")
                              .arg(dateTimeText(occurrence.start.toTimeZone(m_projection.zone)),
                                   dateTimeText(occurrence.end.toTimeZone(m_projection.zone)),
                                   QString::fromUtf8(m_projection.zone.id()));
    return title + QLatin1Char('\n') + inCampaign + QLatin1Char('\n') + shown;
}

QString CallingHoursGrid::toolTipAt(const QPointF &position) const
{
    const int index = segmentIndexAtPoint(position);
    return index < 0 ? QString() : segmentToolTip(index);
}

QString CallingHoursGrid::focusedCellText() const
{
    const QString where
        = tr("%1, %2").arg(m_dayLabels.value(m_focus.dayIndex), clockText(m_focus.minute));
    const int index = segmentIndexInHour(m_focus.dayIndex, m_focus.minute);
    if (index < 0)
        return tr("%1: no calling").arg(where);
    return tr("%1: calling window %2").arg(where, segmentText(m_projection.segments.at(index)));
}

void CallingHoursGrid::setFocusedCell(int dayIndex, int minute)
{
    const int day = std::clamp(dayIndex, 0, GridGeometry::DayCount - 1);
    const int hourStart = std::clamp(minute, 0, 23 * MinutesPerHour) / MinutesPerHour * 60;
    if (day == m_focus.dayIndex && hourStart == m_focus.minute)
        return;
    m_focus = {day, hourStart};
    setAccessibleName(tr("Calling hours grid, %1").arg(focusedCellText()));
    update();
    Q_EMIT focusedCellChanged(day, hourStart);
}

bool CallingHoursGrid::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(QPointF(help->pos()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void CallingHoursGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::StyleChange) {
        updateLabels();
        updateMaximumHeight();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void CallingHoursGrid::keyPressEvent(QKeyEvent *event)
{
    const int day = m_focus.dayIndex;
    const int minute = m_focus.minute;
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusedCell(day, minute - MinutesPerHour);
        break;
    case Qt::Key_Right:
        setFocusedCell(day, minute + MinutesPerHour);
        break;
    case Qt::Key_Up:
        setFocusedCell(day - 1, minute);
        break;
    case Qt::Key_Down:
        setFocusedCell(day + 1, minute);
        break;
    case Qt::Key_Home:
        setFocusedCell(day, 0);
        break;
    case Qt::Key_End:
        setFocusedCell(day, 23 * MinutesPerHour);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void CallingHoursGrid::mousePressEvent(QMouseEvent *event)
{
    const std::optional<GridGeometry::Cell> cell = gridGeometry().hitTest(event->position());
    if (cell)
        setFocusedCell(cell->dayIndex, cell->minute);
    QWidget::mousePressEvent(event);
}

void CallingHoursGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const GridGeometry geometry = gridGeometry();
    paintBackground(painter, geometry);
    paintHourLabels(painter, geometry);
    paintDayLabelsAndTotals(painter, geometry);
    paintBars(painter, geometry);
    paintNowMarker(painter, geometry);
    paintBarTexts(painter, geometry);
    paintFocus(painter, geometry);
}

void CallingHoursGrid::paintBackground(QPainter &painter, const GridGeometry &geometry) const
{
    for (int day = 0; day < GridGeometry::DayCount; ++day) {
        const QPalette::ColorRole role = day % 2 ? QPalette::AlternateBase : QPalette::Base;
        painter.fillRect(geometry.dayRect(day), palette().brush(role));
    }

    const QRectF grid = geometry.gridRect();
    painter.setPen(QPen(palette().color(QPalette::Mid), 0));
    for (int hour = 0; hour <= 24; ++hour) {
        const qreal x = geometry.minuteToX(hour * MinutesPerHour);
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }
    for (int day = 0; day <= GridGeometry::DayCount; ++day) {
        const qreal y = grid.top() + day * geometry.rowHeight();
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
    }
}

int CallingHoursGrid::hourLabelStep(const GridGeometry &geometry) const
{
    // Label every hour only when the widest label fits; otherwise every 2nd, 3rd ... hour.
    int widest = 0;
    for (const QString &label : m_hourLabels)
        widest = std::max(widest, fontMetrics().horizontalAdvance(label));
    const qreal hourWidth = geometry.gridRect().width() / 24;
    for (const int step : std::array {1, 2, 3, 4, 6, 12}) {
        if (hourWidth * step >= widest + 2 * padding())
            return step;
    }
    return 24;
}

void CallingHoursGrid::paintHourLabels(QPainter &painter, const GridGeometry &geometry) const
{
    const int step = hourLabelStep(geometry);
    const QRectF grid = geometry.gridRect();
    const qreal hourWidth = grid.width() / 24;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += step) {
        const qreal x = geometry.minuteToX(hour * MinutesPerHour);
        const qreal top = geometry.bounds().top();
        const QRectF box(x, top, hourWidth * step, grid.top() - top);
        painter.drawText(box.adjusted(padding() / 2.0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         m_hourLabels.at(hour));
    }
}

void CallingHoursGrid::paintDayLabelsAndTotals(QPainter &painter,
                                               const GridGeometry &geometry) const
{
    const int pad = padding();
    painter.setPen(palette().color(QPalette::WindowText));
    for (int day = 0; day < GridGeometry::DayCount; ++day) {
        painter.drawText(geometry.dayLabelRect(day).adjusted(pad, 0, -pad, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, m_dayLabels.at(day));
        painter.drawText(geometry.dayTotalRect(day).adjusted(pad, 0, -pad, 0),
                         Qt::AlignRight | Qt::AlignVCenter, m_dayTotals.at(day));
    }
    painter.drawText(geometry.weekTotalRect().adjusted(pad, 0, -pad, 0),
                     Qt::AlignRight | Qt::AlignVCenter, m_weekTotal);
}

void CallingHoursGrid::paintBars(QPainter &painter, const GridGeometry &geometry) const
{
    const QColor fill = palette().color(QPalette::Highlight);
    painter.setPen(QPen(fill.darker(140), 0));
    for (int i = 0; i < m_projection.segments.size(); ++i) {
        const QRectF bar = barRect(i, geometry);
        painter.fillRect(bar, fill);
        painter.drawRect(bar);
    }
}

void CallingHoursGrid::paintBarTexts(QPainter &painter, const GridGeometry &geometry) const
{
    // Drawn after the "now" line, so the line never cuts through a window's times.
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::HighlightedText));
    for (int i = 0; i < m_projection.segments.size(); ++i) {
        const QRectF bar = barRect(i, geometry);
        const QString text = segmentText(m_projection.segments.at(i));
        if (metrics.horizontalAdvance(text) + 2 * padding() <= bar.width()
            && metrics.height() <= bar.height() + 2) {
            painter.drawText(bar, Qt::AlignCenter, text);
        }
    }
}

void CallingHoursGrid::paintNowMarker(QPainter &painter, const GridGeometry &geometry) const
{
    // On the clock of a campaign whose zone is unknown, "now" has no place.
    if (!m_now.isValid() || !m_projection.firstDay.isValid() || m_projection.campaignClockOnly)
        return;
    const QDateTime local = m_now.toTimeZone(m_projection.zone);
    const qint64 day = m_projection.firstDay.daysTo(local.date());
    if (day < 0 || day >= GridGeometry::DayCount)
        return;

    const int minute = local.time().hour() * MinutesPerHour + local.time().minute();
    const QRectF row = geometry.dayRect(int(day));
    const qreal x = geometry.minuteToX(minute);
    const QColor colour = palette().color(QPalette::Text);
    painter.setPen(QPen(colour, 2));
    painter.drawLine(QPointF(x, row.top() - 2), QPointF(x, row.bottom() + 2));

    // A small notch under the hour labels, so "now" is found from the top of the grid too.
    const qreal size = padding() + 1;
    const qreal top = geometry.gridRect().top();
    const QPolygonF notch(
        {QPointF(x - size, top - size), QPointF(x + size, top - size), QPointF(x, top)});
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(notch);
}

void CallingHoursGrid::paintFocus(QPainter &painter, const GridGeometry &geometry) const
{
    if (!hasFocus())
        return;

    // Frame the whole bar under the focused hour, or the hour cell itself when it is empty.
    const int index = segmentIndexInHour(m_focus.dayIndex, m_focus.minute);
    const QRectF frame = index >= 0
        ? barRect(index, geometry)
        : geometry.segmentRect(m_focus.dayIndex, m_focus.minute, m_focus.minute + MinutesPerHour);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = frame.toAlignedRect().adjusted(1, 1, -1, -1);
    option.backgroundColor = palette().color(QPalette::Base);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}
