// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "gridgeometry.h"

#include <QTest>

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
    void labelAndTotalRects();
    void hitTest_data();
    void hitTest();
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
    QTest::newRow("last quarter hour of the week") << 6 << 1425 << 1440
                                                    << QRectF(1535, 205, 15, 30);
    QTest::newRow("45-minute offset start 05:45-06:00") << 1 << 345 << 360
                                                         << QRectF(455, 55, 15, 30);
}

void TstGridGeometry::segmentRect()
{
    QFETCH(int, dayIndex);
    QFETCH(int, startMinute);
    QFETCH(int, endMinute);
    QFETCH(QRectF, rect);

    QCOMPARE(minutePerPixelGeometry().segmentRect(dayIndex, startMinute, endMinute), rect);
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

QTEST_GUILESS_MAIN(TstGridGeometry)
#include "tst_gridgeometry.moc"
