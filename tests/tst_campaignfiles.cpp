// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaignexporter.h"
#include "campaignloader.h"
#include "jsontreemodel.h"
#include "responseinterpreter.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using Problem = ResponseInterpreter::Problem;

namespace {

using TestFiles::fixture;

QString fixturePath(const QString &name)
{
    return QStringLiteral(INSPECTOR_TEST_DATA "/") + name;
}

QByteArray sample()
{
    return fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"));
}

HttpResponse response(int status, const char *reason, const char *contentType,
                      const QByteArray &body)
{
    HttpResponse result;
    result.url = QUrl(QStringLiteral("https://platform.kore.ai/campaign/api/v2/public/st-1/"
                                     "campaign/cd-1?accountId=a1"));
    result.statusCode = status;
    result.reasonPhrase = QString::fromLatin1(reason);
    result.contentType = QString::fromLatin1(contentType);
    result.body = body;
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

ResponseInterpreter::Result waitForResult(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20'000))
        return {Problem::Http, QStringLiteral("test: no result arrived"), nullptr};
    return spy.first().first().value<ResponseInterpreter::Result>();
}

// A body that takes the worker noticeably longer than a small one.
QByteArray slowBody()
{
    QByteArray body = R"({"status":"success","data":{"name":"slow","contactLists":[)";
    for (int i = 0; i < 400'000; ++i)
        body += "\"contact list\",";
    body += R"("last"]}})";
    return body;
}

QByteArray smallBody(const char *name)
{
    return QByteArray(R"({"status":"success","data":{"name":")") + name + R"("}})";
}

CampaignDocument documentNamed(const QString &name, const QString &id)
{
    CampaignDocument document;
    document.name = name;
    document.id = id;
    return document;
}

} // namespace

class TstCampaignFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpretResponse_data();
    void interpretResponse();
    void responseDocumentFields();
    void idFallsBackToId();
    void interpretFile_data();
    void interpretFile();
    void bareCampaignFile();
    void documentCarriesRawIndex_data();
    void documentCarriesRawIndex();
    void loaderDeliversOnOwnThread();
    void loaderFile_data();
    void loaderFile();
    void loaderRefusesHugeFile();
    void loaderRefusesPipe_data();
    void loaderRefusesPipe();
    void loaderReportsNewestOnly();
    void loaderDiesMidLoad();
    void exportExact();
    void exportPretty();
    void suggestedFileName_data();
    void suggestedFileName();
    void writeFileWrites();
    void writeFileFailures_data();
    void writeFileFailures();
    void writeFileRefusesSpecialTarget_data();
    void writeFileRefusesSpecialTarget();
    void writeFileFollowsLink();
    void failedWriteKeepsOldFile();
};

void TstCampaignFiles::interpretResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("omits");

    const QByteArray json = "application/json";
    const QString http401 = QStringLiteral("HTTP 401 Unauthorized");
    const QByteArray bigLine = "Error: " + QByteArray(500, 'z') + "\nsecond line";

    QTest::newRow("200 success envelope") << 200 << QByteArray("OK") << json << sample()
                                          << Problem::None << QStringList() << QStringList();
    QTest::newRow("401 errors envelope")
        << 401 << QByteArray("Unauthorized") << json
        << fixture(QStringLiteral("05-error-invalid-jwt.json")) << Problem::KoreError
        << QStringList{http401, QStringLiteral("Invalid JWT token (code 4002)")} << QStringList();
    QTest::newRow("200 errors envelope, no HTTP status in message")
        << 200 << QByteArray("OK") << json
        << QByteArray(R"({"errors":[{"msg":"Rate limit reached","code":429}]})")
        << Problem::KoreError << QStringList{QStringLiteral("Rate limit reached (code 429)")}
        << QStringList{QStringLiteral("HTTP")};
    QTest::newRow("errors envelope with two messages")
        << 412 << QByteArray("Precondition Failed") << json
        << QByteArray(R"({"errors":[{"msg":"First","code":1},{"msg":"Second"}]})")
        << Problem::KoreError
        << QStringList{QStringLiteral("HTTP 412 Precondition Failed"),
                       QStringLiteral("First (code 1); Second")}
        << QStringList();
    QTest::newRow("500 status failure envelope")
        << 500 << QByteArray("Internal Server Error") << json
        << QByteArray(R"({"status":"failure","message":"Campaign not found"})")
        << Problem::KoreError
        << QStringList{QStringLiteral("HTTP 500 Internal Server Error"),
                       QStringLiteral("Campaign not found")}
        << QStringList();
    QTest::newRow("200 status error envelope")
        << 200 << QByteArray("OK") << json
        << QByteArray(R"({"status":"error","message":"Invalid type"})") << Problem::KoreError
        << QStringList{QStringLiteral("Invalid type")} << QStringList{QStringLiteral("HTTP")};
    QTest::newRow("failure envelope without message")
        << 200 << QByteArray("OK") << json << QByteArray(R"({"status":"failure"})")
        << Problem::KoreError << QStringList{QStringLiteral("no message given")} << QStringList();
    QTest::newRow("502 HTML page")
        << 502 << QByteArray("Bad Gateway") << QByteArray("text/html")
        << QByteArray("\n  <html><head><title>502 Bad Gateway</title></head>\n<body></body>")
        << Problem::Http
        << QStringList{QStringLiteral("HTTP 502 Bad Gateway"), QStringLiteral("text/html"),
                       QStringLiteral("not JSON"),
                       QStringLiteral("<html><head><title>502 Bad Gateway</title></head>")}
        << QStringList{QStringLiteral("<body>")};
    QTest::newRow("200 plain text")
        << 200 << QByteArray("OK") << QByteArray("text/plain") << QByteArray("pong\n")
        << Problem::NotJson
        << QStringList{QStringLiteral("text/plain"), QStringLiteral("not JSON"),
                       QStringLiteral("It begins: pong")}
        << QStringList();
    QTest::newRow("200 without content type")
        << 200 << QByteArray("OK") << QByteArray() << QByteArray("pong") << Problem::NotJson
        << QStringList{QStringLiteral("no content type")} << QStringList();
    QTest::newRow("first line cleaned and cut")
        << 200 << QByteArray("OK") << QByteArray("text/plain")
        << QByteArray("\x01\x02 Error:\t\x7f") + bigLine.mid(7) << Problem::NotJson
        << QStringList{QStringLiteral("Error: zzz"), QString(QChar(0x2026))}
        << QStringList{QStringLiteral("second line"), QString(QChar(0x01)), QString(QChar(0x7f)),
                       QString(300, u'z')};
    QTest::newRow("200 empty body") << 200 << QByteArray("OK") << json << QByteArray()
                                    << Problem::Empty
                                    << QStringList{QStringLiteral("empty body")} << QStringList();
    QTest::newRow("200 whitespace only") << 200 << QByteArray("OK") << json
                                         << QByteArray(" \r\n\t ") << Problem::Empty
                                         << QStringList{QStringLiteral("HTTP 200 OK")}
                                         << QStringList();
    QTest::newRow("404 empty body")
        << 404 << QByteArray("Not Found") << QByteArray() << QByteArray() << Problem::Http
        << QStringList{QStringLiteral("HTTP 404 Not Found"), QStringLiteral("empty body")}
        << QStringList();
    QTest::newRow("404 JSON without envelope")
        << 404 << QByteArray("Not Found") << json << QByteArray(R"({"path":"/x"})")
        << Problem::Http << QStringList{QStringLiteral("HTTP 404 Not Found")} << QStringList();
    QTest::newRow("500 body claims success")
        << 500 << QByteArray("Internal Server Error") << json << sample() << Problem::Http
        << QStringList{QStringLiteral("HTTP 500")} << QStringList();
    QTest::newRow("503 without reason phrase")
        << 503 << QByteArray() << QByteArray("text/html") << QByteArray("<p>busy</p>")
        << Problem::Http << QStringList{QStringLiteral("HTTP 503 ")} << QStringList();
    QTest::newRow("200 top-level array")
        << 200 << QByteArray("OK") << json << QByteArray(R"([{"status":"success"}])")
        << Problem::NotCampaign << QStringList{QStringLiteral("array")} << QStringList();
    QTest::newRow("200 success without data")
        << 200 << QByteArray("OK") << json << QByteArray(R"({"status":"success","message":"x"})")
        << Problem::NotCampaign << QStringList{QStringLiteral("\"data\"")} << QStringList();
    QTest::newRow("200 data that is not an object")
        << 200 << QByteArray("OK") << json << QByteArray(R"({"status":"success","data":[1]})")
        << Problem::NotCampaign << QStringList{QStringLiteral("\"data\"")} << QStringList();
    QTest::newRow("200 start-campaign answer")
        << 200 << QByteArray("OK") << json
        << QByteArray(R"({"status":"Active","message":"Campaign Started"})")
        << Problem::NotCampaign << QStringList{QStringLiteral("\"Active\"")} << QStringList();
    QTest::newRow("200 bare campaign is not a response")
        << 200 << QByteArray("OK") << json << QByteArray(R"({"_id":"cd-1","name":"N"})")
        << Problem::NotCampaign << QStringList() << QStringList();
    QTest::newRow("200 10000 nested arrays")
        << 200 << QByteArray("OK") << json
        << QByteArray(10'000, '[') + QByteArray(10'000, ']') << Problem::NotJson
        << QStringList{QStringLiteral("too deeply nested")} << QStringList();
    QTest::newRow("200 NUL bytes")
        << 200 << QByteArray("OK") << json << QByteArray("{\"a\":\0\"b\"}", 10)
        << Problem::NotJson << QStringList{QStringLiteral("not JSON")}
        << QStringList{QString(QChar(0))};
    QTest::newRow("200 invalid UTF-8")
        << 200 << QByteArray("OK") << json << QByteArray("{\"a\":\"\xff\xfe\"}")
        << Problem::NotJson << QStringList{QStringLiteral("not JSON")} << QStringList();
    QTest::newRow("huge error message is cut")
        << 400 << QByteArray("Bad Request") << json
        << QByteArray(R"({"status":"error","message":")") + QByteArray(2'000'000, 'm') + "\"}"
        << Problem::KoreError << QStringList{QString(QChar(0x2026))}
        << QStringList{QString(200, u'm')};
}

void TstCampaignFiles::interpretResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Problem, problem);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, omits);

    const auto result = ResponseInterpreter::interpretResponse(
        response(status, reason.constData(), contentType.constData(), body));
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.isOk(), problem == Problem::None);
    QCOMPARE(result.document != nullptr, problem == Problem::None);
    QCOMPARE(result.message.isEmpty(), problem == Problem::None);
    for (const QString &mention : mentions)
        QVERIFY2(result.message.contains(mention), qPrintable(result.message));
    for (const QString &omitted : omits)
        QVERIFY2(!result.message.contains(omitted), qPrintable(result.message));
}

void TstCampaignFiles::responseDocumentFields()
{
    const HttpResponse answer = response(200, "OK", "application/json", sample());
    const auto result = ResponseInterpreter::interpretResponse(answer);
    QVERIFY(result.isOk());
    const CampaignDocument &document = *result.document;
    QCOMPARE(document.raw, sample());
    QCOMPARE(document.name, QStringLiteral("Appointment Reminder Agentless Q3"));
    QCOMPARE(document.id, QStringLiteral("cd-4f2a9c1-7b3e-4d21-9a6f-2c81e0dxxxxx"));
    QCOMPARE(document.source, answer.url.toString());
    QCOMPARE(document.json.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("success"));
    QCOMPARE(document.campaign.value(QStringLiteral("dialingMode")).toString(),
             QStringLiteral("Agentless"));
    QVERIFY(document.schedule.present);
    QCOMPARE(document.schedule.timeZoneId, QStringLiteral("America/New_York"));
    QCOMPARE(document.schedule.windows.size(), 5);
}

void TstCampaignFiles::idFallsBackToId()
{
    const auto result = ResponseInterpreter::interpretResponse(response(
        201, "Created", "application/json",
        R"({"status":"success","message":"creation in progress",)"
        R"("data":{"id":"cd-9","name":"New"}})"));
    QVERIFY(result.isOk());
    QCOMPARE(result.document->id, QStringLiteral("cd-9"));
    QVERIFY(!result.document->schedule.present);
}

void TstCampaignFiles::interpretFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("whole response") << sample() << Problem::None
                                    << QStringLiteral("Appointment Reminder Agentless Q3")
                                    << QStringList();
    QTest::newRow("bare campaign with dialingStrategy")
        << QByteArray(R"({"status":"Ready","dialingStrategy":{}})") << Problem::None << QString()
        << QStringList();
    QTest::newRow("bare campaign with only a name")
        << QByteArray(R"({"name":"Only a name"})") << Problem::None
        << QStringLiteral("Only a name") << QStringList();
    QTest::newRow("error envelope file")
        << fixture(QStringLiteral("05-error-invalid-jwt.json")) << Problem::KoreError << QString()
        << QStringList{QStringLiteral("saved.json"), QStringLiteral("Invalid JWT token")};
    QTest::newRow("failure envelope file")
        << QByteArray(R"({"status":"failure","message":"gone"})") << Problem::KoreError
        << QString() << QStringList{QStringLiteral("saved.json"), QStringLiteral("gone")};
    QTest::newRow("not JSON") << QByteArray("Hello,\nworld") << Problem::NotJson << QString()
                              << QStringList{QStringLiteral("saved.json"),
                                             QStringLiteral("It begins: Hello,")};
    QTest::newRow("empty file") << QByteArray() << Problem::Empty << QString()
                                << QStringList{QStringLiteral("saved.json"),
                                               QStringLiteral("empty")};
    QTest::newRow("top-level array") << QByteArray("[1,2]") << Problem::NotCampaign << QString()
                                     << QStringList{QStringLiteral("saved.json"),
                                                    QStringLiteral("array")};
    QTest::newRow("object without campaign fields")
        << QByteArray(R"({"foo":1})") << Problem::NotCampaign << QString()
        << QStringList{QStringLiteral("saved.json")};
    QTest::newRow("response that failed to find data")
        << QByteArray(R"({"status":"success"})") << Problem::NotCampaign << QString()
        << QStringList{QStringLiteral("\"data\"")};
    QTest::newRow("deep nesting")
        << QByteArray(10'000, '[') + QByteArray(10'000, ']') << Problem::NotJson << QString()
        << QStringList{QStringLiteral("too deeply nested")};
    QTest::newRow("huge name")
        << QByteArray(R"({"name":")") + QByteArray(5'000'000, 'n') + "\"}" << Problem::None
        << QString(5'000'000, u'n') << QStringList();
}

void TstCampaignFiles::interpretFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Problem, problem);
    QFETCH(QString, name);
    QFETCH(QStringList, mentions);

    const QString fileName = QStringLiteral("/tmp/saved.json");
    const auto result = ResponseInterpreter::interpretFile(bytes, fileName);
    QCOMPARE(result.problem, problem);
    for (const QString &mention : mentions)
        QVERIFY2(result.message.contains(mention), qPrintable(result.message.left(300)));
    if (problem != Problem::None)
        return;
    QCOMPARE(result.document->name, name);
    QCOMPARE(result.document->source, QStringLiteral("/tmp/saved.json"));
    QCOMPARE(result.document->raw, bytes);
}

void TstCampaignFiles::bareCampaignFile()
{
    const QJsonObject campaign =
        QJsonDocument::fromJson(sample()).object().value(QStringLiteral("data")).toObject();
    const QByteArray bare = QJsonDocument(campaign).toJson();
    const auto result = ResponseInterpreter::interpretFile(bare, QStringLiteral("bare.json"));
    QVERIFY(result.isOk());
    QCOMPARE(result.document->campaign, campaign);
    QCOMPARE(result.document->json.object(), campaign);
    QCOMPARE(result.document->id, QStringLiteral("cd-4f2a9c1-7b3e-4d21-9a6f-2c81e0dxxxxx"));
    QCOMPARE(result.document->schedule.timeZoneId, QStringLiteral("America/New_York"));
}

void TstCampaignFiles::documentCarriesRawIndex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("topKeys");

    QTest::newRow("small file, indexed after the parse")
        << QByteArray(R"({"status":"success","zeta":1,"data":{"name":"Small"}})")
        << QStringList{QStringLiteral("status"), QStringLiteral("zeta"), QStringLiteral("data")};
    // Over 256 KiB the index is made on a second thread while the bytes are parsed.
    QByteArray large = R"({"status":"success","zeta":[)";
    for (int i = 0; i < 40'000; ++i)
        large += "\"contact list\",";
    large += R"("last"],"data":{"name":"Large"}})";
    QTest::newRow("large file, indexed beside the parse")
        << large
        << QStringList{QStringLiteral("status"), QStringLiteral("zeta"), QStringLiteral("data")};
}

void TstCampaignFiles::documentCarriesRawIndex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, topKeys);

    const auto result = ResponseInterpreter::interpretFile(bytes, QStringLiteral("in.json"));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(result.document->rawIndex);

    JsonTreeModel model;
    model.setDocument(result.document->json, result.document->raw, result.document->rawIndex);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, JsonTreeModel::KeyColumn).data().toString());
    QCOMPARE(keys, topKeys);
}

void TstCampaignFiles::loaderDeliversOnOwnThread()
{
    CampaignLoader loader;
    QThread *deliveredOn = nullptr;
    connect(&loader, &CampaignLoader::loaded, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    QSignalSpy spy(&loader, &CampaignLoader::loaded);
    loader.loadResponse(response(200, "OK", "application/json", sample()));
    // Never synchronous: the work happens on a worker and comes back through the event loop.
    QCOMPARE(spy.count(), 0);
    const auto result = waitForResult(spy);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(result.document->name, QStringLiteral("Appointment Reminder Agentless Q3"));
}

void TstCampaignFiles::loaderFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("mention");

    QTest::newRow("saved response")
        << fixturePath(QStringLiteral("01-voice-agentless-weekly-ready.json"))
                                    << Problem::None << QString();
    QTest::newRow("saved error envelope")
        << fixturePath(QStringLiteral("05-error-invalid-jwt.json"))
                                          << Problem::KoreError
                                          << QStringLiteral("05-error-invalid-jwt.json");
    QTest::newRow("missing file") << fixturePath(QStringLiteral("model-no-such-file.json"))
                                  << Problem::Unreadable << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral(INSPECTOR_TEST_DATA) << Problem::Unreadable
                              << QStringLiteral("folder");
}

void TstCampaignFiles::loaderFile()
{
    QFETCH(QString, path);
    QFETCH(Problem, problem);
    QFETCH(QString, mention);

    CampaignLoader loader;
    QSignalSpy spy(&loader, &CampaignLoader::loaded);
    loader.loadFile(path);
    const auto result = waitForResult(spy);
    QCOMPARE(result.problem, problem);
    QVERIFY2(result.message.contains(mention), qPrintable(result.message));
    if (problem == Problem::None)
        QCOMPARE(result.document->source, path);
}

void TstCampaignFiles::loaderRefusesHugeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile huge(path);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    // Sparse: the size is what counts, nothing is written.
    QVERIFY(huge.resize(CampaignLoader::maxFileBytes + 1));
    huge.close();

    CampaignLoader loader;
    QSignalSpy spy(&loader, &CampaignLoader::loaded);
    loader.loadFile(path);
    const auto result = waitForResult(spy);
    QCOMPARE(result.problem, Problem::Unreadable);
    QVERIFY2(result.message.contains(QStringLiteral("too large")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("huge.json")), qPrintable(result.message));
}

void TstCampaignFiles::loaderRefusesPipe_data()
{
    QTest::addColumn<bool>("throughLink");

    QTest::newRow("the pipe itself") << false;
    QTest::newRow("a link to the pipe") << true;
}

// A pipe with no writer would block the worker in open(), and the loader's destructor with it.
void TstCampaignFiles::loaderRefusesPipe()
{
#ifdef Q_OS_UNIX
    QFETCH(bool, throughLink);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pipe = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString path = throughLink ? dir.filePath(QStringLiteral("link.json")) : pipe;
    if (throughLink)
        QVERIFY(QFile::link(pipe, path));

    CampaignLoader loader;
    QSignalSpy spy(&loader, &CampaignLoader::loaded);
    loader.loadFile(path);
    const auto result = waitForResult(spy);
    if (spy.isEmpty()) {
        // A blocked worker is freed by a writer that comes and goes, so the test can end.
        QFile writer(pipe);
        QVERIFY(writer.open(QIODevice::WriteOnly));
    }
    QCOMPARE(result.problem, Problem::Unreadable);
    QVERIFY2(result.message.contains(QStringLiteral("not a regular file")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QFileInfo(path).fileName()), qPrintable(result.message));
#else
    QSKIP("needs mkfifo");
#endif
}

void TstCampaignFiles::loaderReportsNewestOnly()
{
    CampaignLoader loader;
    QSignalSpy spy(&loader, &CampaignLoader::loaded);
    loader.loadBytes(slowBody(), QStringLiteral("slow.json"));
    loader.loadBytes(smallBody("first small"), QStringLiteral("a.json"));
    loader.loadBytes(smallBody("newest"), QStringLiteral("b.json"));
    const auto result = waitForResult(spy);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.document->name, QStringLiteral("newest"));

    // Give the older jobs every chance to finish: none of them may be reported.
    QTest::qWait(1500);
    QCOMPARE(spy.count(), 1);
}

void TstCampaignFiles::loaderDiesMidLoad()
{
    auto loader = std::make_unique<CampaignLoader>();
    QSignalSpy spy(loader.get(), &CampaignLoader::loaded);
    loader->loadBytes(slowBody(), QStringLiteral("slow.json"));
    loader->loadFile(fixturePath(QStringLiteral("01-voice-agentless-weekly-ready.json")));
    loader.reset(); // joins the workers; their results must go nowhere
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
}

void TstCampaignFiles::exportExact()
{
    const auto result = ResponseInterpreter::interpretFile(sample(), QStringLiteral("s.json"));
    QVERIFY(result.isOk());
    QCOMPARE(CampaignExporter::exportBytes(*result.document, CampaignExporter::Format::Exact),
             sample());
}

void TstCampaignFiles::exportPretty()
{
    const QByteArray input = fixture(QStringLiteral("model-pretty-input.json"));
    const auto result = ResponseInterpreter::interpretFile(input, QStringLiteral("p.json"));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    const QByteArray pretty =
        CampaignExporter::exportBytes(*result.document, CampaignExporter::Format::Pretty);
    QCOMPARE(pretty, fixture(QStringLiteral("model-pretty-expected.json")));
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(input));

    // Pretty-printing pretty output changes nothing.
    const auto again = ResponseInterpreter::interpretFile(pretty, QStringLiteral("p2.json"));
    QCOMPARE(CampaignExporter::exportBytes(*again.document, CampaignExporter::Format::Pretty),
             pretty);
}

void TstCampaignFiles::suggestedFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name and id") << QStringLiteral("Product Feedback Voice Campaign-3.41")
                                 << QStringLiteral("cd-9e14b72")
        << QStringLiteral("Product-Feedback-Voice-Campaign-3.41-cd-9e14b72.json");
    QTest::newRow("slashes and spaces collapse")
        << QStringLiteral("a / b  \\ c") << QStringLiteral("x") << QStringLiteral("a-b-c-x.json");
    QTest::newRow("accents lose their marks")
        << QStringLiteral("Café Düsseldorf") << QString()
        << QStringLiteral("Cafe-Dusseldorf.json");
    QTest::newRow("leading dots cannot hide the file")
        << QStringLiteral("../../etc/passwd") << QString() << QStringLiteral("etc-passwd.json");
    QTest::newRow("only id") << QString() << QStringLiteral("cd-1") << QStringLiteral("cd-1.json");
    QTest::newRow("nothing usable") << QStringLiteral("✓✓✓") << QStringLiteral("  ")
                                    << QStringLiteral("campaign.json");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("campaign.json");
    QTest::newRow("existing extension not doubled")
        << QStringLiteral("report.json") << QString() << QStringLiteral("report.json");
    QTest::newRow("long name capped") << QString(300, u'a') << QStringLiteral("cd-1")
                                      << QString(96, u'a') + QStringLiteral(".json");
    QTest::newRow("cut lands on a dash")
        << QString(95, u'b') + QStringLiteral(" tail") << QString()
        << QString(95, u'b') + QStringLiteral(".json");
}

void TstCampaignFiles::suggestedFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, expected);

    QCOMPARE(CampaignExporter::suggestedFileName(documentNamed(name, id)), expected);
}

void TstCampaignFiles::writeFileWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeBytes(path, "old"));
    QCOMPARE(CampaignExporter::writeFile(path, sample()), QString());
    QCOMPARE(readFile(path), sample());
}

void TstCampaignFiles::writeFileFailures_data()
{
    QTest::addColumn<QString>("relativeTarget");
    QTest::addColumn<QString>("keptFile");

    QTest::newRow("parent is a regular file")
        << QStringLiteral("blocker/out.json") << QStringLiteral("blocker");
    QTest::newRow("target is an existing folder")
        << QStringLiteral("folder") << QStringLiteral("folder/inside.json");
}

void TstCampaignFiles::writeFileFailures()
{
    QFETCH(QString, relativeTarget);
    QFETCH(QString, keptFile);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("blocker")), "keep me"));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("folder/inside.json")), "keep me"));

    const QString target = dir.filePath(relativeTarget);
    const QString message = CampaignExporter::writeFile(target, sample());
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
    QVERIFY2(message.size() > QDir::toNativeSeparators(target).size() + 20, qPrintable(message));
    QCOMPARE(readFile(dir.filePath(keptFile)), QByteArray("keep me"));
}

void TstCampaignFiles::writeFileRefusesSpecialTarget_data()
{
    QTest::addColumn<QString>("relativeTarget");
    QTest::addColumn<QString>("messageWord");

    QTest::newRow("named pipe") << QStringLiteral("pipe") << QStringLiteral("not a regular file");
    QTest::newRow("link to a named pipe")
        << QStringLiteral("link-to-pipe") << QStringLiteral("not a regular file");
    QTest::newRow("link to a missing file")
        << QStringLiteral("dangling-link") << QStringLiteral("missing");
    QTest::newRow("link to a folder")
        << QStringLiteral("link-to-folder") << QStringLiteral("folder");
}

// A pipe stands in for a device here: writing to a real device in a test could replace it.
void TstCampaignFiles::writeFileRefusesSpecialTarget()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, relativeTarget);
    QFETCH(QString, messageWord);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pipe = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QFile::link(pipe, dir.filePath(QStringLiteral("link-to-pipe"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.json")),
                        dir.filePath(QStringLiteral("dangling-link"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("folder")),
                        dir.filePath(QStringLiteral("link-to-folder"))));
    const QString target = dir.filePath(relativeTarget);
    const QString before = QFileInfo(target).symLinkTarget();

    const QString message = CampaignExporter::writeFile(target, sample());
    QVERIFY2(message.contains(messageWord), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
    struct stat status {};
    QCOMPARE(lstat(QFile::encodeName(pipe).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    QCOMPARE(QFileInfo(target).symLinkTarget(), before);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("gone.json"))));
    // Nothing was added beside the five entries made above: no temporary file was left.
    const auto everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
    QCOMPARE(QDir(dir.path()).entryList(everything).size(), 5);
#else
    QSKIP("needs mkfifo and symbolic links");
#endif
}

// Saving over a link writes the file it points to and keeps the link, as editors do.
void TstCampaignFiles::writeFileFollowsLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/campaign.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(writeBytes(real, "old"));
    if (!QFile::link(real, link))
        QSKIP("needs symbolic links");

    QCOMPARE(CampaignExporter::writeFile(link, sample()), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), real);
    QCOMPARE(readFile(real), sample());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files),
             QStringList {QStringLiteral("campaign.json")});
}

void TstCampaignFiles::failedWriteKeepsOldFile()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.json"));
    QVERIFY(writeBytes(path, "the old campaign"));

    // A file size limit makes the write fail half-way, as a full disk would, even for root.
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = previous;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString message = CampaignExporter::writeFile(path, QByteArray(100'000, 'x'));
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("campaign.json")), qPrintable(message));
    QCOMPARE(readFile(path), QByteArray("the old campaign"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("campaign.json")});
#else
    QSKIP("needs RLIMIT_FSIZE to make a write fail");
#endif
}

QTEST_GUILESS_MAIN(TstCampaignFiles)
#include "tst_campaignfiles.moc"
