// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghourspanel.h"
#include "connectionform.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "testfiles.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

const QString dataDir = QStringLiteral(INSPECTOR_TEST_DATA);
const QString secretToken
    = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.sig-never-saved");

using TestFiles::read;
using namespace Qt::StringLiterals;

// Every field filled in, for host; tests clear the field they are about.
ConnectionSettings completeSettings(const QString &host)
{
    ConnectionSettings settings;
    settings.host = host;
    settings.streamId = QStringLiteral("st-0603182c-7ffb-53c3-b307-47ca14b00001");
    settings.accountId = QStringLiteral("67777ce93e25326494e00001");
    settings.campaignId = QStringLiteral("cd-4f2a9c1-7b3e-4d21-9a6f-2c81e0d00001");
    settings.token = secretToken;
    return settings;
}

ConnectionSettings loopbackSettings(const TestServer &server)
{
    return completeSettings(u"  " + server.host() + u"/ ");
}

QPushButton *button(const QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

QString settingsFile()
{
    return QSettings().fileName();
}

bool waitForShown(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::campaignShown);
    return shown.wait(10'000);
}

// The first error label under the form's fields that is visible, if any.
QString visibleFieldError(const ConnectionForm *form)
{
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && label->font().bold() && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsEmptyWithTitle();
    void sampleShowsTreeAndGrid();
    void openFileShowsBareCampaign();
    void openBrokenFileKeepsCampaign();
    void droppedJsonFileOpens();
    void emptyFormNamesTheFieldAtFault();
    void remoteHttpHostIsRefusedAtTheField();
    void timeoutBoundsTheWholeTransferToo();
    void tokenIsMaskedUntilShown();
    void callingBoundsAreASettingThatRechecks();
    void commandLineNeverEchoesUnknownOptions_data();
    void commandLineNeverEchoesUnknownOptions();
    void exportWritesExactBytes();
    void exportFailureLeavesOldFile();
    void corruptSettingsFileIsKeptAndReported();
    void fetchFromLoopbackShowsCampaignAndExports();
    void failedFetchKeepsCampaignAndSaysWhy();
    void cancelEndsTheRequest();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("campaign-inspector-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QFile::remove(settingsFile());
}

void TestMainWindow::startsEmptyWithTitle()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("Campaign Inspector"));
    QCOMPARE(window.treeView()->model()->rowCount(), 0);
    QVERIFY(!window.document());
    QVERIFY(!window.banner()->isVisible());
}

void TestMainWindow::sampleShowsTreeAndGrid()
{
    MainWindow window;
    window.show();
    window.openSample();
    QVERIFY(waitForShown(window));

    QCOMPARE(window.document()->name, QStringLiteral("Appointment Reminder Agentless Q3"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Appointment Reminder Agentless Q3"));
    const auto *model = qobject_cast<JsonTreeModel *>(window.treeView()->model());
    const QModelIndex data = model->indexForPath(QStringLiteral("data"));
    QVERIFY(data.isValid());
    QVERIFY(window.treeView()->isExpanded(data));
    QCOMPARE(window.callingHoursPanel()->shownZone().id(), QByteArray("America/New_York"));
    // Monday to Thursday 9:00-17:30 and Friday 9:00-13:00 in the campaign's own zone.
    const WeekProjection &week = window.callingHoursPanel()->projection();
    QCOMPARE(week.segments.size(), 5);
    QCOMPARE(week.totalMinutes, 4 * 510 + 240);
}

void TestMainWindow::openFileShowsBareCampaign()
{
    const QJsonObject bare = QJsonDocument::fromJson(
        read(dataDir + u"/02-voice-progressive-daily-scheduled.json")).object()
        .value(u"data").toObject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bare.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(bare).toJson());
    file.close();

    MainWindow window;
    window.openFile(path);
    QVERIFY(waitForShown(window));
    QCOMPARE(window.document()->id, QStringLiteral("cd-a83c4e2-19f0-4b6d-8e25-d4c7f91xxxxx"));
    QCOMPARE(window.callingHoursPanel()->shownZone().id(), QByteArray("Europe/London"));
    QCOMPARE(window.callingHoursPanel()->projection().segments.size(), 7);
}

void TestMainWindow::openBrokenFileKeepsCampaign()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"status\": \"success\", \"data\": {\"name\": ");
    file.close();

    MainWindow window;
    window.show();
    window.openSample();
    QVERIFY(waitForShown(window));
    const auto shown = window.document();

    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openFile(path);
    QVERIFY(failed.wait(10'000));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(u"broken.json"), qPrintable(window.banner()->text()));
    QCOMPARE(window.document(), shown);
    QVERIFY(window.treeView()->model()->rowCount() > 0);
}

void TestMainWindow::droppedJsonFileOpens()
{
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataDir + u"/04-sms-advanced-ready.json")});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(waitForShown(window));
    QCOMPARE(window.document()->name, QStringLiteral("Order Status Two-Way SMS"));
}

void TestMainWindow::emptyFormNamesTheFieldAtFault()
{
    MainWindow window;
    window.show();
    ConnectionSettings settings = completeSettings(QStringLiteral("platform.kore.ai"));
    settings.streamId.clear();
    window.form()->setSettings(settings);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QTest::keyClick(window.form()->fieldEditor(RequestBuilder::Field::CampaignId), Qt::Key_Return);

    QVERIFY2(visibleFieldError(window.form()).contains(u"Stream"),
             qPrintable(visibleFieldError(window.form())));
    QCOMPARE(window.focusWidget(), window.form()->fieldEditor(RequestBuilder::Field::StreamId));
    QCOMPARE(failed.size(), 0);
}

void TestMainWindow::remoteHttpHostIsRefusedAtTheField()
{
    MainWindow window;
    window.show();
    window.form()->setSettings(completeSettings(QStringLiteral("http://platform.kore.ai")));
    window.fetch();
    QVERIFY2(visibleFieldError(window.form()).contains(u"http", Qt::CaseInsensitive),
             qPrintable(visibleFieldError(window.form())));
}

void TestMainWindow::timeoutBoundsTheWholeTransferToo()
{
    MainWindow window;
    ConnectionSettings settings;
    settings.timeoutMs = 45'000;
    window.form()->setSettings(settings);
    QCOMPARE(window.form()->settings().timeoutMs, 45'000);
    QCOMPARE(window.form()->settings().deadlineMs, 450'000);
}

void TestMainWindow::callingBoundsAreASettingThatRechecks()
{
    {
        MainWindow window;
        window.openSample();
        QVERIFY(waitForShown(window));
        // The sample calls 9:00-17:30 (13:00 on Fridays): sound with the default 08:00-21:00.
        QCOMPARE(window.callingHoursPanel()->findingsList()->topLevelItemCount(), 1);
        QVERIFY(window.document()->schedule.findings.isEmpty());

        window.callingHoursPanel()->setCallingBounds({10 * 60, 17 * 60});
        // Monday to Thursday start too early and end too late; Friday only starts too early.
        QCOMPARE(window.callingHoursPanel()->findingsList()->topLevelItemCount(), 5);
        const QString first
            = window.callingHoursPanel()->findingsList()->topLevelItem(0)->text(1);
        QVERIFY2(first.contains(u"10:00-17:00"), qPrintable(first));
        window.close();
    }
    MainWindow reopened;
    QCOMPARE(reopened.callingHoursPanel()->callingBounds().earliestMinute, 10 * 60);
    QCOMPARE(reopened.callingHoursPanel()->callingBounds().latestMinute, 17 * 60);
}

void TestMainWindow::tokenIsMaskedUntilShown()
{
    MainWindow window;
    QLineEdit *token = window.form()->fieldEditor(RequestBuilder::Field::Token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(token->actions().size(), 1);
    QAction *reveal = token->actions().constFirst();
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void TestMainWindow::commandLineNeverEchoesUnknownOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString pasted = u"-"_s + secretToken;
    QTest::newRow("token after one dash") << QStringList{pasted};
    QTest::newRow("token after two dashes") << QStringList{u"-"_s + pasted};
    QTest::newRow("token with --help") << QStringList{QStringLiteral("--help"), pasted};
    QTest::newRow("token with --sample") << QStringList{QStringLiteral("--sample"), pasted};
}

void TestMainWindow::commandLineNeverEchoesUnknownOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(INSPECTOR_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(30'000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(output.contains("unknown option at argument"), output.constData());
    QVERIFY2(!output.contains("c2VjcmV0"), output.constData());
    QVERIFY2(!output.contains("c, 2, V"), output.constData());
}

void TestMainWindow::exportWritesExactBytes()
{
    MainWindow window;
    window.openSample();
    QVERIFY(waitForShown(window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(window.exportTo(path, CampaignExporter::Format::Exact), QString());
    QCOMPARE(read(path), read(QStringLiteral(":/samples/sample-campaign.json")));
}

void TestMainWindow::exportFailureLeavesOldFile()
{
    MainWindow window;
    window.openSample();
    QVERIFY(waitForShown(window));
    QTemporaryDir dir;
    // A path below a regular file cannot be written, even by root.
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString error = window.exportTo(blocker + u"/out.json", CampaignExporter::Format::Exact);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"out.json"), qPrintable(error));
    QCOMPARE(read(blocker), QByteArray("keep me"));
}

void TestMainWindow::corruptSettingsFileIsKeptAndReported()
{
    const QString path = settingsFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // An unclosed section header is what Qt's INI reader rejects as a format error.
    const QByteArray garbage = QByteArray("[window\ngeometry=") + QByteArray("\x00\xff\xfe", 3)
        + QByteArray("\n[unclosed\n");
    file.write(garbage);
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QFileInfo(path).fileName()),
             qPrintable(window.banner()->text()));
    const QStringList kept = QFileInfo(path).dir().entryList(
        {QFileInfo(path).fileName() + u".unreadable-*"}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(read(QFileInfo(path).dir().filePath(kept.constFirst())), garbage);
    QFile::remove(QFileInfo(path).dir().filePath(kept.constFirst()));

    // Opening a campaign must not sweep the notice away before the user has read it.
    window.openSample();
    QVERIFY(waitForShown(window));
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->kind(), MessageBanner::Kind::Warning);
}

void TestMainWindow::fetchFromLoopbackShowsCampaignAndExports()
{
    const QByteArray body = read(dataDir + u"/01-voice-agentless-weekly-ready.json");
    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::jsonReply(body));
    QTemporaryDir dir;
    const QString exact = dir.filePath(QStringLiteral("exact.json"));
    const QString pretty = dir.filePath(QStringLiteral("pretty.json"));
    {
        MainWindow window;
        window.show();
        window.form()->setSettings(loopbackSettings(server));
        QTest::mouseClick(button(window.form(), QStringLiteral("&Fetch")), Qt::LeftButton);
        QVERIFY(waitForShown(window));

        QCOMPARE(server.requests().size(), 1);
        const TestServer::Request request = server.requests().constFirst();
        QCOMPARE(request.path, QByteArray("/campaign/api/v2/public/st-0603182c-7ffb-53c3-b307-"
                                          "47ca14b00001/campaign/cd-4f2a9c1-7b3e-4d21-9a6f-"
                                          "2c81e0d00001"));
        QCOMPARE(request.query, QByteArray("accountId=67777ce93e25326494e00001"));
        QCOMPARE(request.header("auth"), secretToken.toLatin1());
        QCOMPARE(request.header("iid"), QByteArray("st-0603182c-7ffb-53c3-b307-47ca14b00001"));
        QCOMPARE(request.header("accountId"), QByteArray("67777ce93e25326494e00001"));

        QCOMPARE(window.document()->raw, body);
        const auto *model = qobject_cast<JsonTreeModel *>(window.treeView()->model());
        QVERIFY(window.treeView()->isExpanded(model->indexForPath(QStringLiteral("data"))));
        QCOMPARE(window.callingHoursPanel()->projection().segments.size(), 5);
        QVERIFY(!window.banner()->isVisible());

        QCOMPARE(window.exportTo(exact, CampaignExporter::Format::Exact), QString());
        QCOMPARE(window.exportTo(pretty, CampaignExporter::Format::Pretty), QString());
        window.close();
    }
    QCOMPARE(read(exact), body);
    QCOMPARE(QJsonDocument::fromJson(read(pretty)), QJsonDocument::fromJson(body));
    QVERIFY(!read(exact).contains(secretToken.toLatin1()));

    // The form is remembered, the token is not.
    const QByteArray stored = read(settingsFile());
    QVERIFY(stored.contains("cd-4f2a9c1-7b3e-4d21-9a6f-2c81e0d00001"));
    QVERIFY(!stored.contains(secretToken.toLatin1()));
    QVERIFY(!stored.contains("never-saved"));
}

void TestMainWindow::failedFetchKeepsCampaignAndSaysWhy()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(
        TestServer::jsonReply(read(dataDir + u"/05-error-invalid-jwt.json"), 401));
    MainWindow window;
    window.show();
    window.openSample();
    QVERIFY(waitForShown(window));
    const auto shown = window.document();

    window.form()->setSettings(loopbackSettings(server));
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QTest::keyClick(window.form()->fieldEditor(RequestBuilder::Field::Token), Qt::Key_Enter);
    QVERIFY(failed.wait(10'000));
    const QString message = window.banner()->text();
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(message.contains(u"Invalid JWT token"), qPrintable(message));
    QVERIFY2(message.contains(u"401"), qPrintable(message));
    QVERIFY(!message.contains(secretToken));
    QCOMPARE(window.document(), shown);
    // The status bar keeps describing the campaign on screen, not the failed request.
    const QList<QLabel *> figures = window.statusBar()->findChildren<QLabel *>();
    QVERIFY(!figures.isEmpty());
    for (const QLabel *figure : figures)
        QVERIFY2(!figure->text().contains(u"401"), qPrintable(figure->text()));
    QCOMPARE(window.callingHoursPanel()->projection().segments.size(), 5);
}

void TestMainWindow::cancelEndsTheRequest()
{
    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply silent;
    silent.neverAnswer = true;
    server.setCampaignReply(silent);
    MainWindow window;
    window.show();
    window.form()->setSettings(loopbackSettings(server));
    QSignalSpy received(&server, &TestServer::requestReceived);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.fetch();
    QPushButton *fetchButton = button(window.form(), QStringLiteral("&Fetch"));
    QPushButton *cancelButton = button(window.form(), QStringLiteral("Cancel"));
    QVERIFY(!fetchButton->isEnabled());
    QVERIFY(received.wait(10'000));
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"ancel"),
             qPrintable(failed.constFirst().constFirst().toString()));
    QVERIFY(fetchButton->isEnabled());
    QVERIFY(!window.document());
    // Cancelling is the user's own choice, not an error.
    QCOMPARE(window.banner()->kind(), MessageBanner::Kind::Information);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
