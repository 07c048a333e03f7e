// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

QJsonDocument parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document;
}

using TestFiles::fixture;

QString display(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
}

QStringList childKeys(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(parent); ++row)
        keys.append(model.index(row, JsonTreeModel::KeyColumn, parent).data().toString());
    return keys;
}

// Visits every index, so the tester's checks run on each node as the view would create it.
int walk(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int visited = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            ++visited;
            Q_UNUSED(index.data());
            if (model.parent(index) != parent)
                qFatal("wrong parent");
        }
        visited += walk(model, model.index(row, 0, parent));
    }
    return visited;
}

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TstJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester_data();
    void passesModelTester();
    void reloadResetsOnce();
    void bigArrayIsLazy();
    void values_data();
    void values();
    void keysKeepDocumentOrder();
    void keysWithoutRawBytesAreSorted();
    void mismatchedRawBytesFallBackToSorted();
    void duplicateKeysShowTheValueQtKept();
    void duplicateKeysOfOtherKinds_data();
    void duplicateKeysOfOtherKinds();
    void indexMadeOnAnotherThreadKeepsOrder();
    void unreadableBytesAreNotIndexed_data();
    void unreadableBytesAreNotIndexed();
    void pathsAndIndexForPath_data();
    void pathsAndIndexForPath();
    void keysWithDotsAreFound();
    void tooltipsComeFromFieldDocs();
    void headers();
    void longStringsAreElided();
};

void TstJsonTreeModel::passesModelTester_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("topLevelRows");
    QTest::addColumn<int>("indexCount");

    QTest::newRow("empty object") << QByteArray("{}") << 0 << 0;
    QTest::newRow("empty array") << QByteArray("[]") << 0 << 0;
    QTest::newRow("root array of scalars") << QByteArray("[1, \"a\", null, true]") << 4 << 12;
    QTest::newRow("scalars in an object")
        << QByteArray(R"({"s":"x","n":1.5,"b":false,"z":null})") << 4 << 12;
    QTest::newRow("big integers")
        << QByteArray(R"({"id":9007199254740993,"max":9223372036854775807})") << 2 << 6;
    QTest::newRow("nested arrays") << QByteArray("[[[]],[[1,[2]]]]") << 2 << 21;
    QTest::newRow("empty containers inside")
        << QByteArray(R"({"o":{},"a":[],"x":[{}]})") << 3 << 12;
    QTest::newRow("depth 500") << nestedArrays(500) << 1 << 499 * 3;
    QTest::newRow("campaign sample")
        << fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"))
                                     << 3 << 162;
}

void TstJsonTreeModel::passesModelTester()
{
    QFETCH(QByteArray, json);
    QFETCH(int, topLevelRows);
    QFETCH(int, indexCount);

    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(json), json);

    QCOMPARE(model.rowCount(), topLevelRows);
    QCOMPARE(walk(model, {}), indexCount);
}

void TstJsonTreeModel::reloadResetsOnce()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QByteArray first = R"({"a":{"b":[1,2,3]}})";
    model.setDocument(parse(first), first);
    walk(model, {});
    const QByteArray second = "[10, 20]";
    model.setDocument(parse(second), second);
    QCOMPARE(aboutToReset.count(), 2);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(display(model.index(1, 0), JsonTreeModel::ValueColumn), QStringLiteral("20"));

    model.clear();
    QCOMPARE(aboutToReset.count(), 3);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nodeCount(), 0);
    QVERIFY(!model.indexForPath(QStringLiteral("[0]")).isValid());
}

void TstJsonTreeModel::bigArrayIsLazy()
{
    constexpr int itemCount = 300'000;
    QJsonArray names;
    for (int i = 0; i < itemCount; ++i)
        names.append(QStringLiteral("Contact list %1").arg(i));
    QJsonObject data{{QStringLiteral("contactLists"), names}};
    const QJsonDocument document(QJsonObject{{QStringLiteral("data"), data}});
    const QByteArray raw = document.toJson(QJsonDocument::Compact);

    JsonTreeModel model;
    model.setDocument(document, raw);
    const QModelIndex lists = model.indexForPath(QStringLiteral("data.contactLists"));
    QVERIFY(lists.isValid());
    QCOMPARE(model.rowCount(lists), itemCount);
    QCOMPARE(display(lists, JsonTreeModel::ValueColumn), QStringLiteral("300000 items"));
    // Counting the rows made the nodes of the root and `data` only, never one per item.
    QCOMPARE(model.nodeCount(), 2);

    const QModelIndex last = model.index(itemCount - 1, 0, lists);
    QCOMPARE(display(last, JsonTreeModel::KeyColumn), QStringLiteral("[299999]"));
    QCOMPARE(display(last, JsonTreeModel::ValueColumn), QStringLiteral("\"Contact list 299999\""));
    QCOMPARE(model.nodeCount(), 3);

    // The whole model under the tester, every item visited: still no node per string.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.nodeCount(), 3);
}

void TstJsonTreeModel::values_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");

    const auto row = [](const char *name, const char *json, const char *path, const char *key,
                        const QString &value, const char *type) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(path)
                            << QString::fromUtf8(key) << value << QString::fromUtf8(type);
    };
    row("string five", R"({"n":"5"})", "n", "n", QStringLiteral("\"5\""), "string");
    row("number five", R"({"n":5})", "n", "n", QStringLiteral("5"), "number");
    row("id just above 2^53", R"({"id":9007199254740993})", "id", "id",
        QStringLiteral("9007199254740993"), "number");
    row("largest int64", R"({"n":9223372036854775807})", "n", "n",
        QStringLiteral("9223372036854775807"), "number");
    row("smallest int64", R"({"n":-9223372036854775808})", "n", "n",
        QStringLiteral("-9223372036854775808"), "number");
    row("seven digit integer", R"({"n":1234567})", "n", "n", QStringLiteral("1234567"), "number");
    row("beyond int64 becomes a double", R"({"n":18446744073709551615})", "n", "n",
        QStringLiteral("1.8446744073709552e+19"), "number");
    row("double one tenth", R"({"n":0.1})", "n", "n", QStringLiteral("0.1"), "number");
    row("double negative fraction", R"({"n":-2.5})", "n", "n", QStringLiteral("-2.5"), "number");
    row("double huge exponent", R"({"n":1.5e300})", "n", "n", QStringLiteral("1.5e+300"),
        "number");
    row("null", R"({"n":null})", "n", "n", QStringLiteral("null"), "null");
    row("true", R"({"b":true})", "b", "b", QStringLiteral("true"), "boolean");
    row("false", R"({"b":false})", "b", "b", QStringLiteral("false"), "boolean");
    row("newline and tab escaped", R"({"s":"a\nb\tc"})", "s", "s",
        QStringLiteral(R"("a\nb\tc")"), "string");
    row("quote and backslash escaped", R"({"s":"say \"hi\" \\ bye"})", "s", "s",
        QStringLiteral(R"("say \"hi\" \\ bye")"), "string");
    row("NUL and bell escaped", R"({"s":"\u0000x\u0007"})", "s", "s",
        QStringLiteral(R"("\u0000x\u0007")"), "string");
    row("non-ASCII kept", R"({"s":"Café ✓"})", "s", "s", QStringLiteral("\"Café ✓\""),
        "string");
    row("empty string", R"({"s":""})", "s", "s", QStringLiteral("\"\""), "string");
    row("empty object", R"({"o":{}})", "o", "o", QStringLiteral("0 keys"), "object");
    row("object with one key", R"({"o":{"a":1}})", "o", "o", QStringLiteral("1 key"), "object");
    row("array with three items", R"({"a":[1,2,3]})", "a", "a", QStringLiteral("3 items"),
        "array");
    row("array with one item", R"({"a":[[]]})", "a", "a", QStringLiteral("1 item"), "array");
    row("array item key", "[10, 20]", "[1]", "[1]", QStringLiteral("20"), "number");
    row("nested array item", R"({"a":[[0,[7]]]})", "a[0][1][0]", "[0]", QStringLiteral("7"),
        "number");
}

void TstJsonTreeModel::values()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, type);

    JsonTreeModel model;
    model.setDocument(parse(json), json);
    const QModelIndex index = model.indexForPath(path);
    QVERIFY(index.isValid());
    QCOMPARE(display(index, JsonTreeModel::KeyColumn), key);
    QCOMPARE(display(index, JsonTreeModel::ValueColumn), value);
    QCOMPARE(display(index, JsonTreeModel::TypeColumn), type);
    QCOMPARE(index.data(JsonTreeModel::PathRole).toString(), path);
}

void TstJsonTreeModel::keysKeepDocumentOrder()
{
    const QByteArray raw = fixture(QStringLiteral("model-key-order.json"));
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(raw), raw);

    QCOMPARE(childKeys(model, {}), (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"),
                                                QStringLiteral("bee"), QStringLiteral("mid")}));
    const QModelIndex alpha = model.indexForPath(QStringLiteral("alpha"));
    QCOMPARE(childKeys(model, alpha),
             (QStringList{QStringLiteral("mike"), QStringLiteral("quote\"key"),
                          QStringLiteral("bravo"), QStringLiteral("xray")}));
    const QModelIndex item = model.indexForPath(QStringLiteral("alpha.xray[1]"));
    QCOMPARE(childKeys(model, item),
             (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(display(model.indexForPath(QStringLiteral("alpha.xray[1].a")),
                     JsonTreeModel::ValueColumn),
             QStringLiteral("\"{not a brace}\""));
    QCOMPARE(display(model.indexForPath(QStringLiteral("mid")), JsonTreeModel::ValueColumn),
             QStringLiteral("2"));

    // A byte order mark in front changes nothing.
    const QByteArray withMark = "\xEF\xBB\xBF" + raw;
    model.setDocument(parse(withMark), withMark);
    QCOMPARE(childKeys(model, {}).first(), QStringLiteral("zeta"));
}

void TstJsonTreeModel::keysWithoutRawBytesAreSorted()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"b":1,"c":2,"a":3})"));
    QCOMPARE(childKeys(model, {}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TstJsonTreeModel::mismatchedRawBytesFallBackToSorted()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(R"({"b":1,"c":{"y":1,"x":2},"a":3})"), R"({"q":[1,2}garbage)");
    QCOMPARE(childKeys(model, {}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(childKeys(model, model.indexForPath(QStringLiteral("c"))),
             (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
}

void TstJsonTreeModel::duplicateKeysShowTheValueQtKept()
{
    const QByteArray raw = R"({"k":{"z":1},"a":0,"k":{"y":2,"x":3}})";
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(raw), raw);
    QCOMPARE(childKeys(model, {}), (QStringList{QStringLiteral("k"), QStringLiteral("a")}));
    QCOMPARE(childKeys(model, model.indexForPath(QStringLiteral("k"))),
             (QStringList{QStringLiteral("y"), QStringLiteral("x")}));
}

void TstJsonTreeModel::duplicateKeysOfOtherKinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("array then object")
        << QByteArray(R"({"k":[{"b":1,"a":2}],"k":{"y":2,"x":3}})") << QStringLiteral("k")
        << QStringList{QStringLiteral("y"), QStringLiteral("x")};
    QTest::newRow("object then array")
        << QByteArray(R"({"k":{"y":1,"x":2},"k":[{"b":1,"a":2}]})") << QStringLiteral("k[0]")
        << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("object then number then object")
        << QByteArray(R"({"k":{"q":1,"p":2},"k":3,"k":{"n":1,"m":2}})") << QStringLiteral("k")
        << QStringList{QStringLiteral("n"), QStringLiteral("m")};
}

void TstJsonTreeModel::duplicateKeysOfOtherKinds()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QStringList, keys);

    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(json), json);
    QCOMPARE(childKeys(model, {}), QStringList{QStringLiteral("k")});
    QCOMPARE(childKeys(model, model.indexForPath(path)), keys);
}

void TstJsonTreeModel::indexMadeOnAnotherThreadKeepsOrder()
{
    const QByteArray raw = fixture(QStringLiteral("model-key-order.json"));
    std::shared_ptr<const JsonTreeModel::RawIndex> index;
    std::unique_ptr<QThread> worker(
        QThread::create([&raw, &index] { index = JsonTreeModel::indexRawBytes(raw); }));
    worker->start();
    QVERIFY(worker->wait());
    QVERIFY(index);

    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(parse(raw), raw, index);
    QCOMPARE(childKeys(model, {}), (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"),
                                                QStringLiteral("bee"), QStringLiteral("mid")}));
    QCOMPARE(childKeys(model, model.indexForPath(QStringLiteral("alpha.xray[1]"))),
             (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));

    // Without an index the same bytes are only shown in Qt's sorted order.
    model.setDocument(parse(raw), raw, nullptr);
    QCOMPARE(childKeys(model, {}), (QStringList{QStringLiteral("alpha"), QStringLiteral("bee"),
                                                QStringLiteral("mid"), QStringLiteral("zeta")}));
}

void TstJsonTreeModel::unreadableBytesAreNotIndexed_data()
{
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only spaces") << QByteArray("  \n ");
    QTest::newRow("a bare number") << QByteArray("42");
    QTest::newRow("unclosed object") << QByteArray(R"({"a":[1,2])");
    QTest::newRow("array closed as object") << QByteArray(R"({"a":[1,2}})");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"b)");
}

void TstJsonTreeModel::unreadableBytesAreNotIndexed()
{
    QFETCH(QByteArray, raw);
    QVERIFY(!JsonTreeModel::indexRawBytes(raw));
}

void TstJsonTreeModel::pathsAndIndexForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");

    QTest::newRow("top-level key") << QStringLiteral("status") << QStringLiteral("\"success\"");
    QTest::newRow("data object") << QStringLiteral("data") << QStringLiteral("15 keys");
    QTest::newRow("nested key") << QStringLiteral("data.dialingStrategy.maxRingTime")
                                << QStringLiteral("25");
    QTest::newRow("array item field")
        << QStringLiteral("data.dialingStrategy.callingHours.days[4].end")
        << QStringLiteral("\"1:00 PM\"");
    QTest::newRow("array of strings") << QStringLiteral("data.contactLists[0]")
                                      << QStringLiteral("\"Clinic Appointments - Week 6\"");
}

void TstJsonTreeModel::pathsAndIndexForPath()
{
    QFETCH(QString, path);
    QFETCH(QString, value);

    const QByteArray raw = fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"));
    JsonTreeModel model;
    model.setDocument(parse(raw), raw);
    const QModelIndex index = model.indexForPath(path);
    QVERIFY(index.isValid());
    QCOMPARE(display(index, JsonTreeModel::ValueColumn), value);
    QCOMPARE(index.data(JsonTreeModel::PathRole).toString(), path);
    QVERIFY(!model.indexForPath(path + QStringLiteral(".nothing")).isValid());
    QVERIFY(!model.indexForPath(path + QStringLiteral("[99]")).isValid());
}

void TstJsonTreeModel::keysWithDotsAreFound()
{
    const QByteArray raw = R"({"a":{"c":1},"a.b":{"c":2}})";
    JsonTreeModel model;
    model.setDocument(parse(raw), raw);
    QCOMPARE(display(model.indexForPath(QStringLiteral("a.b.c")), JsonTreeModel::ValueColumn),
             QStringLiteral("2"));
    QCOMPARE(display(model.indexForPath(QStringLiteral("a.c")), JsonTreeModel::ValueColumn),
             QStringLiteral("1"));
}

void TstJsonTreeModel::tooltipsComeFromFieldDocs()
{
    const QByteArray response = fixture(QStringLiteral("01-voice-agentless-weekly-ready.json"));
    JsonTreeModel model;
    model.setDocument(parse(response), response);
    const auto tooltip = [&model](const char *path) {
        return model.indexForPath(QString::fromLatin1(path)).data(Qt::ToolTipRole).toString();
    };
    QVERIFY(tooltip("data.dialingStrategy.maxRingTime").contains(QStringLiteral("5 to 120")));
    QVERIFY(tooltip("data.dialingStrategy.callingHours.days[2].day")
                .contains(QStringLiteral("MO")));
    QVERIFY(tooltip("status").contains(QStringLiteral("\"success\"")));
    QVERIFY(tooltip("data.status").contains(QStringLiteral("Ready")));
    QVERIFY(tooltip("data.lname").contains(QStringLiteral("lower case")));

    // A bare campaign: its own `status` is the campaign's state, not the response's outcome.
    const QByteArray bare = R"({"name":"N","status":"Ready","priority":"5"})";
    model.setDocument(parse(bare), bare);
    QVERIFY(tooltip("status").contains(QStringLiteral("Ready")));
    QVERIFY(tooltip("priority").contains(QStringLiteral("5 (highest)")));
    QVERIFY(model.indexForPath(QStringLiteral("name"))
                .siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::ToolTipRole).isNull());
}

void TstJsonTreeModel::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Key"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    QVERIFY(model.headerData(0, Qt::Vertical).isNull());
}

void TstJsonTreeModel::longStringsAreElided()
{
    const QByteArray raw = "{\"s\":\"" + QByteArray(5'000'000, 'x') + "\"}";
    JsonTreeModel model;
    model.setDocument(parse(raw), raw);
    const QString shown = display(model.index(0, 0), JsonTreeModel::ValueColumn);
    QCOMPARE(shown.size(), 1 + JsonTreeModel::maxDisplayedStringLength + 1 + 1);
    QVERIFY(shown.startsWith(QStringLiteral("\"xxx")));
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TstJsonTreeModel)
#include "tst_jsontreemodel.moc"
