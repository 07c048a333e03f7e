// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghoursgrid.h"
#include "callinghoursparser.h"
#include "callinghourspanel.h"
#include "gridgeometry.h"
#include "zonepicker.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Bounds chosen so that the grid is exactly 1440 px wide (one pixel per minute) and each day
// row 30 px high; the numbers in the tables below follow from those by hand.
static GridGeometry minutePerPixelGeometry()
{
    GridGeometry::Margins margins;
    margins.dayLabelWidth = 100;
    margins.hourLabelHeight = 20;
    margins.totalWidth = 60;
    margins.weekTotalHeight = 24;
    return GridGeometry(QRectF(10, 5, 1600, 254), margins);
}

static QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 1, day), QTime(hour, minute), QTimeZone::utc());
}

// Monday 6 January 2025 in UTC, written by hand: 09:00-17:30 on Monday, and a 22:00-02:00
// window split at midnight into Monday 22:00-24:00 and Tuesday 00:00-02:00.
static WeekProjection handMadeProjection()
{
    WeekProjection week;
    week.zone = QTimeZone::utc();
    week.firstDay = QDate(2025, 1, 6);
    week.segments = {
        {0, QDate(2025, 1, 6), 540, 1050, 0, utc(6, 9), utc(6, 17, 30)},
        {0, QDate(2025, 1, 6), 1320, 1440, 1, utc(6, 22), utc(7, 0)},
        {1, QDate(2025, 1, 7), 0, 120, 1, utc(7, 0), utc(7, 2)},
    };
    week.minutesPerDay = {630, 120, 0, 0, 0, 0, 0};
    week.totalMinutes = 750;
    return week;
}

// The campaign those segments come from, kept in Asia/Kolkata (UTC+5:30, no DST).
static WeeklySchedule kolkataSchedule()
{
    WeeklySchedule schedule;
    schedule.present = true;
    schedule.frequency = QStringLiteral("WEEKLY");
    schedule.timeZoneId = QStringLiteral("Asia/Kolkata");
    schedule.timeZoneKnown = true;
    schedule.windows = {{Qt::Monday, 870, 510, 0}, {Qt::Tuesday, 210, 240, 1}};
    return schedule;
}

// A campaign in UTC: Monday 09:00-17:30 and Saturday 22:00 overnight to Sunday 02:00.
static WeeklySchedule utcSchedule()
{
    WeeklySchedule schedule;
    schedule.present = true;
    schedule.frequency = QStringLiteral("WEEKLY");
    schedule.timeZoneId = QStringLiteral("UTC");
    schedule.timeZoneKnown = true;
    schedule.windows = {{Qt::Monday, 540, 510, 0}, {Qt::Saturday, 1320, 240, 1}};
    schedule.findings = {{Severity::Info, QStringLiteral("Saturday's window runs overnight."), 1}};
    return schedule;
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Half a pixel per minute, no margins at all, bounds at the origin.
static GridGeometry halfPixelGeometry()
{
    return GridGeometry(QRectF(0, 0, 720, 70), GridGeometry::Margins());
}

class TstGridGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridRectLeavesRoomForLabels();
    void marginsWiderThanBoundsGiveEmptyGrid();
    void minuteToX_data();
    void minuteToX();
    void dayRect_data();
    void dayRect();
    void segmentRect_data();
    void segmentRect();
    void laneRect_data();
    void laneRect();
    void labelAndTotalRects();
    void hitTest_data();
    void hitTest();

    void gridShowsBarsWhereTheProjectionSays_data();
    void gridShowsBarsWhereTheProjectionSays();
    void gridTooltipShowsCampaignAndShownZone();
    void gridTooltipJoinsPiecesSplitAtMidnight();
    void gridTooltipNamesAnUnknownZoneAsTheCampaignsClock();
    void gridStacksOverlappingWindowsInLanes();
    void gridAccessibleDescriptionSummarisesTheWeek();
    void gridArrowKeysMoveTheFocusedCell();
    void gridPaintsFromThePalette_data();
    void gridPaintsFromThePalette();
    void gridSizeFollowsTheFont();
    void panelStartsTheWeekOnTheLocalesFirstDay_data();
    void panelStartsTheWeekOnTheLocalesFirstDay();
    void panelRecomputesOnZoneChange();
    void zonePickerAcceptsTypedText_data();
    void zonePickerAcceptsTypedText();
    void panelRecomputesOnWeekChange();
    void panelZoneHeader_data();
    void panelZoneHeader();
    void panelStatusLine_data();
    void panelStatusLine();
    void panelStatusFollowsTheClockWithoutReprojecting();
    void panelListsFindings();
    void panelUnknownZoneStaysOnTheCampaignsClock_data();
    void panelUnknownZoneStaysOnTheCampaignsClock();
    void panelListsTheShownWeeksFindings();
    void panelShowsLongFindingsInFull();
    void panelWithoutCampaignSaysSo();
    void csvExportWritesExpectedBytes();
    void csvExportFromTheButtonUsesTheChosenPath();
    void pngExportWritesAPicture();
    void failingExportsReportAndKeepFiles_data();
    void failingExportsReportAndKeepFiles();
    void copyAsTextPutsTheWeekOnTheClipboard();
    void exportsRefuseTargetsThatAreNotFiles_data();
    void exportsRefuseTargetsThatAreNotFiles();
    void exportsFollowLinks();
};

void TstGridGeometry::gridRectLeavesRoomForLabels()
{
    const GridGeometry geometry = minutePerPixelGeometry();
    QCOMPARE(geometry.gridRect(), QRectF(110, 25, 1440, 210));
    QCOMPARE(geometry.rowHeight(), 30.0);
}

void TstGridGeometry::marginsWiderThanBoundsGiveEmptyGrid()
{
    GridGeometry::Margins margins;
    margins.dayLabelWidth = 80;
    margins.totalWidth = 80;
    margins.hourLabelHeight = 50;
    const GridGeometry geometry(QRectF(0, 0, 100, 40), margins);
    QCOMPARE(geometry.gridRect().width(), 0.0);
    QCOMPARE(geometry.gridRect().height(), 0.0);
    QVERIFY(!geometry.hitTest(QPointF(80, 50)).has_value());
}

void TstGridGeometry::minuteToX_data()
{
    QTest::addColumn<bool>("halfPixel");
    QTest::addColumn<int>("minute");
    QTest::addColumn<qreal>("x");

    QTest::newRow("1px: midnight at the grid's left edge") << false << 0 << 110.0;
    QTest::newRow("1px: quarter past midnight") << false << 15 << 125.0;
    QTest::newRow("1px: 09:00") << false << 540 << 650.0;
    QTest::newRow("1px: noon") << false << 720 << 830.0;
    QTest::newRow("1px: end of day at the right edge") << false << 1440 << 1550.0;
    QTest::newRow("1px: before midnight clamps") << false << -30 << 110.0;
    QTest::newRow("1px: past end of day clamps") << false << 1500 << 1550.0;
    QTest::newRow("half px: midnight") << true << 0 << 0.0;
    QTest::newRow("half px: quarter past midnight") << true << 15 << 7.5;
    QTest::newRow("half px: noon") << true << 720 << 360.0;
    QTest::newRow("half px: end of day") << true << 1440 << 720.0;
}

void TstGridGeometry::minuteToX()
{
    QFETCH(bool, halfPixel);
    QFETCH(int, minute);
    QFETCH(qreal, x);

    const GridGeometry geometry = halfPixel ? halfPixelGeometry() : minutePerPixelGeometry();
    QCOMPARE(geometry.minuteToX(minute), x);
}

void TstGridGeometry::dayRect_data()
{
    QTest::addColumn<int>("dayIndex");
    QTest::addColumn<QRectF>("rect");

    QTest::newRow("first day under the hour labels") << 0 << QRectF(110, 25, 1440, 30);
    QTest::newRow("second day") << 1 << QRectF(110, 55, 1440, 30);
    QTest::newRow("fourth day") << 3 << QRectF(110, 115, 1440, 30);
    QTest::newRow("last day ends at the grid's bottom") << 6 << QRectF(110, 205, 1440, 30);
}

void TstGridGeometry::dayRect()
{
    QFETCH(int, dayIndex);
    QFETCH(QRectF, rect);

    QCOMPARE(minutePerPixelGeometry().dayRect(dayIndex), rect);
}

void TstGridGeometry::segmentRect_data()
{
    QTest::addColumn<int>("dayIndex");
    QTest::addColumn<int>("startMinute");
    QTest::addColumn<int>("endMinute");
    QTest::addColumn<QRectF>("rect");

    QTest::newRow("whole first day") << 0 << 0 << 1440 << QRectF(110, 25, 1440, 30);
    QTest::newRow("09:00-17:30 on day 2") << 2 << 540 << 1050 << QRectF(650, 85, 510, 30);
    QTest::newRow("one quarter hour at midnight") << 4 << 0 << 15 << QRectF(110, 145, 15, 30);
    QTest::newRow("last quarter hour of the week")
        << 6 << 1425 << 1440 << QRectF(1535, 205, 15, 30);
    QTest::newRow("45-minute offset start 05:45-06:00")
        << 1 << 345 << 360 << QRectF(455, 55, 15, 30);
}

void TstGridGeometry::segmentRect()
{
    QFETCH(int, dayIndex);
    QFETCH(int, startMinute);
    QFETCH(int, endMinute);
    QFETCH(QRectF, rect);

    QCOMPARE(minutePerPixelGeometry().segmentRect(dayIndex, startMinute, endMinute), rect);
}

void TstGridGeometry::laneRect_data()
{
    QTest::addColumn<int>("lane");
    QTest::addColumn<int>("laneCount");
    QTest::addColumn<QRectF>("rect");

    // Day 2 from 10:00 to 14:00: x 710..950, row 85..115.
    QTest::newRow("a single lane is the whole row") << 0 << 1 << QRectF(710, 85, 240, 30);
    QTest::newRow("top of two lanes") << 0 << 2 << QRectF(710, 85, 240, 15);
    QTest::newRow("bottom of two lanes") << 1 << 2 << QRectF(710, 100, 240, 15);
    QTest::newRow("middle of three lanes") << 1 << 3 << QRectF(710, 95, 240, 10);
}

void TstGridGeometry::laneRect()
{
    QFETCH(int, lane);
    QFETCH(int, laneCount);
    QFETCH(QRectF, rect);

    QCOMPARE(minutePerPixelGeometry().segmentRect(2, 600, 840, lane, laneCount), rect);
}

void TstGridGeometry::labelAndTotalRects()
{
    const GridGeometry geometry = minutePerPixelGeometry();
    QCOMPARE(geometry.dayLabelRect(1), QRectF(10, 55, 100, 30));
    QCOMPARE(geometry.dayTotalRect(1), QRectF(1550, 55, 60, 30));
    QCOMPARE(geometry.weekTotalRect(), QRectF(10, 235, 1600, 24));
}

void TstGridGeometry::hitTest_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<int>("dayIndex");
    QTest::addColumn<int>("minute");

    QTest::newRow("top-left corner is inside") << QPointF(110, 25) << true << 0 << 0;
    QTest::newRow("middle of day 3 at 12:30") << QPointF(860.5, 130) << true << 3 << 750;
    QTest::newRow("just above the row boundary") << QPointF(650, 54.9) << true << 0 << 540;
    QTest::newRow("row boundary belongs to the lower day") << QPointF(650, 55) << true << 1 << 540;
    QTest::newRow("last pixel of the week") << QPointF(1549.9, 234.9) << true << 6 << 1439;
    QTest::newRow("right edge is outside") << QPointF(1550, 100) << false << -1 << -1;
    QTest::newRow("bottom edge is outside") << QPointF(500, 235) << false << -1 << -1;
    QTest::newRow("day label area is outside") << QPointF(50, 100) << false << -1 << -1;
    QTest::newRow("hour label area is outside") << QPointF(500, 10) << false << -1 << -1;
    QTest::newRow("day total area is outside") << QPointF(1580, 100) << false << -1 << -1;
    QTest::newRow("left of the widget") << QPointF(-5, 100) << false << -1 << -1;
}

void TstGridGeometry::hitTest()
{
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    QFETCH(int, dayIndex);
    QFETCH(int, minute);

    const std::optional<GridGeometry::Cell> cell = minutePerPixelGeometry().hitTest(point);
    QCOMPARE(cell.has_value(), inside);
    if (inside) {
        QCOMPARE(cell->dayIndex, dayIndex);
        QCOMPARE(cell->minute, minute);
    }
}

void TstGridGeometry::gridShowsBarsWhereTheProjectionSays_data()
{
    QTest::addColumn<int>("dayIndex");
    QTest::addColumn<int>("minute");
    QTest::addColumn<int>("segmentIndex");

    QTest::newRow("Monday 09:00, first minute of the bar") << 0 << 540 << 0;
    QTest::newRow("Monday 08:59, just before the bar") << 0 << 539 << -1;
    QTest::newRow("Monday 17:29, last minute of the bar") << 0 << 1049 << 0;
    QTest::newRow("Monday 17:30, the end is not part of it") << 0 << 1050 << -1;
    QTest::newRow("Monday 23:59, overnight piece before midnight") << 0 << 1439 << 1;
    QTest::newRow("Tuesday 00:00, overnight piece after midnight") << 1 << 0 << 2;
    QTest::newRow("Tuesday 01:59, last minute of the overnight window") << 1 << 119 << 2;
    QTest::newRow("Tuesday 02:00, after the overnight window") << 1 << 120 << -1;
    QTest::newRow("Sunday noon, no calling") << 6 << 720 << -1;
}

void TstGridGeometry::gridShowsBarsWhereTheProjectionSays()
{
    QFETCH(int, dayIndex);
    QFETCH(int, minute);
    QFETCH(int, segmentIndex);

    CallingHoursGrid grid;
    grid.resize(1000, 400);
    grid.setProjection(handMadeProjection(), kolkataSchedule());
    QCOMPARE(grid.segmentIndexAt(dayIndex, minute), segmentIndex);

    // The same through the widget's own coordinates: the middle of that minute on screen.
    const GridGeometry geometry = grid.gridGeometry();
    const QPointF point = geometry.segmentRect(dayIndex, minute, minute + 1).center();
    QCOMPARE(grid.toolTipAt(point).isEmpty(), segmentIndex < 0);
}

void TstGridGeometry::gridTooltipShowsCampaignAndShownZone()
{
    CallingHoursGrid grid;
    grid.resize(1000, 400);
    grid.setProjection(handMadeProjection(), kolkataSchedule());
    const QPointF noonMonday = grid.gridGeometry().segmentRect(0, 720, 721).center();
    const QString tip = grid.toolTipAt(noonMonday);

    const QStringList lines = tip.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Calling window (8 h 30 min)"));
    QCOMPARE(lines.at(1),
             QStringLiteral("Mon 6 Jan 14:30 \u2013 Mon 6 Jan 23:00 in Asia/Kolkata, "
                            "the campaign's zone"));
    QCOMPARE(lines.at(2),
             QStringLiteral("Mon 6 Jan 09:00 \u2013 Mon 6 Jan 17:30 in UTC, "
                            "the zone shown"));
}

void TstGridGeometry::gridTooltipJoinsPiecesSplitAtMidnight()
{
    CallingHoursGrid grid;
    grid.resize(1000, 400);
    grid.setProjection(handMadeProjection(), kolkataSchedule());

    const QString expected = QStringLiteral(
        "Calling window (4 h)\n"
        "Tue 7 Jan 03:30 \u2013 Tue 7 Jan 07:30 in Asia/Kolkata, the campaign's zone\n"
        "Mon 6 Jan 22:00 \u2013 Tue 7 Jan 02:00 in UTC, the zone shown");
    const GridGeometry geometry = grid.gridGeometry();
    QCOMPARE(grid.toolTipAt(geometry.segmentRect(0, 1400, 1401).center()), expected);
    QCOMPARE(grid.toolTipAt(geometry.segmentRect(1, 60, 61).center()), expected);
}

void TstGridGeometry::gridTooltipNamesAnUnknownZoneAsTheCampaignsClock()
{
    WeeklySchedule schedule = kolkataSchedule();
    schedule.timeZoneId = QStringLiteral("Mars/Olympus");
    schedule.timeZoneKnown = false;
    WeekProjection week = handMadeProjection();
    week.campaignClockOnly = true;
    week.clockName = schedule.timeZoneId;
    CallingHoursGrid grid;
    grid.resize(1000, 400);
    grid.setProjection(week, schedule);

    // The UTC stand-in only carries the campaign's clock, so it is never named as a zone shown.
    const QPointF noonMonday = grid.gridGeometry().segmentRect(0, 720, 721).center();
    const QStringList lines = grid.toolTipAt(noonMonday).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.value(1),
             QStringLiteral("Mon 6 Jan 09:00 \u2013 Mon 6 Jan 17:30 in the campaign's own clock "
                            "(unknown zone 'Mars/Olympus')"));
}

void TstGridGeometry::gridStacksOverlappingWindowsInLanes()
{
    // Tuesday 07:00-11:00 and 10:00-14:00 overlap; Thursday's 09:00-10:00 stands alone.
    WeekProjection week = handMadeProjection();
    week.segments = {
        {1, QDate(2025, 1, 7), 420, 660, 0, utc(7, 7), utc(7, 11)},
        {1, QDate(2025, 1, 7), 600, 840, 1, utc(7, 10), utc(7, 14)},
        {3, QDate(2025, 1, 9), 540, 600, 2, utc(9, 9), utc(9, 10)},
    };
    CallingHoursGrid grid;
    grid.resize(1000, 400);
    grid.setProjection(week, kolkataSchedule());
    const GridGeometry geometry = grid.gridGeometry();

    const QPointF upperHalf = geometry.segmentRect(1, 630, 631, 0, 2).center();
    const QPointF lowerHalf = geometry.segmentRect(1, 630, 631, 1, 2).center();
    QVERIFY(grid.toolTipAt(upperHalf).contains(QStringLiteral("07:00 \u2013 Tue 7 Jan 11:00")));
    QVERIFY(grid.toolTipAt(lowerHalf).contains(QStringLiteral("10:00 \u2013 Tue 7 Jan 14:00")));
    // Before the overlap starts the first window still has only its own lane.
    QVERIFY(grid.toolTipAt(geometry.segmentRect(1, 480, 481, 1, 2).center()).isEmpty());
    // A window that overlaps nothing takes the whole row.
    QVERIFY(!grid.toolTipAt(geometry.segmentRect(3, 570, 571, 1, 2).center()).isEmpty());
    QVERIFY(!grid.toolTipAt(geometry.segmentRect(3, 570, 571, 0, 2).center()).isEmpty());
}

void TstGridGeometry::gridAccessibleDescriptionSummarisesTheWeek()
{
    CallingHoursGrid grid;
    QCOMPARE(grid.accessibleDescription(), QStringLiteral("No calling hours to show."));

    grid.setProjection(handMadeProjection(), kolkataSchedule());
    QCOMPARE(grid.accessibleName(), QStringLiteral("Calling hours grid"));
    QCOMPARE(grid.accessibleDescription(),
             QStringLiteral("Calling hours shown in UTC. "
                            "Mon 6 Jan: 9:00\u201317:30, 22:00\u201324:00 (10 h 30 min). "
                            "Tue 7 Jan: 0:00\u20132:00 (2 h). "
                            "Wed 8 Jan: no calling. Thu 9 Jan: no calling. "
                            "Fri 10 Jan: no calling. Sat 11 Jan: no calling. "
                            "Sun 12 Jan: no calling. Week total: 12 h 30 min."));
}

void TstGridGeometry::gridArrowKeysMoveTheFocusedCell()
{
    CallingHoursGrid grid;
    grid.setProjection(handMadeProjection(), kolkataSchedule());
    grid.setFocusedCell(0, 600);
    QSignalSpy moved(&grid, &CallingHoursGrid::focusedCellChanged);

    QTest::keyClick(&grid, Qt::Key_Left);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.last(), QVariantList({0, 540}));
    QCOMPARE(grid.accessibleName(),
             QStringLiteral("Calling hours grid, Mon 6 Jan, 9:00: calling window 9:00\u201317:30"));

    QTest::keyClick(&grid, Qt::Key_Down);
    QCOMPARE(moved.last(), QVariantList({1, 540}));
    QCOMPARE(grid.focusedCellText(), QStringLiteral("Tue 7 Jan, 9:00: no calling"));
    QTest::keyClick(&grid, Qt::Key_Up);
    QTest::keyClick(&grid, Qt::Key_Up);
    QCOMPARE(moved.size(), 3); // the second Up is at the top row already
    QTest::keyClick(&grid, Qt::Key_End);
    QCOMPARE(moved.last(), QVariantList({0, 1380}));
    QCOMPARE(grid.focusedCellText(),
             QStringLiteral("Mon 6 Jan, 23:00: calling window 22:00\u201324:00"));
    QTest::keyClick(&grid, Qt::Key_Home);
    QCOMPARE(moved.last(), QVariantList({0, 0}));
    QCOMPARE(moved.size(), 5);
}

void TstGridGeometry::gridPaintsFromThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("nowInWeek");
    QTest::addColumn<bool>("clockOnly");
    QTest::addColumn<bool>("lineExpected");

    QTest::newRow("light palette, now inside the week") << false << true << false << true;
    QTest::newRow("dark palette, now inside the week") << true << true << false << true;
    QTest::newRow("light palette, now in another week") << false << false << false << false;
    // "Now" has no place on the clock of a campaign whose zone is unknown.
    QTest::newRow("light palette, now inside the week, campaign's own clock")
        << false << true << true << false;
}

void TstGridGeometry::gridPaintsFromThePalette()
{
    QFETCH(bool, dark);
    QFETCH(bool, nowInWeek);
    QFETCH(bool, clockOnly);
    QFETCH(bool, lineExpected);

    QPalette palette;
    palette.setColor(QPalette::Base, dark ? QColor(20, 20, 20) : QColor(250, 250, 250));
    palette.setColor(QPalette::AlternateBase, dark ? QColor(35, 35, 35) : QColor(235, 235, 235));
    palette.setColor(QPalette::Highlight, dark ? QColor(40, 120, 200) : QColor(0, 90, 180));
    palette.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : QColor(10, 10, 10));
    CallingHoursGrid grid;
    grid.setPalette(palette);
    grid.resize(1000, 400);
    WeekProjection week = handMadeProjection();
    WeeklySchedule schedule = kolkataSchedule();
    if (clockOnly) {
        week.campaignClockOnly = true;
        week.clockName = QStringLiteral("Mars/Olympus");
        schedule.timeZoneId = week.clockName;
        schedule.timeZoneKnown = false;
    }
    grid.setProjection(week, schedule);
    grid.setNow(nowInWeek ? utc(8, 12) : utc(15, 12));
    const QImage image = grid.grab().toImage();
    const GridGeometry geometry = grid.gridGeometry();

    // Just inside Monday's bar (left of its text) and on empty Monday and Tuesday cells.
    const QRectF bar = geometry.segmentRect(0, 540, 1050);
    QCOMPARE(image.pixelColor(QPointF(bar.left() + 3, bar.center().y()).toPoint()),
             palette.color(QPalette::Highlight));
    const QRectF mondayEarly = geometry.segmentRect(0, 150, 165);
    QCOMPARE(image.pixelColor(mondayEarly.center().toPoint()), palette.color(QPalette::Base));
    const QRectF tuesdayEarly = geometry.segmentRect(1, 150, 165);
    QCOMPARE(image.pixelColor(tuesdayEarly.center().toPoint()),
             palette.color(QPalette::AlternateBase));

    // The now line on Wednesday at noon, drawn in the Text colour, two pixels wide.
    const QPoint noon(int(geometry.minuteToX(720)), int(geometry.dayRect(2).center().y()));
    const bool lineThere = image.pixelColor(noon) == palette.color(QPalette::Text)
        || image.pixelColor(noon - QPoint(1, 0)) == palette.color(QPalette::Text);
    QCOMPARE(lineThere, lineExpected);
}

void TstGridGeometry::gridSizeFollowsTheFont()
{
    CallingHoursGrid small;
    QFont font = small.font();
    font.setPixelSize(10);
    small.setFont(font);
    CallingHoursGrid large;
    font.setPixelSize(20);
    large.setFont(font);

    QVERIFY(large.sizeHint().width() > small.sizeHint().width());
    QVERIFY(large.sizeHint().height() > small.sizeHint().height());
    QVERIFY(large.minimumSizeHint().height() > small.minimumSizeHint().height());
    QVERIFY(small.minimumSizeHint().width() <= small.sizeHint().width());
}

void TstGridGeometry::panelStartsTheWeekOnTheLocalesFirstDay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("C locale starts on Monday") << QLocale::c() << QDate(2025, 1, 6);
    QTest::newRow("US English starts on Sunday")
        << QLocale(QLocale::English, QLocale::UnitedStates) << QDate(2025, 1, 5);
    QTest::newRow("Egyptian Arabic starts on Saturday")
        << QLocale(QLocale::Arabic, QLocale::Egypt) << QDate(2025, 1, 4);
}

void TstGridGeometry::panelStartsTheWeekOnTheLocalesFirstDay()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, firstDay);

    QLocale::setDefault(locale);
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    QLocale::setDefault(QLocale::c());

    QCOMPARE(panel.firstDayShown(), firstDay);
    QCOMPARE(panel.grid()->projection().firstDay, firstDay);
}

void TstGridGeometry::panelRecomputesOnZoneChange()
{
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    QCOMPARE(panel.shownZone(), QTimeZone::utc());
    QSignalSpy changed(&panel, &CallingHoursPanel::projectionChanged);

    panel.setShownZone(QTimeZone("Asia/Kathmandu"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel.projection().zone.id(), QByteArray("Asia/Kathmandu"));
    QCOMPARE(panel.grid()->projection().zone.id(), QByteArray("Asia/Kathmandu"));
    QCOMPARE(panel.projection().segments.value(0).startMinute, 14 * 60 + 45);

    panel.setShownZone(QTimeZone("Asia/Kathmandu"));
    QCOMPARE(changed.size(), 1); // the same zone again changes nothing

    QVERIFY(panel.zonePicker()->chooseZoneId(QStringLiteral("Europe/London")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(panel.shownZone().id(), QByteArray("Europe/London"));

    panel.zonePicker()->setCurrentIndex(0); // the "Campaign's zone" quick choice
    QCOMPARE(changed.size(), 3);
    QCOMPARE(panel.shownZone(), QTimeZone::utc());
    QVERIFY(!panel.zonePicker()->chooseZoneId(QStringLiteral("Mars/Olympus")));
    QCOMPARE(changed.size(), 3);
}

void TstGridGeometry::zonePickerAcceptsTypedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("chosen");

    QTest::newRow("exact id") << QStringLiteral("Asia/Kolkata") << QByteArray("Asia/Kolkata") << 1;
    QTest::newRow("id in lower case")
        << QStringLiteral("europe/london") << QByteArray("Europe/London") << 1;
    QTest::newRow("a part naming one zone")
        << QStringLiteral("kathm") << QByteArray("Asia/Kathmandu") << 1;
    QTest::newRow("a part naming many zones keeps the zone")
        << QStringLiteral("America/") << QByteArray("UTC") << 0;
    QTest::newRow("no such zone keeps the zone")
        << QStringLiteral("Mars/Olympus") << QByteArray("UTC") << 0;
}

void TstGridGeometry::zonePickerAcceptsTypedText()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, zone);
    QFETCH(int, chosen);

    ZonePicker picker;
    picker.setCampaignZone(QTimeZone::utc(), QStringLiteral("UTC"), true);
    picker.selectCampaignZone();
    QSignalSpy spy(&picker, &ZonePicker::zoneChosen);
    picker.lineEdit()->setText(typed);
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);

    QCOMPARE(spy.size(), chosen);
    QCOMPARE(picker.currentZone().id(), zone);
    QCOMPARE(picker.lineEdit()->text(), picker.itemText(picker.currentIndex()));
}

void TstGridGeometry::panelRecomputesOnWeekChange()
{
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    QCOMPARE(panel.firstDayShown(), QDate(2025, 1, 6));
    QSignalSpy changed(&panel, &CallingHoursPanel::projectionChanged);

    panel.showNextWeek();
    QCOMPARE(panel.firstDayShown(), QDate(2025, 1, 13));
    panel.setWeek(QDate(2025, 1, 15));
    QCOMPARE(changed.size(), 1); // a day of the week already shown changes nothing
    panel.showPreviousWeek();
    QCOMPARE(panel.firstDayShown(), QDate(2025, 1, 6));
    panel.setWeek(QDate(2025, 3, 1));
    QCOMPARE(panel.firstDayShown(), QDate(2025, 2, 24));
    panel.showThisWeek();
    QCOMPARE(panel.firstDayShown(), QDate(2025, 1, 6));
    QCOMPARE(changed.size(), 4);
}

void TstGridGeometry::panelZoneHeader_data()
{
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QByteArray>("shownZone");
    QTest::addColumn<int>("clockDay");
    QTest::addColumn<QString>("expected");

    const QString newYork = QStringLiteral("America/New_York");
    QTest::newRow("New York in winter") << newYork << true << QByteArray() << 8
                                        << QStringLiteral("Campaign zone: America/New_York "
                                                          "(EST, UTC-5)");
    QTest::newRow("New York, week with the spring change")
        << newYork << true << QByteArray() << 31 + 28 + 5
        << QStringLiteral("Campaign zone: America/New_York (EST, UTC-5; EDT, UTC-4 from "
                          "Sun 9 Mar 03:00)");
    QTest::newRow("Kolkata shown in Kathmandu")
        << QStringLiteral("Asia/Kolkata") << true << QByteArray("Asia/Kathmandu") << 8
        << QStringLiteral("Shown in Asia/Kathmandu (+0545, UTC+5:45); "
                          "campaign zone: Asia/Kolkata");
    QTest::newRow("unknown zone") << QStringLiteral("Mars/Olympus") << false << QByteArray() << 8
                                  << QStringLiteral("Unknown zone 'Mars/Olympus': times are shown "
                                                    "in the campaign's own clock and cannot be "
                                                    "converted to another zone.");
}

void TstGridGeometry::panelZoneHeader()
{
    QFETCH(QString, zoneId);
    QFETCH(bool, known);
    QFETCH(QByteArray, shownZone);
    QFETCH(int, clockDay);
    QFETCH(QString, expected);

    WeeklySchedule schedule = utcSchedule();
    schedule.timeZoneId = zoneId;
    schedule.timeZoneKnown = known;
    CallingHoursPanel panel;
    panel.setClock([clockDay] {
        return QDateTime(QDate(2025, 1, 1).addDays(clockDay - 1), QTime(12, 0), QTimeZone::utc());
    });
    panel.setSchedule(schedule);
    if (!shownZone.isEmpty())
        panel.setShownZone(QTimeZone(shownZone));
    QCOMPARE(panel.zoneText(), expected);
}

void TstGridGeometry::panelStatusLine_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    QTest::newRow("open, closing later today")
        << utc(6, 15, 20) << QStringLiteral("Calling is allowed now, until 17:30 (in 2 h 10 min)");
    QTest::newRow("open from the first minute")
        << utc(6, 9) << QStringLiteral("Calling is allowed now, until 17:30 (in 8 h 30 min)");
    QTest::newRow("closed before the first window")
        << utc(6, 8)
        << QStringLiteral("Calling is not allowed now; next window opens Mon 6 Jan 09:00");
    QTest::newRow("closed at the end minute")
        << utc(6, 17, 30)
        << QStringLiteral("Calling is not allowed now; next window opens Sat 11 Jan 22:00");
    QTest::newRow("open overnight, closing after midnight")
        << utc(11, 23)
        << QStringLiteral("Calling is allowed now, until Sun 12 Jan 02:00 (in 3 h)");
    QTest::newRow("closed on Sunday after the overnight window")
        << utc(12, 3)
        << QStringLiteral("Calling is not allowed now; next window opens Mon 13 Jan 09:00");
}

void TstGridGeometry::panelStatusLine()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    CallingHoursPanel panel;
    panel.setClock([now] { return now; });
    panel.setSchedule(utcSchedule());
    QCOMPARE(panel.statusText(), expected);
    QCOMPARE(panel.grid()->now(), now);
}

void TstGridGeometry::panelStatusFollowsTheClockWithoutReprojecting()
{
    QDateTime now = utc(6, 8);
    CallingHoursPanel panel;
    panel.setClock([&now] { return now; });
    panel.setSchedule(utcSchedule());
    QSignalSpy changed(&panel, &CallingHoursPanel::projectionChanged);
    QCOMPARE(panel.statusText(),
             QStringLiteral("Calling is not allowed now; next window opens Mon 6 Jan 09:00"));

    // What the minute timer does: read the clock again, move the line, keep the projection.
    now = utc(6, 9, 1);
    panel.refreshStatus();
    QCOMPARE(panel.statusText(),
             QStringLiteral("Calling is allowed now, until 17:30 (in 8 h 29 min)"));
    QCOMPARE(panel.grid()->now(), now);
    QCOMPARE(changed.size(), 0);
}

void TstGridGeometry::panelListsFindings()
{
    CallingHoursPanel panel;
    panel.setSchedule(utcSchedule());
    const QTreeWidget *list = panel.findingsList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Info"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Saturday's window runs overnight."));
    QCOMPARE(list->topLevelItem(0)->data(1, Qt::ToolTipRole).toString(),
             QStringLiteral("Saturday's window runs overnight.\n"
                            "About entry callingHours.days[1]"));

    WeeklySchedule clean = utcSchedule();
    clean.findings.clear();
    panel.setSchedule(clean);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1),
             QStringLiteral("No findings: the schedule looks sound."));

    panel.setSchedule(WeeklySchedule());
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(panel.zoneText(), QStringLiteral("This campaign has no calling hours."));
}

void TstGridGeometry::panelUnknownZoneStaysOnTheCampaignsClock_data()
{
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("status");

    QTest::newRow("zone the system does not know")
        << QStringLiteral("Mars/Olympus")
        << QStringLiteral("Unknown zone 'Mars/Olympus': times are shown in the campaign's own "
                          "clock and cannot be converted to another zone.")
        << QStringLiteral("Whether calling is allowed now cannot be told: the campaign's time "
                          "zone 'Mars/Olympus' is unknown.");
    QTest::newRow("no zone given")
        << QString()
        << QStringLiteral("No time zone given: times are shown in the campaign's own clock and "
                          "cannot be converted to another zone.")
        << QStringLiteral("Whether calling is allowed now cannot be told: the calling hours "
                          "name no time zone.");
}

void TstGridGeometry::panelUnknownZoneStaysOnTheCampaignsClock()
{
    QFETCH(QString, zoneId);
    QFETCH(QString, header);
    QFETCH(QString, status);

    WeeklySchedule schedule = utcSchedule();
    schedule.timeZoneId = zoneId;
    schedule.timeZoneKnown = false;
    CallingHoursPanel panel;
    panel.setClock([] { return utc(6, 12); });
    panel.setSchedule(schedule);
    QCOMPARE(panel.zoneText(), header);
    QCOMPARE(panel.statusText(), status);
    QVERIFY(!panel.zonePicker()->isEnabled());
    QVERIFY(panel.zonePicker()->toolTip().contains(QStringLiteral("cannot be shown in another")));
    // The long sentence wraps: it must not make the panel wider than half a 1280 px screen.
    QVERIFY2(panel.minimumSizeHint().width() <= 640,
             qPrintable(QString::number(panel.minimumSizeHint().width())));

    // Asking for another zone cannot convert: the header keeps saying whose clock it is.
    panel.setShownZone(QTimeZone("America/New_York"));
    QVERIFY(panel.projection().campaignClockOnly);
    QCOMPARE(panel.zoneText(), header);
    QCOMPARE(panel.statusText(), status);

    panel.setSchedule(utcSchedule());
    QVERIFY(panel.zonePicker()->isEnabled());
    QCOMPARE(panel.zoneText(), QStringLiteral("Campaign zone: UTC (UTC, UTC+0)"));
}

void TstGridGeometry::panelListsTheShownWeeksFindings()
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/sched-dst-gap.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WeeklySchedule schedule
        = CallingHoursParser::parseCampaign(QJsonDocument::fromJson(file.readAll()).object());
    CallingHoursPanel panel;
    panel.setClock([] {
        return QDateTime(QDate(2026, 3, 4), QTime(12, 0), QTimeZone("America/New_York"));
    });
    panel.setSchedule(schedule);
    QCOMPARE(panel.firstDayShown(), QDate(2026, 3, 2)); // the week that ends on the change

    const QString skipped = QStringLiteral(
        "In the week shown: days[1] does not call on SU 2026-03-08: its 02:15-02:45 does not "
        "exist in America/New_York that day, as the clocks jump forward.");
    const auto weekItems = [&panel] {
        QList<QTreeWidgetItem *> items;
        const QTreeWidget *list = panel.findingsList();
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(1).startsWith(QStringLiteral("In the week shown")))
                items.append(list->topLevelItem(row));
        }
        return items;
    };
    QCOMPARE(weekItems().size(), 1);
    QTreeWidgetItem *item = weekItems().first();
    QCOMPARE(item->text(0), QStringLiteral("Warning"));
    QCOMPARE(item->text(1), skipped);
    QVERIFY(item->toolTip(1).contains(QStringLiteral("week of 2026-03-02 only")));
    QCOMPARE(panel.findingsList()->topLevelItemCount(), schedule.findings.size() + 1);

    panel.showNextWeek();
    QCOMPARE(weekItems().size(), 0);
    panel.showPreviousWeek();
    QCOMPARE(weekItems().size(), 1);
}

void TstGridGeometry::panelShowsLongFindingsInFull()
{
    const QString sentence = QStringLiteral(
        "The window of days[3] from 06:00 to 07:30 starts before 08:00 in America/New_York, "
        "the earliest hour the calling bounds allow, so people may be rung before they are "
        "up; move its start to 08:00 or later, or change the bounds in the settings.");
    WeeklySchedule schedule = utcSchedule();
    schedule.findings = {{Severity::Warning, sentence, 3}};
    CallingHoursPanel panel;
    panel.resize(640, 700); // about the share of a 1280x800 window the panel gets
    panel.setSchedule(schedule);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const QTreeWidget *list = panel.findingsList();
    const QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(1), sentence);
    QVERIFY(item->toolTip(1).startsWith(sentence));
    QVERIFY(item->toolTip(1).contains(QStringLiteral("About entry callingHours.days[3]")));

    // Wrapped over several lines rather than cut off with an ellipsis.
    const int lineHeight = list->fontMetrics().height();
    QVERIFY2(list->visualItemRect(item).height() >= 3 * lineHeight,
             qPrintable(QString::number(list->visualItemRect(item).height())));
}

void TstGridGeometry::panelWithoutCampaignSaysSo()
{
    CallingHoursPanel panel;
    QCOMPARE(panel.zoneText(),
             QStringLiteral("No campaign is loaded. Open one with File \u203a Open Sample "
                            "Campaign or with Fetch."));
    QCOMPARE(panel.findingsList()->topLevelItemCount(), 0);
    QCOMPARE(panel.statusText(), QString());

    panel.setSchedule(utcSchedule());
    panel.clear();
    QVERIFY(panel.zoneText().startsWith(QStringLiteral("No campaign is loaded.")));
    QCOMPARE(panel.findingsList()->topLevelItemCount(), 0);
}

void TstGridGeometry::csvExportWritesExpectedBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    panel.setShownZone(QTimeZone("Asia/Kathmandu"));

    const QString path = dir.filePath(QStringLiteral("week.csv"));
    QCOMPARE(panel.exportCsv(path), QString());
    QCOMPARE(readAll(path),
             QByteArray("day,date,start,end,zone\n"
                        "MO,2025-01-06,14:45,23:15,Asia/Kathmandu\n"
                        "SU,2025-01-12,03:45,07:45,Asia/Kathmandu\n"));
}

void TstGridGeometry::csvExportFromTheButtonUsesTheChosenPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chosen.csv"));
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    QString offeredName;
    panel.setSavePathChooser([&](const QString &, const QString &name, const QString &) {
        offeredName = name;
        return path;
    });
    QSignalSpy finished(&panel, &CallingHoursPanel::exportFinished);

    QToolButton *button = nullptr;
    for (QToolButton *candidate : panel.findChildren<QToolButton *>()) {
        if (candidate->text() == QStringLiteral("Export CSV\u2026"))
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(offeredName, QStringLiteral("calling-hours-2025-01-06.csv"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first(), QVariantList({path, QString()}));
    QCOMPARE(readAll(path),
             QByteArray("day,date,start,end,zone\n"
                        "MO,2025-01-06,09:00,17:30,UTC\n"
                        "SA,2025-01-11,22:00,24:00,UTC\n"
                        "SU,2025-01-12,00:00,02:00,UTC\n"));
}

void TstGridGeometry::pngExportWritesAPicture()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("grid.png"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file that the export replaces");
    old.close();

    CallingHoursPanel panel;
    panel.setSchedule(utcSchedule());
    panel.resize(700, 450);
    QCOMPARE(panel.exportPng(path), QString());
    QVERIFY(readAll(path).startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image(path);
    QCOMPARE(image.size(), panel.grid()->size() * panel.grid()->devicePixelRatio());
}

void TstGridGeometry::failingExportsReportAndKeepFiles_data()
{
    QTest::addColumn<bool>("png");
    QTest::addColumn<bool>("targetIsDirectory");

    QTest::newRow("PNG into a path whose parent is a file") << true << false;
    QTest::newRow("PNG onto an existing directory") << true << true;
    QTest::newRow("CSV into a path whose parent is a file") << false << false;
    QTest::newRow("CSV onto an existing directory") << false << true;
}

void TstGridGeometry::failingExportsReportAndKeepFiles()
{
    QFETCH(bool, png);
    QFETCH(bool, targetIsDirectory);

    // Running as root makes read-only directories writable, so fail by the shape of the path.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(targetIsDirectory ? QStringLiteral("folder/kept.txt")
                                                            : QStringLiteral("kept.txt"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder")));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString target = targetIsDirectory ? dir.filePath(QStringLiteral("folder"))
                                             : existing + QStringLiteral("/week.out");

    CallingHoursPanel panel;
    panel.setSchedule(utcSchedule());
    const QString error = png ? panel.exportPng(target) : panel.exportCsv(target);
    const QString expectedStart
        = QStringLiteral("Could not write ") + QDir::toNativeSeparators(target);
    QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
    QCOMPARE(readAll(existing), QByteArray("keep me"));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("folder"))).entryList(QDir::Files),
             QStringList {QStringLiteral("kept.txt")}.mid(targetIsDirectory ? 0 : 1));
}

void TstGridGeometry::copyAsTextPutsTheWeekOnTheClipboard()
{
    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    const QString text = panel.plainText();
    QVERIFY(text.contains(QStringLiteral("2025-01-06")));
    QVERIFY(text.contains(QStringLiteral("Saturday's window runs overnight.")));

    panel.copyAsText();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TstGridGeometry::exportsRefuseTargetsThatAreNotFiles_data()
{
    QTest::addColumn<bool>("png");

    QTest::newRow("PNG onto a named pipe") << true;
    QTest::newRow("CSV onto a named pipe") << false;
}

void TstGridGeometry::exportsRefuseTargetsThatAreNotFiles()
{
    QFETCH(bool, png);

#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pipe = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);

    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    const QString error = png ? panel.exportPng(pipe) : panel.exportCsv(pipe);
    QCOMPARE(error,
             QStringLiteral("Could not write %1: it is not a regular file but a device, pipe or "
                            "socket, and is left as it is.")
                 .arg(QDir::toNativeSeparators(pipe)));
    const QFileInfo info(pipe);
    QVERIFY(info.exists());
    QVERIFY(!info.isFile());
#else
    QSKIP("needs named pipes (mkfifo)");
#endif
}

void TstGridGeometry::exportsFollowLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QFile old(real);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("older");
    old.close();
    QVERIFY(QFile::link(real, link));

    CallingHoursPanel panel;
    panel.setClock([] { return utc(8, 12); });
    panel.setSchedule(utcSchedule());
    QCOMPARE(panel.exportCsv(link), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(real),
             QByteArray("day,date,start,end,zone\n"
                        "MO,2025-01-06,09:00,17:30,UTC\n"
                        "SA,2025-01-11,22:00,24:00,UTC\n"
                        "SU,2025-01-12,00:00,02:00,UTC\n"));
}

QTEST_MAIN(TstGridGeometry)
#include "tst_gridgeometry.moc"
