// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Runs the real `campaign-inspector schedule` with fixture files and checks stdout, stderr and
// the exit code exactly.
class TestScheduleCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data();
    void csv();
    void sameOutputInAnyLocale_data();
    void sameOutputInAnyLocale();
    void text();
    void unknownZoneText();
    void windowSkippedByDst_data();
    void windowSkippedByDst();
    void json();
    void unknownZoneJsonHasNoUtcTimes();
    void defaultWeekIsTheCurrentOne();
    void usageErrors_data();
    void usageErrors();
    void help();
    void hugeFileIsRefused();
    void badOptionIsNotEchoed_data();
    void badOptionIsNotEchoed();
};

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const char *name)
{
    return QStringLiteral(INSPECTOR_TEST_DATA "/") + QLatin1String(name);
}

Run runSchedule(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('_'), 0, 0));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(INSPECTOR_EXECUTABLE),
                  QStringList{QStringLiteral("schedule")} + arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

void TestScheduleCommand::csv_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedOut");
    QTest::addColumn<QString>("expectedErr");
    QTest::addColumn<int>("expectedExit");

    // London goes from GMT to BST on Sunday 29 March 2026.
    QTest::newRow("daily London response shown in UTC over the DST change")
        << QStringList{fixture("sched-london-daily.json"), QStringLiteral("--tz"),
                       QStringLiteral("UTC"), QStringLiteral("--week"),
                       QStringLiteral("2026-03-29"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("MO,2026-03-23,09:00,17:00,UTC\n"
                          "TU,2026-03-24,09:00,17:00,UTC\n"
                          "WE,2026-03-25,09:00,17:00,UTC\n"
                          "TH,2026-03-26,09:00,17:00,UTC\n"
                          "FR,2026-03-27,09:00,17:00,UTC\n"
                          "SA,2026-03-28,09:00,17:00,UTC\n"
                          "SU,2026-03-29,08:00,16:00,UTC\n")
        << QString() << 0;
    QTest::newRow("daily London in its own zone by default")
        << QStringList{fixture("sched-london-daily.json"), QStringLiteral("--week"),
                       QStringLiteral("2026-03-23"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("MO,2026-03-23,09:00,17:00,Europe/London\n"
                          "TU,2026-03-24,09:00,17:00,Europe/London\n"
                          "WE,2026-03-25,09:00,17:00,Europe/London\n"
                          "TH,2026-03-26,09:00,17:00,Europe/London\n"
                          "FR,2026-03-27,09:00,17:00,Europe/London\n"
                          "SA,2026-03-28,09:00,17:00,Europe/London\n"
                          "SU,2026-03-29,09:00,17:00,Europe/London\n")
        << QString() << 0;
    QTest::newRow("bare campaign with findings on stderr")
        << QStringList{fixture("sched-problems.json"), QStringLiteral("--week=2026-06-17"),
                       QStringLiteral("--format=csv")}
        << QStringLiteral("MO,2026-06-15,00:00,01:00,America/New_York\n"
                          "MO,2026-06-15,09:00,17:00,America/New_York\n"
                          "SU,2026-06-21,22:00,24:00,America/New_York\n")
        << QStringLiteral("error: days[1] has the start time \"13:00 PM\", which is not a "
                          "12-hour time such as \"9:00 AM\".\n"
                          "warning: days[3] starts and ends at 09:00, so it never calls.\n"
                          "info: days[2] runs past midnight into the next day.\n"
                          "warning: days[2] calls outside 08:00-21:00 in the campaign's time "
                          "zone.\n")
        << 1;
    QTest::newRow("Kolkata sample in Los Angeles")
        << QStringList{fixture("04-sms-advanced-ready.json"), QStringLiteral("--tz"),
                       QStringLiteral("America/Los_Angeles"), QStringLiteral("--week"),
                       QStringLiteral("2026-06-21"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("MO,2026-06-15,00:00,07:30,America/Los_Angeles\n"
                          "MO,2026-06-15,21:30,24:00,America/Los_Angeles\n"
                          "TU,2026-06-16,00:00,07:30,America/Los_Angeles\n"
                          "TU,2026-06-16,21:30,24:00,America/Los_Angeles\n"
                          "WE,2026-06-17,00:00,07:30,America/Los_Angeles\n"
                          "WE,2026-06-17,21:30,24:00,America/Los_Angeles\n"
                          "TH,2026-06-18,00:00,07:30,America/Los_Angeles\n"
                          "TH,2026-06-18,21:30,24:00,America/Los_Angeles\n"
                          "FR,2026-06-19,00:00,07:30,America/Los_Angeles\n"
                          "FR,2026-06-19,22:30,24:00,America/Los_Angeles\n"
                          "SA,2026-06-20,00:00,04:30,America/Los_Angeles\n"
                          "SU,2026-06-21,21:30,24:00,America/Los_Angeles\n")
        << QString() << 0;
    QTest::newRow("unknown zone drawn in the campaign's clock")
        << QStringList{fixture("sched-unknown-zone.json"), QStringLiteral("--week"),
                       QStringLiteral("2026-06-15"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("MO,2026-06-15,09:00,17:00,Atlantis/Capital\n")
        << QStringLiteral("warning: The time zone \"Atlantis/Capital\" is not known on this "
                          "system, so the times cannot be converted to another zone; they are "
                          "shown in the campaign's own clock.\n")
        << 1;
    QTest::newRow("unknown zone asked in Tokyo stays in the campaign's clock")
        << QStringList{fixture("sched-unknown-zone.json"), QStringLiteral("--tz"),
                       QStringLiteral("Asia/Tokyo"), QStringLiteral("--week"),
                       QStringLiteral("2026-06-15"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("MO,2026-06-15,09:00,17:00,Atlantis/Capital\n")
        << QStringLiteral("campaign-inspector schedule: Cannot show the times in Asia/Tokyo. "
                          "The time zone \"Atlantis/Capital\" is not known on this system, so "
                          "the times cannot be converted to another zone; they are shown in the "
                          "campaign's own clock.\n"
                          "warning: The time zone \"Atlantis/Capital\" is not known on this "
                          "system, so the times cannot be converted to another zone; they are "
                          "shown in the campaign's own clock.\n")
        << 1;
}

void TestScheduleCommand::csv()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedOut);
    QFETCH(QString, expectedErr);
    QFETCH(int, expectedExit);
    const Run run = runSchedule(arguments);
    QCOMPARE(run.out, expectedOut);
    QCOMPARE(run.err, expectedErr);
    QCOMPARE(run.exitCode, expectedExit);
}

void TestScheduleCommand::sameOutputInAnyLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8");
    QTest::newRow("Finnish") << QStringLiteral("fi_FI.UTF-8");
    QTest::newRow("Arabic") << QStringLiteral("ar_EG.UTF-8");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN.UTF-8");
}

void TestScheduleCommand::sameOutputInAnyLocale()
{
    QFETCH(QString, locale);
    const QStringList arguments = {fixture("sched-problems.json"), QStringLiteral("--tz"),
                                   QStringLiteral("Asia/Kathmandu"), QStringLiteral("--week"),
                                   QStringLiteral("2026-06-17"), QStringLiteral("--format"),
                                   QStringLiteral("csv")};
    const Run reference = runSchedule(arguments);
    const Run localised = runSchedule(arguments, locale);
    QCOMPARE(reference.exitCode, 1);
    QCOMPARE(localised.exitCode, reference.exitCode);
    QCOMPARE(localised.out, reference.out);
    QCOMPARE(localised.err, reference.err);
    // 9:00 AM-5:00 PM in New York is 18:45-02:45 in Kathmandu in June.
    const QLatin1String mondayEvening("MO,2026-06-15,18:45,24:00,Asia/Kathmandu\n");
    QVERIFY2(reference.out.contains(mondayEvening), qPrintable(reference.out));
}

void TestScheduleCommand::text()
{
    const Run run = runSchedule({fixture("sched-problems.json"), QStringLiteral("--week"),
                                 QStringLiteral("2026-06-17")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0),
             QStringLiteral("Calling hours: WEEKLY, campaign zone America/New_York"));
    QCOMPARE(lines.value(1), QStringLiteral("Week of 2026-06-15 shown in America/New_York"));
    QCOMPARE(lines.value(2), QStringLiteral("  MO 2026-06-15  00:00-01:00"));
    QCOMPARE(lines.value(3), QStringLiteral("  MO 2026-06-15  09:00-17:00"));
    QCOMPARE(lines.value(4), QStringLiteral("  SU 2026-06-21  22:00-24:00"));
    QCOMPARE(lines.value(5), QStringLiteral("Total: 11 h"));
    QCOMPARE(lines.value(6), QStringLiteral("Findings:"));
    QVERIFY(lines.value(7).startsWith(QLatin1String("error: days[1]")));
    QCOMPARE(lines.size(), 12); // four findings and the final newline
}

void TestScheduleCommand::unknownZoneText()
{
    const Run run = runSchedule({fixture("sched-unknown-zone.json"), QStringLiteral("--tz"),
                                 QStringLiteral("America/Los_Angeles"), QStringLiteral("--week"),
                                 QStringLiteral("2026-06-15")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("campaign-inspector schedule: Cannot show the "
                                              "times in America/Los_Angeles.")),
             qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Calling hours: WEEKLY, campaign zone "
                                            "Atlantis/Capital (unknown zone)"));
    QCOMPARE(lines.value(1), QStringLiteral("Week of 2026-06-15 shown in the campaign's own clock "
                                            "(Atlantis/Capital)"));
    QCOMPARE(lines.value(2), QStringLiteral("  MO 2026-06-15  09:00-17:00"));
}

void TestScheduleCommand::windowSkippedByDst_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("stream");
    QTest::newRow("text on stdout") << QStringLiteral("text") << QStringLiteral("out");
    QTest::newRow("csv on stderr") << QStringLiteral("csv") << QStringLiteral("err");
    QTest::newRow("json on stdout") << QStringLiteral("json") << QStringLiteral("out");
}

// Sunday 2:15-2:45 AM does not exist in New York on 8 March 2026: it must not vanish unsaid.
void TestScheduleCommand::windowSkippedByDst()
{
    QFETCH(QString, format);
    QFETCH(QString, stream);
    const Run run = runSchedule({fixture("sched-dst-gap.json"), QStringLiteral("--week"),
                                 QStringLiteral("2026-03-08"), QStringLiteral("--format"),
                                 format});
    QCOMPARE(run.exitCode, 1);
    const QString text = stream == QLatin1String("out") ? run.out : run.err;
    QVERIFY2(text.contains(QLatin1String("days[1] does not call on SU 2026-03-08")),
             qPrintable(text));
    QVERIFY2(!run.out.contains(QLatin1String("02:15")) || format != QLatin1String("csv"),
             qPrintable(run.out));
}

void TestScheduleCommand::json()
{
    const Run run = runSchedule({fixture("sched-problems.json"), QStringLiteral("--tz"),
                                 QStringLiteral("UTC"), QStringLiteral("--week"),
                                 QStringLiteral("2026-06-17"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("zone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(root.value(QLatin1String("week")).toString(), QStringLiteral("2026-06-15"));
    QCOMPARE(root.value(QLatin1String("campaignZone")).toString(),
             QStringLiteral("America/New_York"));
    QCOMPARE(root.value(QLatin1String("totalMinutes")).toInt(), 660);

    // Sunday 14 June 22:00 EDT spills to Monday 02:00-05:00 UTC; 9-5 EDT is 13:00-21:00 UTC;
    // this Sunday's 22:00 EDT is Monday 22 June in UTC, outside the week.
    const QJsonArray windows = root.value(QLatin1String("windows")).toArray();
    QCOMPARE(windows.size(), 2);
    const QJsonObject first = windows.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("day")).toString(), QStringLiteral("MO"));
    QCOMPARE(first.value(QLatin1String("start")).toString(), QStringLiteral("02:00"));
    QCOMPARE(first.value(QLatin1String("end")).toString(), QStringLiteral("05:00"));
    QCOMPARE(first.value(QLatin1String("startUtc")).toString(),
             QStringLiteral("2026-06-15T02:00:00Z"));
    QCOMPARE(windows.at(1).toObject().value(QLatin1String("start")).toString(),
             QStringLiteral("13:00"));
    // Both name their days[] entry: the Sunday spill is days[2], Monday 9-5 is days[0].
    QCOMPARE(first.value(QLatin1String("entry")), QJsonValue(2));
    QCOMPARE(windows.at(1).toObject().value(QLatin1String("entry")), QJsonValue(0));
    QVERIFY(!first.contains(QLatin1String("window")));

    const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 4);
    QCOMPARE(findings.at(0).toObject().value(QLatin1String("severity")).toString(),
             QStringLiteral("error"));
    QCOMPARE(findings.at(0).toObject().value(QLatin1String("entry")).toInt(), 1);
    QCOMPARE(findings.at(2).toObject().value(QLatin1String("severity")).toString(),
             QStringLiteral("info"));
}

// The campaign's clock cannot be placed on UTC, so no UTC instant may be made up for it.
void TestScheduleCommand::unknownZoneJsonHasNoUtcTimes()
{
    const Run run = runSchedule({fixture("sched-unknown-zone.json"), QStringLiteral("--week"),
                                 QStringLiteral("2026-06-15"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("campaignClockOnly")), QJsonValue(true));
    QCOMPARE(root.value(QLatin1String("zone")).toString(), QStringLiteral("Atlantis/Capital"));
    const QJsonArray windows = root.value(QLatin1String("windows")).toArray();
    QCOMPARE(windows.size(), 1);
    const QJsonObject monday = windows.at(0).toObject();
    QCOMPARE(monday.value(QLatin1String("start")).toString(), QStringLiteral("09:00"));
    QCOMPARE(monday.value(QLatin1String("end")).toString(), QStringLiteral("17:00"));
    QCOMPARE(monday.value(QLatin1String("startUtc")), QJsonValue(QJsonValue::Null));
    QCOMPARE(monday.value(QLatin1String("endUtc")), QJsonValue(QJsonValue::Null));
}

void TestScheduleCommand::defaultWeekIsTheCurrentOne()
{
    const Run run = runSchedule({fixture("sched-london-daily.json"), QStringLiteral("--format"),
                                 QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QStringList rows = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(QTimeZone("Europe/London")).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QVERIFY2(rows.at(0).startsWith(QLatin1String("MO,") % monday.toString(Qt::ISODate)),
             qPrintable(rows.at(0)));
}

void TestScheduleCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorFragment");
    const QString london = fixture("sched-london-daily.json");
    QTest::newRow("no file") << QStringList() << QStringLiteral("exactly one campaign file");
    QTest::newRow("two files") << QStringList{london, london}
                               << QStringLiteral("exactly one campaign file");
    QTest::newRow("bad date") << QStringList{london, QStringLiteral("--week"),
                                             QStringLiteral("2026-02-30")}
                              << QStringLiteral("\"2026-02-30\" is not a date");
    QTest::newRow("date in another form") << QStringList{london, QStringLiteral("--week"),
                                                         QStringLiteral("23.03.2026")}
                                          << QStringLiteral("\"23.03.2026\" is not a date");
    QTest::newRow("unknown zone") << QStringList{london, QStringLiteral("--tz"),
                                                 QStringLiteral("Mars/Olympus_Mons")}
                                  << QStringLiteral("Unknown time zone \"Mars/Olympus_Mons\"");
    QTest::newRow("bad format") << QStringList{london, QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("Unknown format \"xml\"");
    QTest::newRow("unknown option") << QStringList{london, QStringLiteral("--zone=UTC")}
                                    << QStringLiteral("Unknown option at argument 2");
    QTest::newRow("option without its value")
        << QStringList{london, QStringLiteral("--tz")}
        << QStringLiteral("The option at argument 2 needs a value");
    QTest::newRow("missing file") << QStringList{fixture("sched-does-not-exist.json")}
                                  << QStringLiteral("Cannot read");
    QTest::newRow("file not JSON") << QStringList{fixture("sched-not-json.json")}
                                   << QStringLiteral("is not JSON");
    QTest::newRow("error envelope") << QStringList{fixture("05-error-invalid-jwt.json")}
                                    << QStringLiteral("Invalid JWT token");
    QTest::newRow("JSON that holds no campaign")
        << QStringList{fixture("sched-not-a-campaign.json")} << QStringLiteral("not a campaign");
    QTest::newRow("folder") << QStringList{QStringLiteral(INSPECTOR_TEST_DATA)}
                            << QStringLiteral("is a folder, not a campaign file");
    QTest::newRow("endless device") << QStringList{QStringLiteral("/dev/zero")}
                                    << QStringLiteral("is not a regular file");
}

void TestScheduleCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorFragment);
    const Run run = runSchedule(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorFragment), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(QLatin1String("campaign-inspector schedule: ")),
             qPrintable(run.err));
    QVERIFY(run.err.endsWith(QLatin1Char('\n')));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestScheduleCommand::help()
{
    const Run run = runSchedule({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString usage = run.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QLatin1String("Usage: ")), qPrintable(usage));
    QVERIFY2(usage.endsWith(QLatin1String("campaign-inspector schedule [options] FILE.json")),
             qPrintable(usage));
}

// The size is known before reading, so a sparse file over the limit costs no memory or time.
void TestScheduleCommand::hugeFileIsRefused()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile huge(directory.filePath(QStringLiteral("huge.json")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(qint64(256) * 1024 * 1024 + 1));
    huge.close();
    const Run run = runSchedule({huge.fileName()});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QLatin1String("too large")), qPrintable(run.err));
}

void TestScheduleCommand::badOptionIsNotEchoed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("errorFragment");
    const QString london = fixture("sched-london-daily.json");
    QTest::newRow("token pasted as short options")
        << QStringList{london, QStringLiteral("-eyJhbGciOiJIUzI1NiJ9")}
        << QStringLiteral("hbGci") << QStringLiteral("Unknown option at argument 2");
    QTest::newRow("token pasted as a long option")
        << QStringList{QStringLiteral("--eyJhbGciOiJIUzI1NiJ9"), london}
        << QStringLiteral("hbGci") << QStringLiteral("Unknown option at argument 1");
    QTest::newRow("token as the value of a flag")
        << QStringList{london, QStringLiteral("--help=eyJhbGciOiJIUzI1NiJ9")}
        << QStringLiteral("hbGci") << QStringLiteral("at argument 2");
    QTest::newRow("token after a value")
        << QStringList{london, QStringLiteral("--tz"), QStringLiteral("UTC"),
                       QStringLiteral("-eyJhbGciOiJIUzI1NiJ9")}
        << QStringLiteral("hbGci") << QStringLiteral("Unknown option at argument 4");
}

// A token pasted by mistake must not reach a terminal log: Qt's own error text would list
// every character of it ("Unknown options: e, y, J, ...").
void TestScheduleCommand::badOptionIsNotEchoed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(QString, errorFragment);
    const Run run = runSchedule(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorFragment), qPrintable(run.err));
    QVERIFY2(!run.err.contains(secret), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("e, y")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestScheduleCommand)
#include "tst_schedulecommand.moc"
