// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "testfiles.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const QByteArray testToken = "eyJhbGciOiJIUzI1NiJ9.cli-token.c2lnbmF0dXJl";
const QByteArray previousBytes = "previous output, must survive a failed fetch\n";

using TestFiles::fixture;

using TestFiles::read;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// What one run of `campaign-inspector fetch` did.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// Runs the real executable against servers on 127.0.0.1 and checks exit codes, the output file
// and the one-line errors.
class TestFetchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void successWithEnvironmentToken();
    void successWithTokenFile();
    void failuresKeepOldOutput_data();
    void failuresKeepOldOutput();
    void tlsSelfSignedIsNetworkError();
    void outputPipeIsRefused();
    void outputLinkWritesItsTarget();
    void usageErrors_data();
    void usageErrors();
    void unexpectedArgumentsAreNotEchoed_data();
    void unexpectedArgumentsAreNotEchoed();
    void help_data();
    void help();

private:
    QStringList argumentsFor(const QString &host) const;
    Run run(const QStringList &arguments, const QByteArray &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_output;
};

void TestFetchCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_output = m_dir->filePath(QStringLiteral("campaign.json"));
}

QStringList TestFetchCommand::argumentsFor(const QString &host) const
{
    return {QStringLiteral("fetch"),
            QStringLiteral("--host"),
            host,
            QStringLiteral("--stream"),
            QStringLiteral("st-1"),
            QStringLiteral("--account"),
            QStringLiteral("acc-1"),
            QStringLiteral("--campaign"),
            QStringLiteral("cd-2"),
            QStringLiteral("--output"),
            m_output};
}

// The child gets only what it needs: no proxy settings, no display, the token if any.
Run TestFetchCommand::run(const QStringList &arguments, const QByteArray &token)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("KORE_JWT"), QString::fromLatin1(token));

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(INSPECTOR_EXECUTABLE), arguments);
    // Waiting through the spy keeps this event loop, and so the test server, running.
    if (!process.waitForStarted(10'000) || !finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestFetchCommand::successWithEnvironmentToken()
{
    TestServer server;
    QVERIFY(server.listen());
    const QByteArray body = fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"));
    server.setCampaignReply(TestServer::jsonReply(body));
    QVERIFY(writeFile(m_output, previousBytes));

    const Run result = run(argumentsFor(server.host()), testToken);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(read(m_output), body);
    QVERIFY(result.out.contains(QByteArray(QByteArray::number(body.size()) + " bytes")));
    QCOMPARE(server.requests().size(), 1);
    const TestServer::Request request = server.requests().constFirst();
    QCOMPARE(request.path, QByteArray("/campaign/api/v2/public/st-1/campaign/cd-2"));
    QCOMPARE(request.query, QByteArray("accountId=acc-1"));
    QCOMPARE(request.header("auth"), testToken);
    QCOMPARE(request.header("iid"), QByteArray("st-1"));
    QCOMPARE(request.header("accountId"), QByteArray("acc-1"));
}

void TestFetchCommand::successWithTokenFile()
{
    TestServer server;
    QVERIFY(server.listen());
    const QByteArray body = R"({"status":"success","data":{"_id":"cd-2","name":"Q3"}})";
    server.setCampaignReply(TestServer::jsonReply(body));
    const QString tokenPath = m_dir->filePath(QStringLiteral("token.txt"));
    QVERIFY(writeFile(tokenPath, testToken + "\n"));

    QStringList arguments = argumentsFor(server.host());
    arguments << QStringLiteral("--token-file") << tokenPath << QStringLiteral("--app-id")
              << QStringLiteral("st-app") << QStringLiteral("--timeout") << QStringLiteral("10");
    const Run result = run(arguments, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(read(m_output), body);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().header("auth"), testToken);
    QCOMPARE(server.requests().constFirst().header("iid"), QByteArray("st-app"));
}

void TestFetchCommand::failuresKeepOldOutput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messageWord");

    QTest::newRow("401 errors envelope")
        << QStringLiteral("401") << 4 << QStringLiteral("Invalid JWT token");
    QTest::newRow("failure envelope with 200")
        << QStringLiteral("failure") << 4 << QStringLiteral("cd-404 was not found");
    QTest::newRow("html 502") << QStringLiteral("502") << 4 << QStringLiteral("502");
    QTest::newRow("not json with 200")
        << QStringLiteral("text") << 5 << QStringLiteral("text/plain");
    QTest::newRow("empty body with 200") << QStringLiteral("empty") << 5 << QStringLiteral("empty");
    QTest::newRow("json without campaign")
        << QStringLiteral("nodata") << 5 << QStringLiteral("data");
    QTest::newRow("timeout") << QStringLiteral("silent") << 3 << QStringLiteral("0.3 seconds");
    QTest::newRow("cross-origin redirect")
        << QStringLiteral("redirect") << 3 << QStringLiteral("different origin");
    QTest::newRow("connection refused")
        << QStringLiteral("closed") << 3 << QStringLiteral("refused");
    QTest::newRow("redirect loop")
        << QStringLiteral("loop") << 3 << QStringLiteral("too many redirects");
    QTest::newRow("trickle past --deadline")
        << QStringLiteral("trickle") << 3 << QStringLiteral("longer than 0.5 seconds");
    QTest::newRow("trickle past ten times --timeout")
        << QStringLiteral("trickle-derived") << 3 << QStringLiteral("longer than 3 seconds");
}

void TestFetchCommand::failuresKeepOldOutput()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, messageWord);

    TestServer server;
    TestServer elsewhere;
    QVERIFY(server.listen());
    QVERIFY(elsewhere.listen());
    QHash<QString, TestServer::Reply> replies {
        {QStringLiteral("401"),
         TestServer::jsonReply(fixture(QStringLiteral("05-error-invalid-jwt.json")), 401)},
        {QStringLiteral("failure"),
         TestServer::jsonReply(fixture(QStringLiteral("net-failure-envelope.json")))},
        {QStringLiteral("502"),
         TestServer::textReply(fixture(QStringLiteral("net-bad-gateway.html")), "text/html", 502)},
        {QStringLiteral("text"),
         TestServer::textReply(fixture(QStringLiteral("net-not-json.txt")), "text/plain", 200)},
        {QStringLiteral("empty"), TestServer::jsonReply(QByteArray())},
        {QStringLiteral("nodata"), TestServer::jsonReply(R"({"status":"success"})")},
        {QStringLiteral("redirect"), TestServer::redirectReply(elsewhere.baseUrl())},
    };
    TestServer::Reply silent;
    silent.neverAnswer = true;
    replies.insert(QStringLiteral("silent"), silent);
    QUrl self = server.baseUrl();
    self.setPath(QStringLiteral("/campaign/api/v2/public/st-1/campaign/cd-2"));
    self.setQuery(QStringLiteral("accountId=acc-1"));
    replies.insert(QStringLiteral("loop"), TestServer::redirectReply(self));
    // About 6 seconds in all, yet never silent for more than a tenth of one.
    TestServer::Reply trickle = TestServer::jsonReply(QByteArray(120, ' '));
    trickle.trickleBytes = 2;
    trickle.trickleIntervalMs = 100;
    replies.insert(QStringLiteral("trickle"), trickle);
    replies.insert(QStringLiteral("trickle-derived"), trickle);
    server.setCampaignReply(replies.value(kind));

    const QString host = kind == QLatin1String("closed")
        ? QStringLiteral("http://127.0.0.1:%1").arg(closedPort())
        : server.host();
    QStringList arguments = argumentsFor(host);
    // Only the slow servers need short limits; the others answer at once.
    const QHash<QString, QStringList> limits {
        {QStringLiteral("silent"), {QStringLiteral("--timeout"), QStringLiteral("0.3")}},
        {QStringLiteral("trickle"),
         {QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--deadline"),
          QStringLiteral("0.5")}},
        {QStringLiteral("trickle-derived"), {QStringLiteral("--timeout"), QStringLiteral("0.3")}},
    };
    arguments << limits.value(kind, {QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY(writeFile(m_output, previousBytes));

    const Run result = run(arguments, testToken);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(messageWord.toUtf8()), result.err.constData());
    QVERIFY(result.err.startsWith("campaign-inspector fetch: "));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!result.err.contains(testToken) && !result.out.contains(testToken));
    QCOMPARE(read(m_output), previousBytes);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestFetchCommand::tlsSelfSignedIsNetworkError()
{
    TestServer server;
    QString error;
    if (!server.listenTls(&error))
        QSKIP(qPrintable(QLatin1String("needs the openssl tool for a test certificate: ") + error));
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));

    const Run result = run(argumentsFor(server.host()), testToken);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("self-signed"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!QFile::exists(m_output));
    QCOMPARE(server.requests().size(), 0);
}

// A pipe stands in for a device such as /dev/full: a test must never write to a real device.
void TestFetchCommand::outputPipeIsRefused()
{
#ifdef Q_OS_UNIX
    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    m_output = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(m_output).constData(), 0600), 0);

    const Run result = run(argumentsFor(server.host()), testToken);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("not a regular file"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
    struct stat status {};
    QCOMPARE(lstat(QFile::encodeName(m_output).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    QCOMPARE(server.requests().size(), 0);
#else
    QSKIP("needs mkfifo");
#endif
}

void TestFetchCommand::outputLinkWritesItsTarget()
{
    TestServer server;
    QVERIFY(server.listen());
    const QByteArray body = R"({"status":"success","data":{"_id":"cd-2"}})";
    server.setCampaignReply(TestServer::jsonReply(body));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("real")));
    const QString real = m_dir->filePath(QStringLiteral("real/campaign.json"));
    QVERIFY(writeFile(real, previousBytes));
    if (!QFile::link(real, m_output))
        QSKIP("needs symbolic links");

    const Run result = run(argumentsFor(server.host()), testToken);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(QFileInfo(m_output).isSymLink());
    QCOMPARE(QFileInfo(m_output).symLinkTarget(), real);
    QCOMPARE(read(real), body);
}

void TestFetchCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("change"); // option, value pairs to set; value "-" removes
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("messageWord");

    const QString drop = QStringLiteral("-");
    QTest::newRow("token as an argument")
        << QStringList {QStringLiteral("--token"), QString::fromLatin1(testToken)} << testToken
        << QStringLiteral("--token-file");
    QTest::newRow("token as an argument with equals")
        << QStringList {QLatin1String("--token=") + QString::fromLatin1(testToken)} << testToken
        << QStringLiteral("KORE_JWT");
    QTest::newRow("missing campaign") << QStringList {QStringLiteral("--campaign"), drop}
                                      << testToken << QStringLiteral("--campaign");
    QTest::newRow("missing output") << QStringList {QStringLiteral("--output"), drop} << testToken
                                    << QStringLiteral("--output");
    QTest::newRow("no token anywhere")
        << QStringList() << QByteArray() << QStringLiteral("KORE_JWT");
    QTest::newRow("token file missing")
        << QStringList {QStringLiteral("--token-file"), QStringLiteral("/nonexistent/token")}
        << QByteArray() << QStringLiteral("/nonexistent/token");
    QTest::newRow("token file empty")
        << QStringList {QStringLiteral("--token-file"), QStringLiteral("EMPTY")} << QByteArray()
        << QStringLiteral("empty");
    QTest::newRow("token file only blank lines")
        << QStringList {QStringLiteral("--token-file"), QStringLiteral("BLANK")} << QByteArray()
        << QStringLiteral("empty");
    QTest::newRow("token file is a pipe")
        << QStringList {QStringLiteral("--token-file"), QStringLiteral("PIPE")} << QByteArray()
        << QStringLiteral("not a regular file");
    QTest::newRow("token file over 64 KiB")
        << QStringList {QStringLiteral("--token-file"), QStringLiteral("HUGE")} << QByteArray()
        << QStringLiteral("64 KiB");
    QTest::newRow("KORE_JWT only spaces")
        << QStringList() << QByteArray("   ") << QStringLiteral("no token");
    QTest::newRow("plain http to a remote host")
        << QStringList {QStringLiteral("--host"), QStringLiteral("http://platform.kore.ai")}
        << testToken << QStringLiteral("loopback");
    QTest::newRow("host with a path")
        << QStringList {QStringLiteral("--host"), QStringLiteral("platform.kore.ai/api")}
        << testToken << QStringLiteral("path");
    QTest::newRow("blank stream id")
        << QStringList {QStringLiteral("--stream"), QStringLiteral(" ")} << testToken
        << QStringLiteral("Stream ID");
    QTest::newRow("timeout not a number")
        << QStringList {QStringLiteral("--timeout"), QStringLiteral("soon")} << testToken
        << QStringLiteral("--timeout");
    for (const char *value : {"nan", "inf", "-1", "0", "0.0001", "3601"}) {
        QTest::addRow("timeout %s", value)
            << QStringList {QStringLiteral("--timeout"), QString::fromLatin1(value)} << testToken
            << QStringLiteral("from 0.1 to 3600");
    }
    for (const char *value : {"soon", "nan", "0", "36001"}) {
        QTest::addRow("deadline %s", value)
            << QStringList {QStringLiteral("--deadline"), QString::fromLatin1(value)} << testToken
            << QStringLiteral("--deadline must be a number of seconds from 0.1 to 36000");
    }
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << testToken
                                    << QStringLiteral("unknown option at argument number 12");
    QTest::newRow("output empty") << QStringList {QStringLiteral("--output"), QString()}
                                  << testToken << QStringLiteral("--output needs a file name");
    QTest::newRow("output folder missing")
        << QStringList {QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/out.json")}
        << testToken << QStringLiteral("does not exist");
}

// Usage errors stop before any request: the server sees nothing and the token is not echoed.
void TestFetchCommand::usageErrors()
{
    QFETCH(QStringList, change);
    QFETCH(QByteArray, token);
    QFETCH(QString, messageWord);

    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("EMPTY")), QByteArray()));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("BLANK")), " \n\t\n"));
    // Just over the cap, made of the token so that an echo of the content would show.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("HUGE")),
                      testToken.repeated(64 * 1024 / testToken.size() + 1)));
#ifdef Q_OS_UNIX
    // Opening a pipe with no writer would block: it stands in for /dev/zero and the like.
    const QString pipe = m_dir->filePath(QStringLiteral("PIPE"));
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
#else
    if (change.contains(QStringLiteral("PIPE")))
        QSKIP("needs mkfifo");
#endif
    QStringList arguments = argumentsFor(server.host());
    for (qsizetype i = 0; i < change.size(); i += 2) {
        const qsizetype at = arguments.indexOf(change.at(i));
        const QString value = change.value(i + 1);
        if (at >= 0 && value == QLatin1String("-"))
            arguments.remove(at, 2);
        else if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments << change.mid(i, 2);
    }
    for (const QString &name : {QStringLiteral("EMPTY"), QStringLiteral("BLANK"),
                                QStringLiteral("HUGE"), QStringLiteral("PIPE")}) {
        arguments.replaceInStrings(QRegularExpression(u'^' + name + u'$'), m_dir->filePath(name));
    }

    const Run result = run(arguments, token);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(messageWord.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!result.err.contains(testToken) && !result.out.contains(testToken));
    QCOMPARE(server.requests().size(), 0);
}

void TestFetchCommand::unexpectedArgumentsAreNotEchoed_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("at"); // where in the arguments the extra ones go; -1 for the end
    QTest::addColumn<QString>("messageWord");
    QTest::addColumn<bool>("tokenHint");
    QTest::addColumn<QByteArray>("secret"); // must appear neither on stdout nor on stderr

    const QString token = QString::fromLatin1(testToken);
    // The arguments are: fetch, then five options with values, so the next one is number 12.
    QTest::newRow("plain word at the end")
        << QStringList {QStringLiteral("stray-word")} << -1
        << QStringLiteral("unexpected argument number 12") << false << QByteArray("stray-word");
    QTest::newRow("word after a double dash")
        << QStringList {QStringLiteral("--"), QStringLiteral("stray-word")} << -1
        << QStringLiteral("unexpected argument number 13") << false << QByteArray("stray-word");
    QTest::newRow("file-like word with two dots")
        << QStringList {QStringLiteral("eyes.backup.json")} << -1
        << QStringLiteral("unexpected argument number 12") << false << QByteArray("eyes.backup");
    QTest::newRow("token at the end")
        << QStringList {token} << -1 << QStringLiteral("argument number 12") << true << testToken;
    QTest::newRow("token right after fetch")
        << QStringList {token} << 1 << QStringLiteral("argument number 2") << true << testToken;
    QTest::newRow("token glued to an unknown option")
        << QStringList {QLatin1String("--jwt=") + token} << -1
        << QStringLiteral("argument number 12") << true << testToken;
    QTest::newRow("token as the value of an option")
        << QStringList {QStringLiteral("--stream"), token} << 1
        << QStringLiteral("argument number 3") << true << testToken;
    QTest::newRow("token after a bearer word")
        << QStringList {QLatin1String("Bearer ") + token} << -1
        << QStringLiteral("argument number 12") << true << QByteArray("c2lnbmF0dXJl");
    QTest::newRow("token after a single dash")
        << QStringList {u'-' + token} << -1
        << QStringLiteral("unknown option at argument number 12") << false
        << QByteArray("c2lnbmF0dXJl");
    QTest::newRow("token after two dashes")
        << QStringList {QLatin1String("--") + token} << 1
        << QStringLiteral("unknown option at argument number 2") << false
        << QByteArray("c2lnbmF0dXJl");
    QTest::newRow("token glued to the help option")
        << QStringList {QLatin1String("-h") + token} << -1
        << QStringLiteral("unknown option at argument number 12") << false
        << QByteArray("c2lnbmF0dXJl");
    QTest::newRow("secret glued to the help option with equals")
        << QStringList {QStringLiteral("-h=hunter2secret")} << -1
        << QStringLiteral("argument number 12 takes no value") << false
        << QByteArray("hunter2secret");
    QTest::newRow("secret as a value of help")
        << QStringList {QStringLiteral("--help=hunter2secret")} << -1
        << QStringLiteral("argument number 12 takes no value") << false
        << QByteArray("hunter2secret");
    QTest::newRow("value option last without its value")
        << QStringList {QStringLiteral("--timeout")} << -1
        << QStringLiteral("argument number 12 needs a value") << false << QByteArray("hunter2");
    QTest::newRow("dashed token as the timeout")
        << QStringList {QLatin1String("--timeout=-") + token} << 1
        << QStringLiteral("--timeout must be a number") << false << QByteArray("c2lnbmF0dXJl");
}

// Arguments end up in terminals, logs and bug reports, so a stray one is pointed at by its
// position, never repeated: it may be a token pasted in the wrong place.
void TestFetchCommand::unexpectedArgumentsAreNotEchoed()
{
    QFETCH(QStringList, extra);
    QFETCH(int, at);
    QFETCH(QString, messageWord);
    QFETCH(bool, tokenHint);
    QFETCH(QByteArray, secret);

    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    QStringList arguments = argumentsFor(server.host());
    for (qsizetype i = 0; i < extra.size(); ++i)
        arguments.insert(at < 0 ? arguments.size() : at + i, extra.at(i));

    const Run result = run(arguments, testToken);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(messageWord.toUtf8()), result.err.constData());
    QCOMPARE(result.err.contains("KORE_JWT"), tokenHint);
    QVERIFY(result.err.startsWith("campaign-inspector fetch: "));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(!result.err.contains(secret), result.err.constData());
    QVERIFY(!result.out.contains(secret));
    // Qt lists unknown single-dash letters as "e, y, J, ...", which spells the secret out too.
    QVERIFY2(!QByteArray(result.err).replace(", ", "").contains(secret), result.err.constData());
    QCOMPARE(server.requests().size(), 0);
}

void TestFetchCommand::help_data()
{
    QTest::addColumn<QString>("option");

    QTest::newRow("long") << QStringLiteral("--help");
    QTest::newRow("short") << QStringLiteral("-h");
    QTest::newRow("all") << QStringLiteral("--help-all");
}

void TestFetchCommand::help()
{
    QFETCH(QString, option);

    const Run result = run({QStringLiteral("fetch"), option}, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Usage: campaign-inspector fetch [options]\n"),
             result.out.constData());
    QVERIFY(!result.out.contains(INSPECTOR_EXECUTABLE)); // the build path says nothing to users
    QVERIFY(result.out.contains("--token-file"));
    QVERIFY(result.out.contains("KORE_JWT"));
    QVERIFY(result.out.contains("--output"));
    QVERIFY(result.out.contains("--deadline"));
    QVERIFY(!result.out.contains("--token ")); // there is no --token option to offer
}

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetchcommand.moc"
