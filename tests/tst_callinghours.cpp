// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghoursparser.h"
#include "clocktime.h"
#include "schedulechecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

// Parsing of calling-hours times and entries, and every finding the parser and checker report.
class TestCallingHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void otherBoundsRecheckButKeepParserFindings();
    void everyMinuteRoundTrips_data();
    void everyMinuteRoundTrips();
    void acceptedForms_data();
    void acceptedForms();
    void rejectedForms_data();
    void rejectedForms();
    void format24_data();
    void format24();
    void localeDoesNotMatter_data();
    void localeDoesNotMatter();
    void windows_data();
    void windows();
    void parserFindings_data();
    void parserFindings();
    void checkerFindings_data();
    void checkerFindings();
    void customBounds();
    void timeZone_data();
    void timeZone();
    void campaignWithoutCallingHours_data();
    void campaignWithoutCallingHours();
    void campaignMergesFindingsOnce();
    void bundledSampleIsClean();
    void manyWindowsFinishWithACappedList_data();
    void manyWindowsFinishWithACappedList();
};

namespace {

using Windows = QList<CallingWindow>;

QJsonObject objectFrom(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", json);
    return document.object();
}

// Written independently of ClockTime: the canonical API form, "h:mm AM".
QString twelveHourText(int minute)
{
    const int hour24 = minute / 60;
    const int hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
    return QString::asprintf("%d:%02d %s", hour12, minute % 60, hour24 < 12 ? "AM" : "PM");
}

// Findings are written as "E0 fragment": severity letter, entry index (or '-'), and a fragment
// of the message, so each row states exactly what it expects.
QString describe(const Finding &finding)
{
    const char letter = finding.severity == Severity::Info      ? 'I'
                        : finding.severity == Severity::Warning ? 'W'
                                                                : 'E';
    const QString entry =
        finding.entryIndex < 0 ? QStringLiteral("-") : QString::number(finding.entryIndex);
    return QLatin1Char(letter) % entry;
}

void compareFindings(const QList<Finding> &actual, const QStringList &expected)
{
    QStringList actualText;
    for (const Finding &finding : actual)
        actualText << describe(finding) % QLatin1Char(' ') % finding.message;
    const QString all = actualText.join(QLatin1String(" | "));
    QVERIFY2(actual.size() == expected.size(), qPrintable(QLatin1String("actual: ") % all));

    for (int i = 0; i < expected.size(); ++i) {
        const QString head = expected.at(i).section(QLatin1Char(' '), 0, 0);
        const QString fragment = expected.at(i).section(QLatin1Char(' '), 1);
        QCOMPARE(describe(actual.at(i)), head);
        QVERIFY2(actual.at(i).message.contains(fragment), qPrintable(actualText.at(i)));
    }
}

} // namespace

void TestCallingHours::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestCallingHours::everyMinuteRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minute");
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const QByteArray name = QString::asprintf("minute %04d", minute).toLatin1();
        QTest::newRow(name.constData()) << twelveHourText(minute) << minute;
    }
}

void TestCallingHours::everyMinuteRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(int, minute);
    QCOMPARE(ClockTime::parseMinutes(text), std::optional<int>(minute));
    QCOMPARE(ClockTime::parseMinutes(text.toLower()), std::optional<int>(minute));
}

void TestCallingHours::acceptedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minute");
    QTest::newRow("documented morning") << QStringLiteral("9:00 AM") << 540;
    QTest::newRow("documented evening") << QStringLiteral("6:00 PM") << 1080;
    QTest::newRow("midnight") << QStringLiteral("12:00 AM") << 0;
    QTest::newRow("noon") << QStringLiteral("12:00 PM") << 720;
    QTest::newRow("last minute after midnight hour") << QStringLiteral("12:59 AM") << 59;
    QTest::newRow("last minute of the day") << QStringLiteral("11:59 PM") << 1439;
    QTest::newRow("lowercase am") << QStringLiteral("9:00 am") << 540;
    QTest::newRow("mixed case pm") << QStringLiteral("9:00 pM") << 1260;
    QTest::newRow("missing space") << QStringLiteral("9:00AM") << 540;
    QTest::newRow("missing space pm") << QStringLiteral("5:30PM") << 1050;
    QTest::newRow("leading zero") << QStringLiteral("09:00 AM") << 540;
    QTest::newRow("leading zero pm") << QStringLiteral("01:05 PM") << 785;
    QTest::newRow("stray spaces") << QStringLiteral("  9:00   AM  ") << 540;
    QTest::newRow("tab and newline") << QStringLiteral("\t9:00 AM\n") << 540;
    QTest::newRow("dotted lowercase") << QStringLiteral("9:00 a.m.") << 540;
    QTest::newRow("dotted uppercase") << QStringLiteral("5:30 P.M.") << 1050;
    QTest::newRow("narrow no-break space") << QStringLiteral("9:00\u202FAM") << 540;
    QTest::newRow("no-break space") << QStringLiteral("7:15\u00A0PM") << 1155;
}

void TestCallingHours::acceptedForms()
{
    QFETCH(QString, text);
    QFETCH(int, minute);
    QCOMPARE(ClockTime::parseMinutes(text), std::optional<int>(minute));
}

void TestCallingHours::rejectedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hour 13 with pm") << QStringLiteral("13:00 PM");
    QTest::newRow("hour 0") << QStringLiteral("0:00 AM");
    QTest::newRow("hour 0 half past") << QStringLiteral("0:30 AM");
    QTest::newRow("25 hours") << QStringLiteral("25:00");
    QTest::newRow("24-hour time") << QStringLiteral("17:00");
    QTest::newRow("24-hour morning") << QStringLiteral("09:00");
    QTest::newRow("word noon") << QStringLiteral("noon");
    QTest::newRow("word midnight") << QStringLiteral("midnight");
    QTest::newRow("no minutes") << QStringLiteral("9 AM");
    QTest::newRow("one-digit minutes") << QStringLiteral("9:5 AM");
    QTest::newRow("minute 60") << QStringLiteral("9:60 AM");
    QTest::newRow("dot separator") << QStringLiteral("9.00 AM");
    QTest::newRow("seconds") << QStringLiteral("9:00:00 AM");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("only marker") << QStringLiteral("AM");
    QTest::newRow("no hour") << QStringLiteral(":00 AM");
    QTest::newRow("unknown marker") << QStringLiteral("9:00 XM");
    QTest::newRow("marker split by space") << QStringLiteral("9:00 A M");
    QTest::newRow("half-dotted marker") << QStringLiteral("9:00 a.m");
    QTest::newRow("space inside digits") << QStringLiteral("9 :00 AM");
    QTest::newRow("three-digit hour") << QStringLiteral("009:00 AM");
    QTest::newRow("signed hour") << QStringLiteral("+9:00 AM");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0669:\u0660\u0660 AM");
    QTest::newRow("full-width digits") << QStringLiteral("\uFF19:\uFF10\uFF10 AM");
    QTest::newRow("german marker") << QStringLiteral("9:00 Uhr");
    QTest::newRow("chinese marker") << QStringLiteral("9:00 \u4E0A\u5348");
}

void TestCallingHours::rejectedForms()
{
    QFETCH(QString, text);
    QCOMPARE(ClockTime::parseMinutes(text), std::nullopt);
}

void TestCallingHours::format24_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("midnight") << 0 << QStringLiteral("00:00");
    QTest::newRow("one minute to one") << 59 << QStringLiteral("00:59");
    QTest::newRow("ten") << 600 << QStringLiteral("10:00");
    QTest::newRow("last minute") << 1439 << QStringLiteral("23:59");
    QTest::newRow("end of day") << 1440 << QStringLiteral("24:00");
}

void TestCallingHours::format24()
{
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    QCOMPARE(ClockTime::format24(minutes), expected);
}

void TestCallingHours::localeDoesNotMatter_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("Finnish") << QLocale(QLocale::Finnish, QLocale::Finland);
    QTest::newRow("Arabic") << QLocale(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China);
    QTest::newRow("Turkish") << QLocale(QLocale::Turkish, QLocale::Turkey);
}

void TestCallingHours::localeDoesNotMatter()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    QVERIFY2(QLocale().amText() != QLatin1String("AM") || QLocale().zeroDigit() != u'0'
                 || locale.language() == QLocale::German,
             "the locale should differ from English in its markers or digits");

    QCOMPARE(ClockTime::parseMinutes(QStringLiteral("9:00 AM")), std::optional<int>(540));
    QCOMPARE(ClockTime::parseMinutes(QStringLiteral("6:30 pm")), std::optional<int>(1110));
    QCOMPARE(ClockTime::parseMinutes(QStringLiteral("12:00 AM")), std::optional<int>(0));
    QCOMPARE(ClockTime::parseMinutes(QStringLiteral("13:00 PM")), std::nullopt);
    QCOMPARE(ClockTime::format24(1080), QStringLiteral("18:00"));

    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(objectFrom(R"(
        {"frequency": "WEEKLY", "timezone": "Europe/Berlin",
         "days": [{"day": "TU", "start": "8:30 AM", "end": "5:00 PM"}]})"));
    QCOMPARE(schedule.windows, Windows({{Qt::Tuesday, 510, 510, 0}}));
    QVERIFY(schedule.findings.isEmpty());
}

void TestCallingHours::windows_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Windows>("expected");

    QTest::newRow("weekday window")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:30 PM"}]})")
        << Windows{{Qt::Monday, 540, 510, 0}};
    QTest::newRow("several windows on one day")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"WE","start":"9:00 AM","end":"12:00 PM"},
            {"day":"WE","start":"1:00 PM","end":"5:00 PM"}]})")
        << Windows{{Qt::Wednesday, 540, 180, 0}, {Qt::Wednesday, 780, 240, 1}};
    QTest::newRow("overnight on Sunday")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"SU","start":"10:00 PM","end":"2:00 AM"}]})")
        << Windows{{Qt::Sunday, 1320, 240, 0}};
    QTest::newRow("end of day as 12:00 AM")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"FR","start":"9:00 PM","end":"12:00 AM"}]})")
        << Windows{{Qt::Friday, 1260, 180, 0}};
    QTest::newRow("midnight to midnight as the whole day")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"TH","start":"12:00 AM","end":"12:00 am"}]})")
        << Windows{{Qt::Thursday, 0, 1440, 0}};
    QTest::newRow("start at midnight")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"SA","start":"12:00 AM","end":"6:00 AM"}]})")
        << Windows{{Qt::Saturday, 0, 360, 0}};
    QTest::newRow("lowercase day code")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":" tu ","start":"9:00 AM","end":"10:00 AM"}]})")
        << Windows{{Qt::Tuesday, 540, 60, 0}};
    QTest::newRow("daily without a day covers the week")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC",
            "days":[{"start":"10:00 AM","end":"4:00 PM"}]})")
        << Windows{{Qt::Monday, 600, 360, 0},   {Qt::Tuesday, 600, 360, 0},
                   {Qt::Wednesday, 600, 360, 0}, {Qt::Thursday, 600, 360, 0},
                   {Qt::Friday, 600, 360, 0},   {Qt::Saturday, 600, 360, 0},
                   {Qt::Sunday, 600, 360, 0}};
    QTest::newRow("daily with a day applies as given")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC",
            "days":[{"day":"TH","start":"10:00 AM","end":"4:00 PM"}]})")
        << Windows{{Qt::Thursday, 600, 360, 0}};
    QTest::newRow("custom applies days as given")
        << QByteArray(R"({"frequency":"CUSTOM","timezone":"UTC",
            "days":[{"day":"SA","start":"10:00 AM","end":"11:00 AM"},
                    {"day":"MO","start":"10:00 AM","end":"11:00 AM"}]})")
        << Windows{{Qt::Saturday, 600, 60, 0}, {Qt::Monday, 600, 60, 1}};
    QTest::newRow("bad entry keeps the good ones")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"25:00","end":"5:00 PM"},
            {"day":"TU","start":"9:00 AM","end":"5:00 PM"}]})")
        << Windows{{Qt::Tuesday, 540, 480, 1}};
}

void TestCallingHours::windows()
{
    QFETCH(QByteArray, json);
    QFETCH(Windows, expected);
    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(objectFrom(json));
    QVERIFY(schedule.present);
    QCOMPARE(schedule.windows, expected);
}

void TestCallingHours::parserFindings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("windowCount");

    QTest::newRow("clean")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"Asia/Kolkata",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList() << 1;
    QTest::newRow("unparseable start")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"13:00 PM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("E0 \"13:00 PM\"")} << 0;
    QTest::newRow("unparseable end")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM","end":"noon"}]})")
        << QStringList{QStringLiteral("E0 end time \"noon\"")} << 0;
    QTest::newRow("time as a number")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":900,"end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("E0 start time \"900\"")} << 0;
    QTest::newRow("missing end")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM"}]})")
        << QStringList{QStringLiteral("E0 no end time")} << 0;
    QTest::newRow("unknown day code")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MONDAY","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("E0 unknown day code \"MONDAY\"")} << 0;
    QTest::newRow("weekly entry without a day")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("E0 names no day")} << 0;
    QTest::newRow("entry not an object")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":["MO 9-5",{"day":"TU","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("E0 not an object")} << 1;
    QTest::newRow("days not a list")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":{"day":"MO"}})")
        << QStringList{QStringLiteral("E- not a list")} << 0;
    QTest::newRow("days missing")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC"})")
        << QStringList{QStringLiteral("E- list no days")} << 0;
    QTest::newRow("zero-length window")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM","end":"09:00am"}]})")
        << QStringList{QStringLiteral("W0 starts and ends at 09:00")} << 0;
    QTest::newRow("midnight to midnight is a whole day, not zero-length")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"12:00 AM","end":"12:00 AM"}]})")
        << QStringList() << 1;
    QTest::newRow("noon to noon is zero-length")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC",
            "days":[{"day":"MO","start":"12:00 PM","end":"12:00 PM"}]})")
        << QStringList{QStringLiteral("W0 starts and ends at 12:00")} << 0;
    QTest::newRow("unknown frequency still draws")
        << QByteArray(R"({"frequency":"HOURLY","timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W- \"HOURLY\" is not WEEKLY, DAILY or CUSTOM")} << 1;
    QTest::newRow("missing frequency")
        << QByteArray(R"({"timezone":"UTC",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W- no frequency")} << 1;
    QTest::newRow("unknown time zone")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"Mars/Olympus_Mons",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W- \"Mars/Olympus_Mons\" is not known")} << 1;
    QTest::newRow("missing time zone")
        << QByteArray(R"({"frequency":"WEEKLY",
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W- name no time zone")} << 1;
    QTest::newRow("time zone as a number")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":7,
            "days":[{"day":"MO","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W- The calling hours' time zone 7 is not text")} << 1;
    QTest::newRow("several problems in order")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"XX","start":"9 AM","end":"5:00 PM"},
            {"day":"TU","start":"9:00 AM","end":"5:00 PM"},
            42]})")
        << QStringList{QStringLiteral("E0 unknown day code \"XX\""),
                       QStringLiteral("E0 start time \"9 AM\""),
                       QStringLiteral("E2 not an object")}
        << 1;
}

void TestCallingHours::parserFindings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(int, windowCount);
    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(objectFrom(json));
    compareFindings(schedule.findings, expected);
    QCOMPARE(schedule.windows.size(), windowCount);
}

void TestCallingHours::checkerFindings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean working week")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"8:00 AM","end":"9:00 PM"},
            {"day":"TU","start":"9:00 AM","end":"12:00 PM"},
            {"day":"TU","start":"12:00 PM","end":"5:00 PM"}]})")
        << QStringList();
    QTest::newRow("duplicate window")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"9:00 AM","end":"5:00 PM"},
            {"day":"MO","start":"09:00 am","end":"5:00PM"}]})")
        << QStringList{QStringLiteral("W1 days[1] repeats the window of days[0] on MO")};
    QTest::newRow("three identical daily entries reported once each")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC","days":[
            {"start":"9:00 AM","end":"5:00 PM"},{"start":"9:00 AM","end":"5:00 PM"},
            {"start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W1 days[1] repeats the window of days[0] on every day."),
                       QStringLiteral("W2 days[2] repeats the window of days[0] on every day.")};
    QTest::newRow("daily entry repeated by one-day entries")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC","days":[
            {"start":"9:00 AM","end":"5:00 PM"},{"day":"TU","start":"9:00 AM","end":"5:00 PM"},
            {"day":"SU","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W1 days[1] repeats the window of days[0] on TU."),
                       QStringLiteral("W2 days[2] repeats the window of days[0] on SU.")};
    QTest::newRow("overlap on one day")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"WE","start":"9:00 AM","end":"12:00 PM"},
            {"day":"WE","start":"11:00 AM","end":"2:00 PM"}]})")
        << QStringList{QStringLiteral("W1 days[0] and days[1] overlap on WE from 11:00")};
    QTest::newRow("overnight spill overlaps next morning")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"8:00 PM","end":"9:30 AM"},
            {"day":"TU","start":"9:00 AM","end":"5:00 PM"}]})")
        << QStringList{QStringLiteral("W1 days[0] and days[1] overlap on TU from 09:00"),
                       QStringLiteral("I0 runs past midnight"),
                       QStringLiteral("W0 outside 08:00-21:00")};
    QTest::newRow("sunday spill overlaps monday")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"MO","start":"8:00 AM","end":"11:00 AM"},
            {"day":"SU","start":"8:00 PM","end":"9:00 AM"}]})")
        << QStringList{QStringLiteral("W1 days[0] and days[1] overlap on MO from 08:00"),
                       QStringLiteral("I1 runs past midnight"),
                       QStringLiteral("W1 outside 08:00-21:00")};
    QTest::newRow("before the earliest hour")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"FR","start":"7:59 AM","end":"10:00 AM"}]})")
        << QStringList{QStringLiteral("W0 calls outside 08:00-21:00")};
    QTest::newRow("after the latest hour")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"FR","start":"8:00 PM","end":"9:01 PM"}]})")
        << QStringList{QStringLiteral("W0 calls outside 08:00-21:00")};
    QTest::newRow("to the end of the day")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[
            {"day":"FR","start":"8:00 PM","end":"12:00 AM"}]})")
        << QStringList{QStringLiteral("W0 calls outside 08:00-21:00")};
    QTest::newRow("daily overnight reported once")
        << QByteArray(R"({"frequency":"DAILY","timezone":"UTC","days":[
            {"start":"8:00 PM","end":"1:00 AM"}]})")
        << QStringList{QStringLiteral("I0 runs past midnight"),
                       QStringLiteral("W0 outside 08:00-21:00")};
    QTest::newRow("no calling days")
        << QByteArray(R"({"frequency":"WEEKLY","timezone":"UTC","days":[]})")
        << QStringList{QStringLiteral("E- no calling windows")};
}

void TestCallingHours::checkerFindings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(objectFrom(json));
    QVERIFY(schedule.findings.isEmpty());
    compareFindings(ScheduleChecker::check(schedule), expected);
}

void TestCallingHours::customBounds()
{
    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(objectFrom(R"(
        {"frequency":"WEEKLY","timezone":"UTC","days":[
         {"day":"MO","start":"7:00 AM","end":"10:00 AM"},
         {"day":"TU","start":"9:00 PM","end":"10:00 PM"}]})"));

    compareFindings(ScheduleChecker::check(schedule, {7 * 60, 22 * 60}), {});
    compareFindings(ScheduleChecker::check(schedule, {7 * 60 + 1, 22 * 60}),
                    {QStringLiteral("W0 outside 07:01-22:00")});
    compareFindings(ScheduleChecker::check(schedule, {7 * 60, 21 * 60 + 30}),
                    {QStringLiteral("W1 outside 07:00-21:30")});
}

void TestCallingHours::timeZone_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QByteArray>("expectedZone");
    QTest::newRow("new york") << QStringLiteral("America/New_York") << true
                              << QByteArray("America/New_York");
    QTest::newRow("kathmandu") << QStringLiteral("Asia/Kathmandu") << true
                               << QByteArray("Asia/Kathmandu");
    QTest::newRow("unknown stands in as UTC") << QStringLiteral("Mars/Olympus_Mons") << false
                                              << QByteArray("UTC");
    QTest::newRow("empty stands in as UTC") << QString() << false << QByteArray("UTC");
}

void TestCallingHours::timeZone()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QFETCH(QByteArray, expectedZone);
    QJsonObject callingHours = objectFrom(R"({"frequency":"WEEKLY","days":[]})");
    if (!id.isEmpty())
        callingHours.insert(QStringLiteral("timezone"), id);
    const WeeklySchedule schedule = CallingHoursParser::parseCallingHours(callingHours);
    QCOMPARE(schedule.timeZoneId, id);
    QCOMPARE(schedule.timeZoneKnown, known);
    QCOMPARE(schedule.timeZone().id(), expectedZone);
    QVERIFY(schedule.timeZone().isValid());
}

void TestCallingHours::campaignWithoutCallingHours_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no dialing strategy")
        << QByteArray(R"({"name":"x"})")
        << QStringList{QStringLiteral("E- has no calling hours")};
    QTest::newRow("no calling hours")
        << QByteArray(R"({"dialingStrategy":{"dialingOrder":"FIFO"}})")
        << QStringList{QStringLiteral("E- has no calling hours")};
    QTest::newRow("calling hours null")
        << QByteArray(R"({"dialingStrategy":{"callingHours":null}})")
        << QStringList{QStringLiteral("E- has no calling hours")};
    QTest::newRow("calling hours a string")
        << QByteArray(R"({"dialingStrategy":{"callingHours":"9-5"}})")
        << QStringList{QStringLiteral("E- are not an object")};
}

void TestCallingHours::campaignWithoutCallingHours()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const WeeklySchedule schedule = CallingHoursParser::parseCampaign(objectFrom(json));
    QVERIFY(!schedule.present);
    QVERIFY(schedule.windows.isEmpty());
    compareFindings(schedule.findings, expected);
}

void TestCallingHours::campaignMergesFindingsOnce()
{
    const WeeklySchedule schedule = CallingHoursParser::parseCampaign(objectFrom(R"(
        {"dialingStrategy":{"callingHours":{"frequency":"SOMETIMES","timezone":"Nowhere/Land",
         "days":[{"day":"MO","start":"7:00 AM","end":"9:00 AM"},
                 {"day":"MO","start":"7:00 AM","end":"9:00 AM"},
                 {"day":"ZZ","start":"7:00 AM","end":"9:00 AM"}]}}})"));

    compareFindings(schedule.findings,
                    {QStringLiteral("W- \"SOMETIMES\""), QStringLiteral("W- \"Nowhere/Land\""),
                     QStringLiteral("E2 \"ZZ\""), QStringLiteral("W1 repeats"),
                     QStringLiteral("W0 outside 08:00-21:00"),
                     QStringLiteral("W1 outside 08:00-21:00")});
    QCOMPARE(schedule.windows.size(), 2);
}

void TestCallingHours::bundledSampleIsClean()
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/01-voice-agentless-weekly-ready.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject campaign =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data")).toObject();

    const WeeklySchedule schedule = CallingHoursParser::parseCampaign(campaign);
    QCOMPARE(schedule.frequency, QStringLiteral("WEEKLY"));
    QCOMPARE(schedule.timeZoneId, QStringLiteral("America/New_York"));
    QVERIFY(schedule.timeZoneKnown);
    QCOMPARE(schedule.windows,
             Windows({{Qt::Monday, 540, 510, 0},
                      {Qt::Tuesday, 540, 510, 1},
                      {Qt::Wednesday, 540, 510, 2},
                      {Qt::Thursday, 540, 510, 3},
                      {Qt::Friday, 540, 240, 4}}));
    QVERIFY(schedule.findings.isEmpty());
}

void TestCallingHours::manyWindowsFinishWithACappedList_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("expectedWindows");
    QTest::newRow("5000 weekly entries") << QStringLiteral("WEEKLY") << 5000 << 5000;
    QTest::newRow("2000 daily entries") << QStringLiteral("DAILY") << 2000 << 14000;
}

// Every entry overlaps many others and calls before 08:00, so thousands of findings exist; only
// the capped list may come back. A hang here is caught by the test's timeout.
void TestCallingHours::manyWindowsFinishWithACappedList()
{
    QFETCH(QString, frequency);
    QFETCH(int, entries);
    QFETCH(int, expectedWindows);
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    QJsonArray days;
    for (int i = 0; i < entries; ++i) {
        QJsonObject entry{
            {QStringLiteral("start"), QString::asprintf("%d:%02d AM", i % 7 + 1, i % 60)},
            {QStringLiteral("end"), QString::asprintf("%d:%02d PM", i % 11 + 1, i % 53)}};
        if (frequency == QLatin1String("WEEKLY"))
            entry.insert(QStringLiteral("day"), QLatin1String(codes[i % 7]));
        days.append(entry);
    }
    const QJsonObject callingHours{{QStringLiteral("frequency"), frequency},
                                   {QStringLiteral("timezone"), QStringLiteral("UTC")},
                                   {QStringLiteral("days"), days}};
    const QJsonObject campaign{
        {QStringLiteral("dialingStrategy"),
         QJsonObject{{QStringLiteral("callingHours"), callingHours}}}};

    const WeeklySchedule schedule = CallingHoursParser::parseCampaign(campaign);
    QCOMPARE(schedule.windows.size(), expectedWindows);
    QCOMPARE(schedule.findings.size(), 100);
    const Finding last = schedule.findings.constLast();
    QCOMPARE(last.severity, Severity::Warning);
    QCOMPARE(last.entryIndex, -1);
    QVERIFY2(last.message.contains(QLatin1String("more findings not listed")),
             qPrintable(last.message));
    QVERIFY(!schedule.findings.at(98).message.contains(QLatin1String("not listed")));
}

void TestCallingHours::otherBoundsRecheckButKeepParserFindings()
{
    const QJsonObject campaign = QJsonDocument::fromJson(R"({"dialingStrategy": {"callingHours": {
        "frequency": "WEEKLY", "timezone": "Europe/Paris", "days": [
            {"day": "MO", "start": "7:00 AM", "end": "9:00 AM"},
            {"day": "XX", "start": "9:00 AM", "end": "5:00 PM"}]}}})").object();
    const WeeklySchedule schedule = CallingHoursParser::parseCampaign(campaign);
    QCOMPARE(schedule.findings.size(), 2);
    QCOMPARE(schedule.findings.at(0).entryIndex, 1); // the unknown day code
    QCOMPARE(schedule.findings.at(1).entryIndex, 0); // 07:00 is before 08:00
    QVERIFY(schedule.findings.at(1).message.contains(u"08:00-21:00"));

    const WeeklySchedule early = ScheduleChecker::withBounds(schedule, {6 * 60, 21 * 60});
    QCOMPARE(early.findings.size(), 1);
    QCOMPARE(early.findings.at(0), schedule.findings.at(0));
    QCOMPARE(early.windows, schedule.windows);

    const WeeklySchedule narrow = ScheduleChecker::withBounds(schedule, {7 * 60, 8 * 60 + 30});
    QCOMPARE(narrow.findings.size(), 2);
    QVERIFY(narrow.findings.at(1).message.contains(u"07:00-08:30"));
}

QTEST_GUILESS_MAIN(TestCallingHours)
#include "tst_callinghours.moc"
