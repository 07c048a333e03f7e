// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "requestbuilder.h"

#include <QRegularExpression>
#include <QTest>

using Field = RequestBuilder::Field;

Q_DECLARE_METATYPE(RequestBuilder::Field)

namespace {

// Host names here are only text: nothing in this test opens a connection.
ConnectionSettings validSettings()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("platform.kore.ai");
    settings.streamId = QStringLiteral("st-1234");
    settings.accountId = QStringLiteral("5f1e0c0ffee0c0ffee0c0ffe");
    settings.campaignId = QStringLiteral("cd-5678");
    settings.token = QStringLiteral("eyJ.header.sig");
    return settings;
}

QList<Field> fieldsOf(const RequestBuilder::Result &result)
{
    QList<Field> fields;
    for (const auto &error : result.errors)
        fields.append(error.field);
    return fields;
}

} // namespace

// Checks that typed settings become exactly the right URL and headers, or name the field at fault.
class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedHosts_data();
    void acceptedHosts();
    void refusedHosts_data();
    void refusedHosts();
    void encodedIds_data();
    void encodedIds();
    void headers();
    void appIdDefault_data();
    void appIdDefault();
    void fieldErrors_data();
    void fieldErrors();
    void redactedMasksQueryValues();
};

void TestRequestBuilder::acceptedHosts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("origin");

    const QString kore = QStringLiteral("https://platform.kore.ai");
    QTest::newRow("bare host") << QStringLiteral("platform.kore.ai") << kore;
    QTest::newRow("https scheme") << QStringLiteral("https://platform.kore.ai") << kore;
    QTest::newRow("trailing slash") << QStringLiteral("https://platform.kore.ai/") << kore;
    QTest::newRow("stray spaces") << QStringLiteral("   https://platform.kore.ai/  ") << kore;
    QTest::newRow("tab and newline") << QStringLiteral("\tplatform.kore.ai\n") << kore;
    QTest::newRow("upper case") << QStringLiteral("HTTPS://Platform.Kore.AI") << kore;
    QTest::newRow("bare host with port") << QStringLiteral("eu-platform.kore.ai:8443")
                                         << QStringLiteral("https://eu-platform.kore.ai:8443");
    QTest::newRow("https with port and slash") << QStringLiteral("https://de-platform.kore.ai:443/")
                                               << QStringLiteral("https://de-platform.kore.ai:443");
    QTest::newRow("http loopback ipv4")
        << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http loopback ipv4 other address")
        << QStringLiteral("http://127.5.6.7/") << QStringLiteral("http://127.5.6.7");
    QTest::newRow("http localhost")
        << QStringLiteral(" http://localhost:9000 ") << QStringLiteral("http://localhost:9000");
    QTest::newRow("http loopback ipv6")
        << QStringLiteral("http://[::1]:9000") << QStringLiteral("http://[::1]:9000");
}

void TestRequestBuilder::acceptedHosts()
{
    QFETCH(QString, typed);
    QFETCH(QString, origin);

    QString error;
    const std::optional<QUrl> url = RequestBuilder::normaliseHost(typed, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->toString(QUrl::FullyEncoded), origin);
    QVERIFY(error.isEmpty());
}

void TestRequestBuilder::refusedHosts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reasonWord");

    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("required");
    QTest::newRow("http remote host")
        << QStringLiteral("http://platform.kore.ai") << QStringLiteral("loopback");
    QTest::newRow("http private address")
        << QStringLiteral("http://10.0.0.1:8080") << QStringLiteral("loopback");
    QTest::newRow("http name starting with localhost")
        << QStringLiteral("http://localhost.example.net") << QStringLiteral("loopback");
    QTest::newRow("ftp scheme") << QStringLiteral("ftp://platform.kore.ai")
                                << QStringLiteral("https");
    QTest::newRow("path") << QStringLiteral("https://platform.kore.ai/campaign")
                          << QStringLiteral("path");
    QTest::newRow("bare host with path")
        << QStringLiteral("platform.kore.ai/api") << QStringLiteral("path");
    QTest::newRow("query") << QStringLiteral("https://platform.kore.ai/?a=1")
                           << QStringLiteral("query");
    QTest::newRow("fragment") << QStringLiteral("https://platform.kore.ai#top")
                              << QStringLiteral("fragment");
    QTest::newRow("user info") << QStringLiteral("https://me:pw@platform.kore.ai")
                               << QStringLiteral("user name");
    QTest::newRow("space inside") << QStringLiteral("platform kore.ai")
                                  << QStringLiteral("not a valid");
    QTest::newRow("scheme only") << QStringLiteral("https://") << QStringLiteral("not a valid");
    QTest::newRow("port out of range")
        << QStringLiteral("platform.kore.ai:99999") << QStringLiteral("not a valid");
}

void TestRequestBuilder::refusedHosts()
{
    QFETCH(QString, typed);
    QFETCH(QString, reasonWord);

    QString error;
    QVERIFY(!RequestBuilder::normaliseHost(typed, &error).has_value());
    QVERIFY2(error.contains(reasonWord, Qt::CaseInsensitive), qPrintable(error));

    ConnectionSettings settings = validSettings();
    settings.host = typed;
    const RequestBuilder::Result result = RequestBuilder::build(settings);
    QCOMPARE(fieldsOf(result), QList<Field> {Field::Host});
    QCOMPARE(result.errors.constFirst().message, error);
}

void TestRequestBuilder::encodedIds_data()
{
    QTest::addColumn<QString>("streamId");
    QTest::addColumn<QString>("campaignId");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QByteArray>("encodedUrl");

    const QByteArray base = "https://platform.kore.ai/campaign/api/v2/public/";
    QTest::newRow("plain ids") << QStringLiteral("st-1") << QStringLiteral("cd-2")
                               << QStringLiteral("5f1e")
                               << base + "st-1/campaign/cd-2?accountId=5f1e";
    QTest::newRow("ids with surrounding spaces")
        << QStringLiteral(" st-1 ") << QStringLiteral("\tcd-2\n") << QStringLiteral("  5f1e")
        << base + "st-1/campaign/cd-2?accountId=5f1e";
    QTest::newRow("slashes stay inside one segment")
        << QStringLiteral("st/../x") << QStringLiteral("a/b") << QStringLiteral("5f1e")
        << base + "st%2F..%2Fx/campaign/a%2Fb?accountId=5f1e";
    QTest::newRow("question mark and hash")
        << QStringLiteral("st-1") << QStringLiteral("cd?x=1#frag") << QStringLiteral("5f1e")
        << base + "st-1/campaign/cd%3Fx%3D1%23frag?accountId=5f1e";
    QTest::newRow("percent and space")
        << QStringLiteral("st 1") << QStringLiteral("50% off") << QStringLiteral("5f1e")
        << base + "st%201/campaign/50%25%20off?accountId=5f1e";
    QTest::newRow("already escaped text is escaped again")
        << QStringLiteral("st%2F1") << QStringLiteral("cd%20") << QStringLiteral("5f1e")
        << base + "st%252F1/campaign/cd%2520?accountId=5f1e";
    QTest::newRow("unicode campaign id")
        << QStringLiteral("st-1") << QStringLiteral("caf\u00e9-\u65e5") << QStringLiteral("5f1e")
        << base + "st-1/campaign/caf%C3%A9-%E6%97%A5?accountId=5f1e";
    QTest::newRow("query delimiters in account id")
        << QStringLiteral("st-1") << QStringLiteral("cd-2") << QStringLiteral("a&b=c+d;e")
        << base + "st-1/campaign/cd-2?accountId=a%26b%3Dc%2Bd%3Be";
    QTest::newRow("hash and space in account id")
        << QStringLiteral("st-1") << QStringLiteral("cd-2") << QStringLiteral("a b#c")
        << base + "st-1/campaign/cd-2?accountId=a%20b%23c";
    QTest::newRow("unreserved characters untouched")
        << QStringLiteral("st-A.b_c~9") << QStringLiteral("cd-2") << QStringLiteral("5f1e")
        << base + "st-A.b_c~9/campaign/cd-2?accountId=5f1e";
}

void TestRequestBuilder::encodedIds()
{
    QFETCH(QString, streamId);
    QFETCH(QString, campaignId);
    QFETCH(QString, accountId);
    QFETCH(QByteArray, encodedUrl);

    ConnectionSettings settings = validSettings();
    settings.streamId = streamId;
    settings.campaignId = campaignId;
    settings.accountId = accountId;
    const RequestBuilder::Result result = RequestBuilder::build(settings);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.url.toEncoded(), encodedUrl);
    QCOMPARE(result.request.url().toEncoded(), encodedUrl);
    QCOMPARE(result.url.path(QUrl::FullyEncoded).count(QLatin1Char('/')), 7);
}

void TestRequestBuilder::headers()
{
    ConnectionSettings settings = validSettings();
    settings.token = QStringLiteral("  eyJ.header.sig \n");
    settings.appId = QStringLiteral(" st-app ");
    const RequestBuilder::Result result = RequestBuilder::build(settings);
    QVERIFY(result.isValid());

    const QNetworkRequest &request = result.request;
    QCOMPARE(request.rawHeader("auth"), QByteArray("eyJ.header.sig"));
    QCOMPARE(request.rawHeader("iid"), QByteArray("st-app"));
    QCOMPARE(request.rawHeader("accountId"), QByteArray("5f1e0c0ffee0c0ffee0c0ffe"));
    QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    const QRegularExpression agent(
        QStringLiteral(R"(^CampaignInspector/\d+\.\d+\.\d+ \(Qt 6\.\d+\.\d+\)$)"));
    const QString userAgent = QString::fromLatin1(request.rawHeader("User-Agent"));
    QVERIFY2(agent.match(userAgent).hasMatch(), qPrintable(userAgent));
    QVERIFY(!result.url.toEncoded().contains("eyJ"));
}

void TestRequestBuilder::appIdDefault_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QByteArray>("iid");

    QTest::newRow("empty app id uses stream id") << QString() << QByteArray("st-1234");
    QTest::newRow("blank app id uses stream id") << QStringLiteral("   ") << QByteArray("st-1234");
    QTest::newRow("given app id wins") << QStringLiteral("st-other") << QByteArray("st-other");
    QTest::newRow("given app id trimmed") << QStringLiteral(" st-x\t") << QByteArray("st-x");
}

void TestRequestBuilder::appIdDefault()
{
    QFETCH(QString, appId);
    QFETCH(QByteArray, iid);

    ConnectionSettings settings = validSettings();
    settings.appId = appId;
    QCOMPARE(RequestBuilder::effectiveAppId(settings).toLatin1(), iid);
    const RequestBuilder::Result result = RequestBuilder::build(settings);
    QVERIFY(result.isValid());
    QCOMPARE(result.request.rawHeader("iid"), iid);
}

void TestRequestBuilder::fieldErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<Field>>("expected");
    QTest::addColumn<QString>("messageWord");

    QTest::newRow("missing stream id")
        << QStringLiteral("streamId") << QString() << QList<Field> {Field::StreamId}
        << QStringLiteral("Stream ID");
    QTest::newRow("blank account id")
        << QStringLiteral("accountId") << QStringLiteral("  ") << QList<Field> {Field::AccountId}
        << QStringLiteral("Account ID");
    QTest::newRow("missing campaign id")
        << QStringLiteral("campaignId") << QString() << QList<Field> {Field::CampaignId}
        << QStringLiteral("Campaign ID");
    QTest::newRow("missing token") << QStringLiteral("token") << QString()
                                   << QList<Field> {Field::Token} << QStringLiteral("Token");
    QTest::newRow("token with line break")
        << QStringLiteral("token") << QStringLiteral("abc\r\nX-Evil: 1")
        << QList<Field> {Field::Token} << QStringLiteral("line breaks");
    QTest::newRow("token with non-ascii") << QStringLiteral("token") << QStringLiteral("abc\u00e9")
                                          << QList<Field> {Field::Token} << QStringLiteral("ASCII");
    QTest::newRow("account id with line break")
        << QStringLiteral("accountId") << QStringLiteral("a\nb") << QList<Field> {Field::AccountId}
        << QStringLiteral("header");
    QTest::newRow("app id with non-ascii")
        << QStringLiteral("appId") << QStringLiteral("st-\u00fc") << QList<Field> {Field::AppId}
        << QStringLiteral("App ID");
    QTest::newRow("non-ascii stream id without app id")
        << QStringLiteral("streamId") << QStringLiteral("st-\u00fc")
        << QList<Field> {Field::StreamId} << QStringLiteral("App ID");
    QTest::newRow("dot dot campaign id")
        << QStringLiteral("campaignId") << QStringLiteral("..") << QList<Field> {Field::CampaignId}
        << QStringLiteral("Campaign ID");
    QTest::newRow("dot stream id") << QStringLiteral("streamId") << QStringLiteral(" . ")
                                   << QList<Field> {Field::StreamId} << QStringLiteral("Stream ID");
}

void TestRequestBuilder::fieldErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QList<Field>, expected);
    QFETCH(QString, messageWord);

    ConnectionSettings settings = validSettings();
    QString *target = field == QLatin1String("streamId") ? &settings.streamId
        : field == QLatin1String("accountId")            ? &settings.accountId
        : field == QLatin1String("campaignId")           ? &settings.campaignId
        : field == QLatin1String("appId")                ? &settings.appId
                                                         : &settings.token;
    *target = value;
    const RequestBuilder::Result result = RequestBuilder::build(settings);
    QVERIFY(!result.isValid());
    QCOMPARE(fieldsOf(result), expected);
    const QString message = result.errors.constFirst().message;
    QVERIFY2(message.contains(messageWord), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("X-Evil")));
}

void TestRequestBuilder::redactedMasksQueryValues()
{
    const QUrl url(QStringLiteral("https://platform.kore.ai/campaign/api/v2/public/st-1/campaign/"
                                  "cd-2?accountId=5f1e0c0ffee"));
    QCOMPARE(RequestBuilder::redacted(url),
             QStringLiteral("https://platform.kore.ai/campaign/api/v2/public/st-1/campaign/"
                            "cd-2?accountId=***"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
