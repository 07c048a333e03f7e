// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghoursparser.h"
#include "scheduleformatter.h"
#include "scheduleprojection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <numeric>

// A schedule laid on concrete 2026 weeks: DST changes, odd offsets, midnight and week edges,
// and whether calling is allowed at a moment. Expected segments are worked out by hand from
// the tz rules, written as "DAY DATE HH:MM-HH:MM" in the shown zone.
class TestScheduleProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void segments_data();
    void segments();
    void weekStart_data();
    void weekStart();
    void nextWeekGetsSundaySpill();
    void unknownZoneDrawsInCampaignClock_data();
    void unknownZoneDrawsInCampaignClock();
    void skippedWindowIsAFinding_data();
    void skippedWindowIsAFinding();
    void statusUnknownInUnknownZone();
    void emptySchedule();
    void csv();
    void textTotal_data();
    void textTotal();
    void wallClockInstant_data();
    void wallClockInstant();
    void statusAt_data();
    void statusAt();
};

namespace {

WeeklySchedule scheduleFrom(const QByteArray &callingHours)
{
    const QJsonObject object = QJsonDocument::fromJson(callingHours).object();
    if (object.isEmpty())
        qFatal("test JSON does not parse: %s", callingHours.constData());
    return CallingHoursParser::parseCallingHours(object);
}

QByteArray daily(const char *zone, const char *start, const char *end)
{
    return QByteArrayLiteral(R"({"frequency":"DAILY","timezone":")") + zone
        + R"(","days":[{"start":")" + start + R"(","end":")" + end + R"("}]})";
}

QByteArray oneDay(const char *zone, const char *day, const char *start, const char *end)
{
    return QByteArrayLiteral(R"({"frequency":"WEEKLY","timezone":")") + zone
        + R"(","days":[{"day":")" + day + R"(","start":")" + start + R"(","end":")" + end
        + R"("}]})";
}

// Formatting of the test's own, independent of ScheduleFormatter and ClockTime.
QString hhmm(int minutes)
{
    return QString::asprintf("%02d:%02d", minutes / 60, minutes % 60);
}

QString describe(const ProjectedSegment &segment)
{
    static const char *const codes[] = {"", "MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::asprintf("%s %s %s-%s", codes[segment.date.dayOfWeek()],
                             qPrintable(segment.date.toString(Qt::ISODate)),
                             qPrintable(hhmm(segment.startMinute)),
                             qPrintable(hhmm(segment.endMinute)));
}

QStringList describe(const WeekProjection &week)
{
    QStringList lines;
    for (const ProjectedSegment &segment : week.segments)
        lines << describe(segment);
    return lines;
}

// What every segment must satisfy whatever the zones: it lies on its day, its instants match
// its wall-clock minutes, and its wall-clock length is its real length.
void verifyInvariants(const WeekProjection &week)
{
    QDateTime previous;
    for (const ProjectedSegment &segment : week.segments) {
        QCOMPARE(week.firstDay.daysTo(segment.date), qint64(segment.dayIndex));
        QVERIFY(segment.dayIndex >= 0 && segment.dayIndex < 7);
        QVERIFY(segment.startMinute >= 0 && segment.startMinute < segment.endMinute);
        QVERIFY(segment.endMinute <= 1440);
        const QDateTime local = segment.start.toTimeZone(week.zone);
        QCOMPARE(local.date(), segment.date);
        QCOMPARE(local.time().hour() * 60 + local.time().minute(), segment.startMinute);
        const qint64 wallSeconds = 60LL * (segment.endMinute - segment.startMinute);
        QCOMPARE(segment.start.secsTo(segment.end), wallSeconds);
        QVERIFY(!previous.isValid() || previous <= segment.start);
        previous = segment.start;
    }
}

} // namespace

void TestScheduleProjection::initTestCase()
{
    // The expected values assume the 2026 rules of these zones, as in Debian 12's tzdata.
    const QList<QByteArray> zones = {"America/New_York", "Europe/London", "Australia/Sydney",
                                     "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu",
                                     "America/Los_Angeles"};
    for (const QByteArray &id : zones)
        QVERIFY2(QTimeZone::isTimeZoneIdAvailable(id), id.constData());
    const QTimeZone newYork("America/New_York");
    const auto spring = newYork.nextTransition(QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC));
    if (spring.atUtc != QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC))
        QSKIP("needs tzdata with the 2026 US DST rules");
}

void TestScheduleProjection::segments_data()
{
    QTest::addColumn<QByteArray>("callingHours");
    QTest::addColumn<QByteArray>("shownZone");
    QTest::addColumn<QDate>("anyDay");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("minutesPerDay");

    // London goes from GMT to BST at 01:00 UTC on Sunday 29 March 2026.
    QTest::newRow("London spring week in UTC")
        << daily("Europe/London", "9:00 AM", "5:00 PM") << QByteArray("UTC") << QDate(2026, 3, 29)
        << QStringList{QStringLiteral("MO 2026-03-23 09:00-17:00"),
                       QStringLiteral("TU 2026-03-24 09:00-17:00"),
                       QStringLiteral("WE 2026-03-25 09:00-17:00"),
                       QStringLiteral("TH 2026-03-26 09:00-17:00"),
                       QStringLiteral("FR 2026-03-27 09:00-17:00"),
                       QStringLiteral("SA 2026-03-28 09:00-17:00"),
                       QStringLiteral("SU 2026-03-29 08:00-16:00")}
        << QList<int>{480, 480, 480, 480, 480, 480, 480};
    // ...and back to GMT at 01:00 UTC on Sunday 25 October 2026.
    QTest::newRow("London autumn week in UTC")
        << daily("Europe/London", "9:00 AM", "5:00 PM") << QByteArray("UTC") << QDate(2026, 10, 21)
        << QStringList{QStringLiteral("MO 2026-10-19 08:00-16:00"),
                       QStringLiteral("TU 2026-10-20 08:00-16:00"),
                       QStringLiteral("WE 2026-10-21 08:00-16:00"),
                       QStringLiteral("TH 2026-10-22 08:00-16:00"),
                       QStringLiteral("FR 2026-10-23 08:00-16:00"),
                       QStringLiteral("SA 2026-10-24 08:00-16:00"),
                       QStringLiteral("SU 2026-10-25 09:00-17:00")}
        << QList<int>{480, 480, 480, 480, 480, 480, 480};
    // New York springs forward at 2:00 EST (07:00 UTC) on Sunday 8 March 2026: 1-4 AM local
    // lasts two real hours, drawn around the hour that does not exist.
    QTest::newRow("New York spring day in its own zone")
        << oneDay("America/New_York", "SU", "1:00 AM", "4:00 AM")
        << QByteArray("America/New_York") << QDate(2026, 3, 8)
        << QStringList{QStringLiteral("SU 2026-03-08 01:00-02:00"),
                       QStringLiteral("SU 2026-03-08 03:00-04:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 120};
    QTest::newRow("New York spring day in UTC")
        << oneDay("America/New_York", "SU", "1:00 AM", "4:00 AM") << QByteArray("UTC")
        << QDate(2026, 3, 8) << QStringList{QStringLiteral("SU 2026-03-08 06:00-08:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 120};
    // 2:30 AM never happens that day: calling starts when the clocks jump to 3:00 EDT.
    QTest::newRow("New York start inside the gap")
        << oneDay("America/New_York", "SU", "2:30 AM", "5:00 AM")
        << QByteArray("America/New_York") << QDate(2026, 3, 8)
        << QStringList{QStringLiteral("SU 2026-03-08 03:00-05:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 120};
    QTest::newRow("New York start inside the gap in UTC")
        << oneDay("America/New_York", "SU", "2:30 AM", "5:00 AM") << QByteArray("UTC")
        << QDate(2026, 3, 8) << QStringList{QStringLiteral("SU 2026-03-08 07:00-09:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 120};
    QTest::newRow("New York end inside the gap")
        << oneDay("America/New_York", "SU", "12:30 AM", "2:30 AM")
        << QByteArray("America/New_York") << QDate(2026, 3, 8)
        << QStringList{QStringLiteral("SU 2026-03-08 00:30-02:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 90};
    // New York falls back at 2:00 EDT (06:00 UTC) on Sunday 1 November 2026; 1:00 AM happens
    // twice and the first one counts, so 1-4 AM lasts four real hours.
    QTest::newRow("New York autumn day in its own zone")
        << oneDay("America/New_York", "SU", "1:00 AM", "4:00 AM")
        << QByteArray("America/New_York") << QDate(2026, 11, 1)
        << QStringList{QStringLiteral("SU 2026-11-01 01:00-02:00"),
                       QStringLiteral("SU 2026-11-01 01:00-04:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 240};
    QTest::newRow("New York autumn day in UTC")
        << oneDay("America/New_York", "SU", "1:00 AM", "4:00 AM") << QByteArray("UTC")
        << QDate(2026, 11, 1) << QStringList{QStringLiteral("SU 2026-11-01 05:00-09:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 240};
    // Sydney leaves AEDT (+11) for AEST (+10) at 16:00 UTC on Saturday 4 April 2026.
    QTest::newRow("Sydney autumn week in UTC")
        << daily("Australia/Sydney", "9:00 AM", "5:00 PM") << QByteArray("UTC")
        << QDate(2026, 3, 30)
        << QStringList{QStringLiteral("MO 2026-03-30 00:00-06:00"),
                       QStringLiteral("MO 2026-03-30 22:00-24:00"),
                       QStringLiteral("TU 2026-03-31 00:00-06:00"),
                       QStringLiteral("TU 2026-03-31 22:00-24:00"),
                       QStringLiteral("WE 2026-04-01 00:00-06:00"),
                       QStringLiteral("WE 2026-04-01 22:00-24:00"),
                       QStringLiteral("TH 2026-04-02 00:00-06:00"),
                       QStringLiteral("TH 2026-04-02 22:00-24:00"),
                       QStringLiteral("FR 2026-04-03 00:00-06:00"),
                       QStringLiteral("FR 2026-04-03 22:00-24:00"),
                       QStringLiteral("SA 2026-04-04 00:00-06:00"),
                       QStringLiteral("SA 2026-04-04 23:00-24:00"),
                       QStringLiteral("SU 2026-04-05 00:00-07:00"),
                       QStringLiteral("SU 2026-04-05 23:00-24:00")}
        << QList<int>{480, 480, 480, 480, 480, 420, 480};
    // Sydney enters AEDT at 16:00 UTC on Saturday 3 October 2026: 2-3 AM does not exist.
    QTest::newRow("Sydney spring night in its own zone")
        << oneDay("Australia/Sydney", "SA", "11:00 PM", "4:00 AM")
        << QByteArray("Australia/Sydney") << QDate(2026, 10, 1)
        << QStringList{QStringLiteral("SA 2026-10-03 23:00-24:00"),
                       QStringLiteral("SU 2026-10-04 00:00-02:00"),
                       QStringLiteral("SU 2026-10-04 03:00-04:00")}
        << QList<int>{0, 0, 0, 0, 0, 60, 180};
    // Lord Howe moves by half an hour: +11 to +10:30 at 15:00 UTC on 4 April 2026.
    QTest::newRow("Lord Howe autumn week in UTC")
        << daily("Australia/Lord_Howe", "9:00 AM", "5:00 PM") << QByteArray("UTC")
        << QDate(2026, 4, 2)
        << QStringList{QStringLiteral("MO 2026-03-30 00:00-06:00"),
                       QStringLiteral("MO 2026-03-30 22:00-24:00"),
                       QStringLiteral("TU 2026-03-31 00:00-06:00"),
                       QStringLiteral("TU 2026-03-31 22:00-24:00"),
                       QStringLiteral("WE 2026-04-01 00:00-06:00"),
                       QStringLiteral("WE 2026-04-01 22:00-24:00"),
                       QStringLiteral("TH 2026-04-02 00:00-06:00"),
                       QStringLiteral("TH 2026-04-02 22:00-24:00"),
                       QStringLiteral("FR 2026-04-03 00:00-06:00"),
                       QStringLiteral("FR 2026-04-03 22:00-24:00"),
                       QStringLiteral("SA 2026-04-04 00:00-06:00"),
                       QStringLiteral("SA 2026-04-04 22:30-24:00"),
                       QStringLiteral("SU 2026-04-05 00:00-06:30"),
                       QStringLiteral("SU 2026-04-05 22:30-24:00")}
        << QList<int>{480, 480, 480, 480, 480, 450, 480};
    // ...and +10:30 to +11 at 15:30 UTC on 3 October 2026: 2:00-2:30 AM does not exist.
    QTest::newRow("Lord Howe spring night in its own zone")
        << oneDay("Australia/Lord_Howe", "SU", "1:00 AM", "3:00 AM")
        << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4)
        << QStringList{QStringLiteral("SU 2026-10-04 01:00-02:00"),
                       QStringLiteral("SU 2026-10-04 02:30-03:00")}
        << QList<int>{0, 0, 0, 0, 0, 0, 90};
    QTest::newRow("Kolkata in UTC")
        << oneDay("Asia/Kolkata", "MO", "9:00 AM", "5:00 PM") << QByteArray("UTC")
        << QDate(2026, 6, 17) << QStringList{QStringLiteral("MO 2026-06-15 03:30-11:30")}
        << QList<int>{480, 0, 0, 0, 0, 0, 0};
    // Next Monday's early window starts on this Sunday in UTC: nothing is lost at the edge.
    QTest::newRow("Kolkata early window in UTC crosses both week edges")
        << oneDay("Asia/Kolkata", "MO", "3:00 AM", "9:00 AM") << QByteArray("UTC")
        << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("MO 2026-06-15 00:00-03:30"),
                       QStringLiteral("SU 2026-06-21 21:30-24:00")}
        << QList<int>{210, 0, 0, 0, 0, 0, 150};
    QTest::newRow("Kolkata in Los Angeles")
        << oneDay("Asia/Kolkata", "MO", "9:00 AM", "5:00 PM") << QByteArray("America/Los_Angeles")
        << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("MO 2026-06-15 00:00-04:30"),
                       QStringLiteral("SU 2026-06-21 20:30-24:00")}
        << QList<int>{270, 0, 0, 0, 0, 0, 210};
    QTest::newRow("Kathmandu in UTC")
        << oneDay("Asia/Kathmandu", "TU", "9:00 AM", "5:00 PM") << QByteArray("UTC")
        << QDate(2026, 6, 17) << QStringList{QStringLiteral("TU 2026-06-16 03:15-11:15")}
        << QList<int>{0, 480, 0, 0, 0, 0, 0};
    QTest::newRow("Kathmandu in Los Angeles")
        << oneDay("Asia/Kathmandu", "TU", "9:00 AM", "5:00 PM")
        << QByteArray("America/Los_Angeles") << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("MO 2026-06-15 20:15-24:00"),
                       QStringLiteral("TU 2026-06-16 00:00-04:15")}
        << QList<int>{225, 255, 0, 0, 0, 0, 0};
    QTest::newRow("Kathmandu in Los Angeles in winter")
        << oneDay("Asia/Kathmandu", "TU", "9:00 AM", "5:00 PM")
        << QByteArray("America/Los_Angeles") << QDate(2026, 1, 14)
        << QStringList{QStringLiteral("MO 2026-01-12 19:15-24:00"),
                       QStringLiteral("TU 2026-01-13 00:00-03:15")}
        << QList<int>{285, 195, 0, 0, 0, 0, 0};
    // Last week's Sunday spills into this Monday; this Sunday's spill belongs to next week.
    QTest::newRow("Sunday overnight window at both edges")
        << oneDay("UTC", "SU", "10:00 PM", "2:00 AM") << QByteArray("UTC") << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("MO 2026-06-15 00:00-02:00"),
                       QStringLiteral("SU 2026-06-21 22:00-24:00")}
        << QList<int>{120, 0, 0, 0, 0, 0, 120};
    QTest::newRow("evening window split by conversion")
        << oneDay("America/New_York", "WE", "6:00 PM", "11:00 PM") << QByteArray("UTC")
        << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("WE 2026-06-17 22:00-24:00"),
                       QStringLiteral("TH 2026-06-18 00:00-03:00")}
        << QList<int>{0, 0, 120, 180, 0, 0, 0};
    QTest::newRow("window to the end of the day")
        << oneDay("UTC", "FR", "9:00 PM", "12:00 AM") << QByteArray("UTC") << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("FR 2026-06-19 21:00-24:00")}
        << QList<int>{0, 0, 0, 0, 180, 0, 0};
    QTest::newRow("midnight to midnight is the whole day")
        << oneDay("UTC", "FR", "12:00 AM", "12:00 AM") << QByteArray("UTC") << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("FR 2026-06-19 00:00-24:00")}
        << QList<int>{0, 0, 0, 0, 1440, 0, 0};
    QTest::newRow("whole day in Berlin shown in UTC")
        << oneDay("Europe/Berlin", "FR", "12:00 AM", "12:00 AM") << QByteArray("UTC")
        << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("TH 2026-06-18 22:00-24:00"),
                       QStringLiteral("FR 2026-06-19 00:00-22:00")}
        << QList<int>{0, 0, 0, 120, 1320, 0, 0};
    QTest::newRow("overnight window split at midnight")
        << oneDay("Europe/London", "TU", "8:00 PM", "6:00 AM") << QByteArray("Europe/London")
        << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("TU 2026-06-16 20:00-24:00"),
                       QStringLiteral("WE 2026-06-17 00:00-06:00")}
        << QList<int>{0, 240, 360, 0, 0, 0, 0};
    // Totals are the time covered, so windows on top of each other count once.
    QStringList threeEachDay;
    for (int day = 15; day <= 21; ++day) {
        static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        const QString line = QString::asprintf("%s 2026-06-%d 09:00-17:00", codes[day - 15], day);
        threeEachDay << line << line << line;
    }
    QTest::newRow("three identical daily windows count once")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC","days":[
            {"start":"9:00 AM","end":"5:00 PM"},{"start":"9:00 AM","end":"5:00 PM"},
            {"start":"9:00 AM","end":"5:00 PM"}]})")
        << QByteArray("UTC") << QDate(2026, 6, 17) << threeEachDay
        << QList<int>{480, 480, 480, 480, 480, 480, 480};
    // Monday: 00:00-02:00 from Sunday, then 09:00-19:00 covered by two windows: 12 hours.
    QTest::newRow("overlapping windows and a Sunday spill count once")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"America/New_York","days":[
            {"day":"SU","start":"8:00 PM","end":"2:00 AM"},
            {"day":"MO","start":"9:00 AM","end":"5:00 PM"},
            {"day":"MO","start":"4:00 PM","end":"7:00 PM"}]})")
        << QByteArray("America/New_York") << QDate(2026, 6, 17)
        << QStringList{QStringLiteral("MO 2026-06-15 00:00-02:00"),
                       QStringLiteral("MO 2026-06-15 09:00-17:00"),
                       QStringLiteral("MO 2026-06-15 16:00-19:00"),
                       QStringLiteral("SU 2026-06-21 20:00-24:00")}
        << QList<int>{720, 0, 0, 0, 0, 0, 240};
}

void TestScheduleProjection::segments()
{
    QFETCH(QByteArray, callingHours);
    QFETCH(QByteArray, shownZone);
    QFETCH(QDate, anyDay);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, minutesPerDay);

    const WeeklySchedule schedule = scheduleFrom(callingHours);
    QVERIFY(schedule.timeZoneKnown);
    const WeekProjection week =
        ScheduleProjection::project(schedule, QTimeZone(shownZone), anyDay);

    QCOMPARE(describe(week), expected);
    QCOMPARE(week.minutesPerDay, minutesPerDay);
    QCOMPARE(week.totalMinutes, std::accumulate(minutesPerDay.cbegin(), minutesPerDay.cend(), 0));
    verifyInvariants(week);
}

void TestScheduleProjection::weekStart_data()
{
    QTest::addColumn<QDate>("anyDay");
    QTest::addColumn<int>("firstDayOfWeek");
    QTest::addColumn<QDate>("firstDay");
    QTest::newRow("monday itself") << QDate(2026, 6, 15) << int(Qt::Monday) << QDate(2026, 6, 15);
    QTest::newRow("sunday to monday") << QDate(2026, 6, 21) << int(Qt::Monday)
                                      << QDate(2026, 6, 15);
    QTest::newRow("wednesday to sunday") << QDate(2026, 6, 17) << int(Qt::Sunday)
                                         << QDate(2026, 6, 14);
    QTest::newRow("saturday start") << QDate(2026, 6, 19) << int(Qt::Saturday)
                                    << QDate(2026, 6, 13);
    QTest::newRow("across the year") << QDate(2026, 1, 1) << int(Qt::Monday)
                                     << QDate(2025, 12, 29);
}

void TestScheduleProjection::weekStart()
{
    QFETCH(QDate, anyDay);
    QFETCH(int, firstDayOfWeek);
    QFETCH(QDate, firstDay);
    const WeeklySchedule schedule = scheduleFrom(daily("UTC", "9:00 AM", "10:00 AM"));
    const WeekProjection week = ScheduleProjection::project(
        schedule, QTimeZone::utc(), anyDay, static_cast<Qt::DayOfWeek>(firstDayOfWeek));
    QCOMPARE(week.firstDay, firstDay);
    QCOMPARE(week.segments.size(), 7);
    QCOMPARE(week.segments.constFirst().date, firstDay);
    QCOMPARE(week.segments.constLast().date, firstDay.addDays(6));
    QCOMPARE(week.totalMinutes, 7 * 60);
    verifyInvariants(week);
}

void TestScheduleProjection::nextWeekGetsSundaySpill()
{
    const WeeklySchedule schedule = scheduleFrom(oneDay("UTC", "SU", "10:00 PM", "2:00 AM"));
    const WeekProjection next =
        ScheduleProjection::project(schedule, QTimeZone::utc(), QDate(2026, 6, 22));
    QCOMPARE(describe(next), QStringList({QStringLiteral("MO 2026-06-22 00:00-02:00"),
                                          QStringLiteral("SU 2026-06-28 22:00-24:00")}));
    QCOMPARE(next.segments.constFirst().start,
             QDateTime(QDate(2026, 6, 22), QTime(0, 0), Qt::UTC));
    QCOMPARE(next.segments.constFirst().windowIndex, 0);
}

void TestScheduleProjection::unknownZoneDrawsInCampaignClock_data()
{
    QTest::addColumn<QByteArray>("campaignZone");
    QTest::addColumn<QByteArray>("requestedZone");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("campaignClockOnly");
    QTest::addColumn<QString>("clockName");

    const QStringList nineToFive{QStringLiteral("MO 2026-06-15 09:00-17:00")};
    QTest::newRow("unknown zone asked in UTC") << QByteArray("Mars/Olympus_Mons")
                                               << QByteArray("UTC") << nineToFive << true
                                               << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("unknown zone asked in Tokyo is not converted")
        << QByteArray("Mars/Olympus_Mons") << QByteArray("Asia/Tokyo") << nineToFive << true
        << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("known zone asked in Tokyo is converted")
        << QByteArray("UTC") << QByteArray("Asia/Tokyo")
        << QStringList{QStringLiteral("MO 2026-06-15 18:00-24:00"),
                       QStringLiteral("TU 2026-06-16 00:00-02:00")}
        << false << QString();
}

void TestScheduleProjection::unknownZoneDrawsInCampaignClock()
{
    QFETCH(QByteArray, campaignZone);
    QFETCH(QByteArray, requestedZone);
    QFETCH(QStringList, expected);
    QFETCH(bool, campaignClockOnly);
    QFETCH(QString, clockName);
    const WeeklySchedule schedule =
        scheduleFrom(oneDay(campaignZone.constData(), "MO", "9:00 AM", "5:00 PM"));
    const WeekProjection week =
        ScheduleProjection::project(schedule, QTimeZone(requestedZone), QDate(2026, 6, 17));
    QCOMPARE(describe(week), expected);
    QCOMPARE(week.campaignClockOnly, campaignClockOnly);
    QCOMPARE(week.clockName, clockName);
    QCOMPARE(week.totalMinutes, 480);
}

void TestScheduleProjection::skippedWindowIsAFinding_data()
{
    QTest::addColumn<QDate>("anyDay");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("findings");
    // New York springs forward from 2:00 to 3:00 on Sunday 8 March 2026.
    QTest::newRow("spring-forward week") << QDate(2026, 3, 4)
                                         << QStringList{QStringLiteral("SU 2026-03-08 09:00-17:00")}
                                         << 1;
    QTest::newRow("the week after") << QDate(2026, 3, 11)
                                    << QStringList{QStringLiteral("SU 2026-03-15 02:15-02:45"),
                                                   QStringLiteral("SU 2026-03-15 09:00-17:00")}
                                    << 0;
}

void TestScheduleProjection::skippedWindowIsAFinding()
{
    QFETCH(QDate, anyDay);
    QFETCH(QStringList, expected);
    QFETCH(int, findings);
    const WeeklySchedule schedule = scheduleFrom(R"({"frequency":"WEEKLY",
        "timezone":"America/New_York","days":[
        {"day":"SU","start":"9:00 AM","end":"5:00 PM"},
        {"day":"SU","start":"2:15 AM","end":"2:45 AM"}]})");
    const WeekProjection week =
        ScheduleProjection::project(schedule, QTimeZone("America/New_York"), anyDay);
    QCOMPARE(describe(week), expected);
    QCOMPARE(week.findings.size(), findings);
    if (findings == 0)
        return;
    const Finding skipped = week.findings.constFirst();
    QCOMPARE(skipped.severity, Severity::Warning);
    QCOMPARE(skipped.entryIndex, 1);
    QVERIFY2(skipped.message.contains(QLatin1String("2026-03-08")), qPrintable(skipped.message));
    QVERIFY2(skipped.message.contains(QLatin1String("02:15-02:45")), qPrintable(skipped.message));
}

void TestScheduleProjection::statusUnknownInUnknownZone()
{
    const WeeklySchedule schedule =
        scheduleFrom(oneDay("Mars/Olympus_Mons", "MO", "9:00 AM", "5:00 PM"));
    const QDateTime mondayNoonUtc(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    const CallingStatus status = ScheduleProjection::statusAt(schedule, mondayNoonUtc);
    QVERIFY(!status.known);
    QVERIFY(!status.open);
    QVERIFY(!status.changesAt.isValid());

    const CallingStatus utc = ScheduleProjection::statusAt(
        scheduleFrom(oneDay("UTC", "MO", "9:00 AM", "5:00 PM")), mondayNoonUtc);
    QVERIFY(utc.known);
    QVERIFY(utc.open);
}

void TestScheduleProjection::emptySchedule()
{
    const WeekProjection week =
        ScheduleProjection::project(WeeklySchedule(), QTimeZone::utc(), QDate(2026, 6, 17));
    QCOMPARE(week.firstDay, QDate(2026, 6, 15));
    QVERIFY(week.segments.isEmpty());
    QCOMPARE(week.minutesPerDay, QList<int>(7, 0));
    QCOMPARE(week.totalMinutes, 0);
}

void TestScheduleProjection::csv()
{
    const WeeklySchedule schedule =
        scheduleFrom(oneDay("America/New_York", "WE", "6:00 PM", "11:00 PM"));
    const WeekProjection week =
        ScheduleProjection::project(schedule, QTimeZone("Europe/London"), QDate(2026, 6, 17));
    const QString rows = QStringLiteral("WE,2026-06-17,23:00,24:00,Europe/London\n"
                                        "TH,2026-06-18,00:00,04:00,Europe/London\n");
    QCOMPARE(ScheduleFormatter::toCsv(week, ScheduleFormatter::CsvHeader::Omit), rows);
    QCOMPARE(ScheduleFormatter::toCsv(week, ScheduleFormatter::CsvHeader::Include),
             QStringLiteral("day,date,start,end,zone\n") + rows);
}

void TestScheduleProjection::textTotal_data()
{
    QTest::addColumn<QByteArray>("callingHours");
    QTest::addColumn<QString>("totalLine");
    QTest::newRow("whole hours over a day")
        << daily("UTC", "9:00 AM", "1:00 PM") << QStringLiteral("Total: 28 h");
    QTest::newRow("hours and minutes")
        << oneDay("UTC", "MO", "9:00 AM", "5:30 PM") << QStringLiteral("Total: 8 h 30 min");
    QTest::newRow("minutes only")
        << oneDay("UTC", "MO", "9:00 AM", "9:45 AM") << QStringLiteral("Total: 45 min");
    QTest::newRow("no calling at all")
        << oneDay("UTC", "MO", "9:00 AM", "9:00 AM") << QStringLiteral("Total: 0 h");
}

// The text output (and the grid's "copy as text") writes durations as the grid does, never
// as a clock time such as "08:30 hours".
void TestScheduleProjection::textTotal()
{
    QFETCH(QByteArray, callingHours);
    QFETCH(QString, totalLine);
    const WeeklySchedule schedule = scheduleFrom(callingHours);
    const WeekProjection week =
        ScheduleProjection::project(schedule, QTimeZone("UTC"), QDate(2026, 6, 17), Qt::Monday);
    const QStringList lines = ScheduleFormatter::toText(schedule, week).split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(totalLine), qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestScheduleProjection::wallClockInstant_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::newRow("ordinary") << QByteArray("America/New_York") << QDate(2026, 6, 17) << 540
                              << QDateTime(QDate(2026, 6, 17), QTime(13, 0), Qt::UTC);
    QTest::newRow("in the spring gap") << QByteArray("America/New_York") << QDate(2026, 3, 8)
                                       << 150
                                       << QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC);
    QTest::newRow("first of the repeated hour")
        << QByteArray("America/New_York") << QDate(2026, 11, 1) << 90
        << QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC);
    QTest::newRow("end of day is next midnight")
        << QByteArray("Asia/Kathmandu") << QDate(2026, 6, 17) << 1440
        << QDateTime(QDate(2026, 6, 17), QTime(18, 15), Qt::UTC);
    QTest::newRow("overnight end") << QByteArray("Asia/Kolkata") << QDate(2026, 6, 21)
                                   << 1440 + 120
                                   << QDateTime(QDate(2026, 6, 21), QTime(20, 30), Qt::UTC);
    QTest::newRow("half-hour gap") << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4)
                                   << 135
                                   << QDateTime(QDate(2026, 10, 3), QTime(15, 30), Qt::UTC);
}

void TestScheduleProjection::wallClockInstant()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, minute);
    QFETCH(QDateTime, expectedUtc);
    const QDateTime instant = ScheduleProjection::wallClockInstant(date, minute, QTimeZone(zone));
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toUTC(), expectedUtc);
}

void TestScheduleProjection::statusAt_data()
{
    QTest::addColumn<QByteArray>("callingHours");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("changesAt");

    const QByteArray weekdays = R"({"frequency":"WEEKLY","timezone":"America/New_York","days":[
        {"day":"MO","start":"9:00 AM","end":"5:00 PM"},
        {"day":"TU","start":"9:00 AM","end":"5:00 PM"},
        {"day":"WE","start":"9:00 AM","end":"5:00 PM"},
        {"day":"TH","start":"9:00 AM","end":"5:00 PM"},
        {"day":"FR","start":"9:00 AM","end":"5:00 PM"}]})";
    auto utc = [](int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    };

    QTest::newRow("open on a weekday") << weekdays << utc(6, 17, 14) << true << utc(6, 17, 21);
    QTest::newRow("open from the first minute")
        << weekdays << utc(6, 17, 13) << true << utc(6, 17, 21);
    QTest::newRow("closed at the end minute")
        << weekdays << utc(6, 17, 21) << false << utc(6, 18, 13);
    QTest::newRow("closed in the evening")
        << weekdays << utc(6, 17, 22) << false << utc(6, 18, 13);
    QTest::newRow("closed at the weekend")
        << weekdays << utc(6, 20, 12) << false << utc(6, 22, 13);
    QTest::newRow("moment in another zone")
        << weekdays << QDateTime(QDate(2026, 6, 18), QTime(0, 0), QTimeZone("Asia/Tokyo"))
        << true << utc(6, 17, 21);
    QTest::newRow("next opening across a DST change")
        << weekdays << utc(3, 7, 12) << false << utc(3, 9, 13);
    QTest::newRow("back-to-back windows close once")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"9:00 AM","end":"12:00 PM"},
            {"day":"MO","start":"12:00 PM","end":"5:00 PM"}]})")
        << utc(6, 15, 10) << true << utc(6, 15, 17);
    QTest::newRow("a week ahead is found")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"9:00 AM","end":"10:00 AM"}]})")
        << utc(6, 15, 11) << false << utc(6, 22, 9);
    QTest::newRow("never opens") << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
        "days":[]})") << utc(6, 15, 11) << false << QDateTime();
    QTest::newRow("never closes")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC","days":[
            {"start":"12:00 AM","end":"12:00 PM"},{"start":"12:00 PM","end":"12:00 AM"}]})")
        << utc(6, 15, 11) << true << QDateTime();
}

void TestScheduleProjection::statusAt()
{
    QFETCH(QByteArray, callingHours);
    QFETCH(QDateTime, moment);
    QFETCH(bool, open);
    QFETCH(QDateTime, changesAt);
    const CallingStatus status = ScheduleProjection::statusAt(scheduleFrom(callingHours), moment);
    QCOMPARE(status.open, open);
    QCOMPARE(status.changesAt.isValid(), changesAt.isValid());
    if (changesAt.isValid())
        QCOMPARE(status.changesAt.toUTC(), changesAt);
}

QTEST_GUILESS_MAIN(TestScheduleProjection)
#include "tst_scheduleprojection.moc"
