// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaignfetcher.h"
#include "responseinterpreter.h"
#include "testfiles.h"
#include "testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using Failure = CampaignFetcher::Failure;
using Problem = ResponseInterpreter::Problem;

Q_DECLARE_METATYPE(ResponseInterpreter::Problem)

namespace {

const QByteArray campaignPath = "/campaign/api/v2/public/st-1/campaign/cd-2";
const QByteArray testToken = "eyJhbGciOiJIUzI1NiJ9.test-token.c2lnbmF0dXJl";

using TestFiles::fixture;

ConnectionSettings settingsFor(const TestServer &server)
{
    ConnectionSettings settings;
    settings.host = server.host();
    settings.streamId = QStringLiteral("st-1");
    settings.accountId = QStringLiteral("acc-1");
    settings.campaignId = QStringLiteral("cd-2");
    settings.token = QString::fromLatin1(testToken);
    settings.timeoutMs = 5000;
    return settings;
}

// A port on 127.0.0.1 that nothing listens on: it was free a moment ago and is closed again.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

// Fetches from real servers on 127.0.0.1 and checks both what they received and what the
// fetcher reported.
class TestFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successSendsExactRequest();
    void idsArriveEncoded();
    void httpAnswersAreResponses_data();
    void httpAnswersAreResponses();
    void timeout_data();
    void timeout();
    void timersArePrecise();
    void deadline_data();
    void deadline();
    void cancel();
    void secondStartReplacesFirst();
    void invalidSettingsStartNothing();
    void sameOriginRedirectFollowed_data();
    void sameOriginRedirectFollowed();
    void crossOriginRedirectRefused_data();
    void crossOriginRedirectRefused();
    void redirectLoopIsRedirectFailure_data();
    void redirectLoopIsRedirectFailure();
    void sizeCap_data();
    void sizeCap();
    void tlsSelfSignedRefused();
    void connectionRefused();
    void destroyedMidRequest();
    void logNeverHoldsToken();

private:
    CampaignFetcher::Outcome fetchOnce(const ConnectionSettings &settings, bool *ok);
};

// Runs one request to its end; *ok is false if it did not start or finish exactly once.
CampaignFetcher::Outcome TestFetcher::fetchOnce(const ConnectionSettings &settings, bool *ok)
{
    CampaignFetcher fetcher;
    CampaignFetcher::Outcome outcome;
    int finishedCount = 0;
    connect(&fetcher, &CampaignFetcher::finished, this,
            [&](const CampaignFetcher::Outcome &result) {
                outcome = result;
                ++finishedCount;
            });
    QSignalSpy spy(&fetcher, &CampaignFetcher::finished);
    *ok = fetcher.start(settings) && (spy.count() == 1 || spy.wait(15'000));
    QTest::qWait(20); // a second, wrong finished signal would arrive here
    *ok = *ok && finishedCount == 1 && !fetcher.isRunning();
    return outcome;
}

void TestFetcher::successSendsExactRequest()
{
    TestServer server;
    QVERIFY(server.listen());
    const QByteArray body = fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"));
    server.setCampaignReply(TestServer::jsonReply(body));

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(server), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::None);
    QVERIFY(outcome.message.isEmpty());
    QCOMPARE(outcome.response.statusCode, 200);
    QCOMPARE(outcome.response.reasonPhrase, QStringLiteral("OK"));
    QCOMPARE(outcome.response.contentType, QStringLiteral("application/json"));
    QCOMPARE(outcome.response.body, body);
    QCOMPARE(outcome.response.url.toEncoded(),
             server.baseUrl().toEncoded() + campaignPath + "?accountId=acc-1");
    QVERIFY(outcome.response.elapsedMs >= 0);
    QVERIFY(ResponseInterpreter::interpretResponse(outcome.response).isOk());

    QCOMPARE(server.requests().size(), 1);
    const TestServer::Request request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, campaignPath);
    QCOMPARE(request.query, QByteArray("accountId=acc-1"));
    QCOMPARE(request.header("auth"), testToken);
    QCOMPARE(request.header("iid"), QByteArray("st-1"));
    QCOMPARE(request.header("accountId"), QByteArray("acc-1"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("CampaignInspector/"));
    QVERIFY(!request.hasHeader("Authorization"));
}

void TestFetcher::idsArriveEncoded()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::jsonReply("{}"));
    ConnectionSettings settings = settingsFor(server);
    settings.streamId = QStringLiteral("st/1?x");
    settings.campaignId = QStringLiteral("cd #2%");
    settings.accountId = QStringLiteral("a&b=c");
    settings.appId = QStringLiteral("st-app");

    bool ok = false;
    fetchOnce(settings, &ok);
    QVERIFY(ok);
    QCOMPARE(server.requests().size(), 1);
    const TestServer::Request request = server.requests().constFirst();
    QCOMPARE(request.path, QByteArray("/campaign/api/v2/public/st%2F1%3Fx/campaign/cd%20%232%25"));
    QCOMPARE(request.query, QByteArray("accountId=a%26b%3Dc"));
    QCOMPARE(request.header("iid"), QByteArray("st-app"));
    QCOMPARE(request.header("accountId"), QByteArray("a&b=c"));
}

void TestFetcher::httpAnswersAreResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("401 errors envelope")
        << 401 << QByteArray("application/json")
        << fixture(QStringLiteral("05-error-invalid-jwt.json")) << Problem::KoreError
        << QStringList {QStringLiteral("401"), QStringLiteral("Invalid JWT token")};
    QTest::newRow("401 scope envelope")
        << 401 << QByteArray("application/json") << fixture(QStringLiteral("net-401-scope.json"))
        << Problem::KoreError << QStringList {QStringLiteral("Scope is incorrect")};
    QTest::newRow("200 failure envelope")
        << 200 << QByteArray("application/json")
        << fixture(QStringLiteral("net-failure-envelope.json")) << Problem::KoreError
        << QStringList {QStringLiteral("Campaign cd-404 was not found")};
    QTest::newRow("502 html page")
        << 502 << QByteArray("text/html") << fixture(QStringLiteral("net-bad-gateway.html"))
        << Problem::Http << QStringList {QStringLiteral("502"), QStringLiteral("Bad Gateway")};
    QTest::newRow("200 not json") << 200 << QByteArray("text/plain; charset=utf-8")
                                  << fixture(QStringLiteral("net-not-json.txt")) << Problem::NotJson
                                  << QStringList {QStringLiteral("text/plain"),
                                                  QStringLiteral("Service is up")};
    QTest::newRow("200 empty body") << 200 << QByteArray("application/json") << QByteArray()
                                    << Problem::Empty << QStringList {QStringLiteral("empty")};
    QTest::newRow("404 empty body") << 404 << QByteArray() << QByteArray() << Problem::Http
                                    << QStringList {QStringLiteral("404")};
}

// Any HTTP status is an answer, not a transport failure; what it means is the interpreter's call.
void TestFetcher::httpAnswersAreResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Problem, problem);
    QFETCH(QStringList, messageParts);

    TestServer server;
    QVERIFY(server.listen());
    server.setCampaignReply(TestServer::textReply(body, contentType, status));
    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(server), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::None);
    QCOMPARE(outcome.response.statusCode, status);
    QCOMPARE(outcome.response.body, body);
    QCOMPARE(outcome.response.contentType.toLatin1(), contentType);

    const ResponseInterpreter::Result result
        = ResponseInterpreter::interpretResponse(outcome.response);
    QCOMPARE(result.problem, problem);
    for (const QString &part : messageParts)
        QVERIFY2(result.message.contains(part), qPrintable(result.message));
}

void TestFetcher::timeout_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("duration");

    QTest::newRow("a fraction of a second") << 300 << QStringLiteral("for 0.3 seconds;");
    QTest::newRow("one second, singular") << 1000 << QStringLiteral("for 1 second;");
}

void TestFetcher::timeout()
{
    QFETCH(int, timeoutMs);
    QFETCH(QString, duration);

    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply silent;
    silent.neverAnswer = true;
    server.setCampaignReply(silent);
    ConnectionSettings settings = settingsFor(server);
    settings.timeoutMs = timeoutMs;

    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settings, &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::Timeout);
    QVERIFY2(outcome.message.contains(duration), qPrintable(outcome.message));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(server.requests().size(), 1);
}

void TestFetcher::deadline_data()
{
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("duration");

    // The body takes about 2 seconds to arrive, a piece every 100 ms: never silent for long.
    QTest::newRow("deadline shorter than the trickle")
        << 500 << Failure::Timeout << QStringLiteral("longer than 0.5 seconds;");
    QTest::newRow("one second deadline, singular")
        << 1000 << Failure::Timeout << QStringLiteral("longer than 1 second;");
    QTest::newRow("deadline longer than the trickle") << 10'000 << Failure::None << QString();
}

// A server that keeps sending now and then never trips the transfer timeout, which only
// measures silence; the deadline bounds the whole transfer.
void TestFetcher::deadline()
{
    QFETCH(int, deadlineMs);
    QFETCH(Failure, failure);
    QFETCH(QString, duration);

    TestServer server;
    QVERIFY(server.listen());
    const QByteArray body = R"({"status":"success","data":{"_id":"cd-2"}})";
    TestServer::Reply slow = TestServer::jsonReply(body);
    slow.trickleBytes = 2;
    slow.trickleIntervalMs = 100;
    server.setCampaignReply(slow);
    ConnectionSettings settings = settingsFor(server);
    settings.timeoutMs = 1000;
    settings.deadlineMs = deadlineMs;

    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settings, &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, failure);
    if (failure == Failure::None) {
        QCOMPARE(outcome.response.body, body);
        return;
    }
    QVERIFY2(outcome.message.contains(duration), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("whole transfer")),
             qPrintable(outcome.message));
    // The message states the deadline, so the stop must not come before it.
    QVERIFY2(clock.elapsed() >= deadlineMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() < deadlineMs + 1000);
    QVERIFY(outcome.response.body.size() < body.size());
}

// A coarse timer may fire up to 5% early, which no single run shows reliably, so the timer
// kind is checked directly.
void TestFetcher::timersArePrecise()
{
    CampaignFetcher fetcher;
    const QList<QTimer *> timers = fetcher.findChildren<QTimer *>();
    QVERIFY(!timers.isEmpty());
    for (const QTimer *timer : timers)
        QCOMPARE(timer->timerType(), Qt::PreciseTimer);
}

void TestFetcher::cancel()
{
    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply silent;
    silent.neverAnswer = true;
    server.setCampaignReply(silent);

    CampaignFetcher fetcher;
    QSignalSpy finished(&fetcher, &CampaignFetcher::finished);
    QSignalSpy received(&server, &TestServer::requestReceived);
    QVERIFY(fetcher.start(settingsFor(server)));
    QVERIFY(fetcher.isRunning());
    QVERIFY(received.wait(5000));
    fetcher.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!fetcher.isRunning());
    const auto outcome = finished.at(0).at(0).value<CampaignFetcher::Outcome>();
    QCOMPARE(outcome.failure, Failure::Cancelled);
    QVERIFY(outcome.message.contains(QLatin1String("cancelled")));

    fetcher.cancel(); // nothing running: no second signal
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

// A second start drops the first request silently: one finished signal, for the second one.
void TestFetcher::secondStartReplacesFirst()
{
    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply late = TestServer::jsonReply(R"({"status":"success","data":{}})");
    late.delayMs = 100;
    server.setCampaignReply(late);

    CampaignFetcher fetcher;
    QSignalSpy finished(&fetcher, &CampaignFetcher::finished);
    QVERIFY(fetcher.start(settingsFor(server)));
    ConnectionSettings second = settingsFor(server);
    second.campaignId = QStringLiteral("cd-second");
    QVERIFY(fetcher.start(second));
    QVERIFY(finished.wait(5000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<CampaignFetcher::Outcome>();
    QCOMPARE(outcome.failure, Failure::None);
    QVERIFY(outcome.response.url.path().endsWith(QLatin1String("/cd-second")));
}

void TestFetcher::invalidSettingsStartNothing()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = settingsFor(server);
    settings.token.clear();

    CampaignFetcher fetcher;
    QSignalSpy finished(&fetcher, &CampaignFetcher::finished);
    QVERIFY(!fetcher.start(settings));
    QVERIFY(!fetcher.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(server.requests().size(), 0);
}

void TestFetcher::sameOriginRedirectFollowed_data()
{
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<int>("status");

    QTest::newRow("absolute location, 302") << true << 302;
    QTest::newRow("relative location, 301") << false << 301;
    QTest::newRow("absolute location, 307") << true << 307;
}

void TestFetcher::sameOriginRedirectFollowed()
{
    QFETCH(bool, absolute);
    QFETCH(int, status);

    TestServer server;
    QVERIFY(server.listen());
    const QUrl moved = absolute ? server.baseUrl().resolved(QUrl(QStringLiteral("/moved?x=1")))
                                : QUrl(QStringLiteral("/moved?x=1"));
    server.setCampaignReply(TestServer::redirectReply(moved, status));
    const QByteArray body = R"({"status":"success","data":{"_id":"cd-2"}})";
    server.setReply("/moved", TestServer::jsonReply(body));

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(server), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::None);
    QCOMPARE(outcome.response.statusCode, 200);
    QCOMPARE(outcome.response.body, body);
    QCOMPARE(outcome.response.url.path(), QStringLiteral("/moved"));
    // Each hop is a request of its own, so the first URL and the target are asked once each.
    const QList<TestServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.constFirst().path, campaignPath);
    QCOMPARE(requests.constLast().path, QByteArray("/moved"));
    QCOMPARE(requests.constLast().query, QByteArray("x=1"));
    QCOMPARE(requests.constLast().header("auth"), testToken);
}

void TestFetcher::crossOriginRedirectRefused_data()
{
    QTest::addColumn<bool>("sameHostOtherPort");

    QTest::newRow("other server, other port") << true;
    QTest::newRow("other host name for the same server") << false;
}

void TestFetcher::crossOriginRedirectRefused()
{
    QFETCH(bool, sameHostOtherPort);

    TestServer first;
    TestServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    second.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    // "localhost" names the same machine, yet it is another origin than the typed 127.0.0.1.
    QUrl target = second.baseUrl();
    if (!sameHostOtherPort) {
        target = first.baseUrl();
        target.setHost(QStringLiteral("localhost"));
    }
    target.setPath(QString::fromLatin1(campaignPath));
    first.setCampaignReply(TestServer::redirectReply(target));

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(first), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::Redirect);
    const QString targetOrigin = target.adjusted(QUrl::RemovePath).toString();
    QVERIFY2(outcome.message.contains(targetOrigin), qPrintable(outcome.message));
    QTest::qWait(200);
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(second.requests().size(), 0);
}

void TestFetcher::redirectLoopIsRedirectFailure_data()
{
    QTest::addColumn<int>("status");

    QTest::newRow("302 to the same URL") << 302;
    QTest::newRow("307 to the same URL") << 307;
}

// A server that redirects to itself must end as a refused redirect that says so, not as an
// HTTP answer with an odd status and no body.
void TestFetcher::redirectLoopIsRedirectFailure()
{
    QFETCH(int, status);

    TestServer server;
    QVERIFY(server.listen());
    QUrl self = server.baseUrl();
    self.setPath(QString::fromLatin1(campaignPath));
    self.setQuery(QStringLiteral("accountId=acc-1"));
    server.setCampaignReply(TestServer::redirectReply(self, status));

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(server), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::Redirect);
    QVERIFY2(outcome.message.contains(QLatin1String("too many redirects"), Qt::CaseInsensitive),
             qPrintable(outcome.message));
    const QString shown = server.host() + QLatin1String(campaignPath) + u"?accountId=***";
    QVERIFY2(outcome.message.contains(shown), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QLatin1String("acc-1")), qPrintable(outcome.message));
    // The first request and 20 followed hops; the 21st redirect is not followed.
    QCOMPARE(server.requests().size(), 21);
}

void TestFetcher::sizeCap_data()
{
    QTest::addColumn<int>("bodySize");
    QTest::addColumn<bool>("sendContentLength");
    QTest::addColumn<Failure>("failure");

    QTest::newRow("declared length over the cap") << 200'000 << true << Failure::TooLarge;
    QTest::newRow("undeclared length over the cap") << 200'000 << false << Failure::TooLarge;
    QTest::newRow("one byte over the cap") << 1001 << true << Failure::TooLarge;
    QTest::newRow("exactly the cap") << 1000 << true << Failure::None;
    QTest::newRow("exactly the cap, undeclared") << 1000 << false << Failure::None;
}

void TestFetcher::sizeCap()
{
    QFETCH(int, bodySize);
    QFETCH(bool, sendContentLength);
    QFETCH(Failure, failure);

    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply big = TestServer::jsonReply(QByteArray(bodySize, ' '));
    big.sendContentLength = sendContentLength;
    server.setCampaignReply(big);
    ConnectionSettings settings = settingsFor(server);
    settings.maxResponseBytes = 1000;

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settings, &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, failure);
    if (failure == Failure::TooLarge)
        QVERIFY2(outcome.message.contains(QRegularExpression(QStringLiteral("\\b1,?000 bytes"))),
                 qPrintable(outcome.message));
    else
        QCOMPARE(outcome.response.body.size(), bodySize);
}

void TestFetcher::tlsSelfSignedRefused()
{
    TestServer server;
    QString error;
    if (!server.listenTls(&error))
        QSKIP(qPrintable(QLatin1String("needs the openssl tool for a test certificate: ") + error));
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    QVERIFY(server.host().startsWith(QLatin1String("https://127.0.0.1:")));

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settingsFor(server), &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::Tls);
    const QString problem = QSslError(QSslError::SelfSignedCertificate).errorString();
    QVERIFY2(outcome.message.contains(problem), qPrintable(outcome.message));
    QCOMPARE(server.requests().size(), 0);
}

void TestFetcher::connectionRefused()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    settings.streamId = QStringLiteral("st-1");
    settings.accountId = QStringLiteral("acc-1");
    settings.campaignId = QStringLiteral("cd-2");
    settings.token = QString::fromLatin1(testToken);

    bool ok = false;
    const CampaignFetcher::Outcome outcome = fetchOnce(settings, &ok);
    QVERIFY(ok);
    QCOMPARE(outcome.failure, Failure::Network);
    QVERIFY2(outcome.message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QLatin1String("accountId=***")));
}

void TestFetcher::destroyedMidRequest()
{
    TestServer server;
    QVERIFY(server.listen());
    TestServer::Reply late = TestServer::jsonReply(R"({"status":"success","data":{}})");
    late.delayMs = 100;
    server.setCampaignReply(late);

    auto fetcher = std::make_unique<CampaignFetcher>();
    int finishedCount = 0;
    connect(fetcher.get(), &CampaignFetcher::finished, this, [&] { ++finishedCount; });
    QSignalSpy received(&server, &TestServer::requestReceived);
    QVERIFY(fetcher->start(settingsFor(server)));
    QVERIFY(received.wait(5000));
    fetcher.reset();
    QTest::qWait(300);
    QCOMPARE(finishedCount, 0);
}

void TestFetcher::logNeverHoldsToken()
{
    TestServer server;
    QVERIFY(server.listen());
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    bool ok = false;
    server.setCampaignReply(
        TestServer::jsonReply(fixture(QStringLiteral("05-error-invalid-jwt.json")), 401));
    fetchOnce(settingsFor(server), &ok);
    const bool failedOk = ok;
    server.setCampaignReply(TestServer::jsonReply(R"({"status":"success","data":{}})"));
    fetchOnce(settingsFor(server), &ok);
    qInstallMessageHandler(previous);

    QVERIFY(failedOk && ok);
    QVERIFY(capturedLog.size() >= 2); // one line per finished request, so the check has teeth
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(QString::fromLatin1(testToken)), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("acc-1")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
