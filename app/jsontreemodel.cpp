// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include "fielddocs.h"
#include "logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <cmath>
#include <cstring>
#include <unordered_map>

// Only containers whose children the view asked for get a node; scalar rows are addressed as
// (parent node, row), so a 300,000-element array of strings costs one node. An index's internal
// pointer is the node of its PARENT.
//
// Document order: Qt 6 keeps QJsonObject keys sorted, so the order they were written in is
// only in the raw bytes. An extra pass over the whole text at load time would cost about as
// much as parsing itself, so each object's bytes are scanned only when its children are first
// shown, and only that object's own level is read: nested values are skipped with memchr.
struct JsonTreeModel::Node
{
    QJsonObject object;
    QJsonArray array;
    bool isArray = false;
    Node *parent = nullptr;
    int row = -1;

    qint64 offset = -1;         // where this value starts in the raw bytes; -1 if unknown
    bool offsetResolved = false;
    bool scanned = false;
    QList<int> order;           // objects: display row -> index in Qt's sorted order
    QList<qint64> childOffsets; // per display row, when the raw bytes could be read
    std::unordered_map<int, std::unique_ptr<Node>> children;

    int childCount() const { return int(isArray ? array.size() : object.size()); }

    static std::unique_ptr<Node> make(const QJsonValue &value, Node *parent, int row)
    {
        auto node = std::make_unique<Node>();
        node->isArray = value.isArray();
        if (node->isArray)
            node->array = value.toArray();
        else
            node->object = value.toObject();
        node->parent = parent;
        node->row = row;
        return node;
    }
};

namespace {

bool isJsonSpace(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

// A reader for one level of a JSON text already accepted by QJsonDocument. Every method
// returns -1 if the bytes do not look as expected, and the caller then falls back to Qt's order.
class RawScanner
{
public:
    explicit RawScanner(const QByteArray &raw)
        : m_data(raw.constData())
        , m_size(raw.size())
    {
    }

    qint64 skipSpace(qint64 pos) const
    {
        while (pos >= 0 && pos < m_size && isJsonSpace(m_data[pos]))
            ++pos;
        return pos < m_size ? pos : -1;
    }

    bool at(qint64 pos, char ch) const { return pos >= 0 && pos < m_size && m_data[pos] == ch; }

    // pos is at an opening quote; returns the position after the closing one.
    qint64 skipString(qint64 pos) const
    {
        qint64 end = pos + 1;
        while (end < m_size) {
            const void *quote = std::memchr(m_data + end, '"', size_t(m_size - end));
            if (!quote)
                return -1;
            end = static_cast<const char *>(quote) - m_data;
            qint64 backslashes = 0;
            while (m_data[end - 1 - backslashes] == '\\')
                ++backslashes;
            ++end;
            if (backslashes % 2 == 0)
                return end;
        }
        return -1;
    }

    qint64 skipValue(qint64 pos) const
    {
        if (at(pos, '"'))
            return skipString(pos);
        if (at(pos, '{') || at(pos, '['))
            return skipContainer(pos);
        while (pos < m_size && !isJsonSpace(m_data[pos]) && !std::strchr(",}]", m_data[pos]))
            ++pos;
        return pos;
    }

    // The text of a key whose opening quote is at start; end is after its closing quote.
    QString decodeString(qint64 start, qint64 end) const
    {
        const char *begin = m_data + start + 1;
        const qint64 length = end - start - 2;
        if (!std::memchr(begin, '\\', size_t(length)))
            return QString::fromUtf8(begin, length);
        return decodeEscaped(begin, length);
    }

private:
    qint64 skipContainer(qint64 pos) const
    {
        int depth = 0;
        while (pos < m_size) {
            const char ch = m_data[pos];
            if (ch == '"') {
                pos = skipString(pos);
                if (pos < 0)
                    return -1;
                continue;
            }
            if (ch == '{' || ch == '[')
                ++depth;
            else if ((ch == '}' || ch == ']') && --depth == 0)
                return pos + 1;
            ++pos;
        }
        return -1;
    }

    static QString decodeEscaped(const char *text, qint64 length)
    {
        QString decoded;
        qint64 runStart = 0;
        for (qint64 i = 0; i < length; ++i) {
            if (text[i] != '\\')
                continue;
            decoded += QString::fromUtf8(text + runStart, i - runStart);
            i += appendEscape(decoded, text + i, length - i);
            runStart = i + 1;
        }
        decoded += QString::fromUtf8(text + runStart, length - runStart);
        return decoded;
    }

    // Appends one escape sequence; returns how many bytes after the backslash it used.
    static qint64 appendEscape(QString &out, const char *escape, qint64 available)
    {
        static const char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
        if (available < 2)
            return 0;
        if (escape[1] == 'u' && available >= 6) {
            out += QChar(char16_t(QByteArray(escape + 2, 4).toUShort(nullptr, 16)));
            return 5;
        }
        for (int i = 0; simple[i]; i += 2) {
            if (simple[i] == escape[1]) {
                out += QLatin1Char(simple[i + 1]);
                return 1;
            }
        }
        return 1;
    }

    const char *m_data;
    qint64 m_size;
};

// The keys of the object starting at pos in the order they were written, with where each
// value starts. A repeated key keeps its first place and the value Qt kept, the last one.
bool scanObject(const RawScanner &scanner, qint64 pos, QStringList *keys, QList<qint64> *offsets)
{
    QHash<QString, qsizetype> seen;
    pos = scanner.skipSpace(pos + 1);
    while (pos >= 0 && !scanner.at(pos, '}')) {
        const qint64 keyEnd = scanner.at(pos, '"') ? scanner.skipString(pos) : -1;
        const qint64 colon = scanner.skipSpace(keyEnd);
        if (keyEnd < 0 || !scanner.at(colon, ':'))
            return false;
        const QString key = scanner.decodeString(pos, keyEnd);
        const qint64 valueStart = scanner.skipSpace(colon + 1);
        if (const auto known = seen.constFind(key); known != seen.constEnd()) {
            (*offsets)[known.value()] = valueStart;
        } else {
            seen.insert(key, keys->size());
            keys->append(key);
            offsets->append(valueStart);
        }
        pos = scanner.skipSpace(scanner.skipValue(valueStart));
        if (scanner.at(pos, ','))
            pos = scanner.skipSpace(pos + 1);
        else if (!scanner.at(pos, '}'))
            return false;
    }
    return pos >= 0;
}

bool scanArray(const RawScanner &scanner, qint64 pos, QList<qint64> *offsets)
{
    pos = scanner.skipSpace(pos + 1);
    while (pos >= 0 && !scanner.at(pos, ']')) {
        offsets->append(pos);
        pos = scanner.skipSpace(scanner.skipValue(pos));
        if (scanner.at(pos, ','))
            pos = scanner.skipSpace(pos + 1);
        else if (!scanner.at(pos, ']'))
            return false;
    }
    return pos >= 0;
}

// Display rows for an object from its scanned keys, or false if they do not match the object.
bool orderFromKeys(const QJsonObject &object, const QStringList &keys, QList<int> *order)
{
    if (keys.size() != object.size())
        return false;
    order->reserve(keys.size());
    for (const QString &key : keys) {
        const auto found = object.constFind(key);
        if (found == object.constEnd())
            return false;
        order->append(int(found - object.constBegin()));
    }
    return true;
}

QString escapedString(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'"': escaped += QLatin1String("\\\""); break;
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u'\n': escaped += QLatin1String("\\n"); break;
        case u'\r': escaped += QLatin1String("\\r"); break;
        case u'\t': escaped += QLatin1String("\\t"); break;
        case u'\b': escaped += QLatin1String("\\b"); break;
        case u'\f': escaped += QLatin1String("\\f"); break;
        default:
            if (ch.category() == QChar::Other_Control || ch.category() == QChar::Separator_Line
                || ch.category() == QChar::Separator_Paragraph)
                escaped += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += ch;
        }
    }
    escaped += u'"';
    return escaped;
}

QString displayString(const QString &text)
{
    if (text.size() <= JsonTreeModel::maxDisplayedStringLength)
        return escapedString(text);
    qsizetype cut = JsonTreeModel::maxDisplayedStringLength;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return escapedString(text.left(cut)) + QChar(0x2026);
}

// Integers that fit 64 bits are kept exact by Qt and shown exactly; others as the shortest
// text that reads back to the same double. Beyond 2^53 a double is shown with an exponent, so
// that trailing zeros never pose as exact digits of an id.
QString displayNumber(const QJsonValue &value)
{
    const QVariant number = value.toVariant();
    if (number.typeId() == QMetaType::LongLong)
        return QString::number(number.toLongLong());
    const double real = value.toDouble();
    constexpr double exactIntegerLimit = 9007199254740992.0;
    const char format = std::abs(real) >= exactIntegerLimit ? 'e' : 'g';
    return QString::number(real, format, QLocale::FloatingPointShortest);
}

QString displayCount(const QJsonValue &value)
{
    if (value.isArray()) {
        const qsizetype items = value.toArray().size();
        return items == 1 ? JsonTreeModel::tr("1 item") : JsonTreeModel::tr("%1 items").arg(items);
    }
    const qsizetype keys = value.toObject().size();
    return keys == 1 ? JsonTreeModel::tr("1 key") : JsonTreeModel::tr("%1 keys").arg(keys);
}

// JSON's own literals are data, written as JSON writes them, so they are not translated.
QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return displayNumber(value);
    case QJsonValue::String: return displayString(value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object: return displayCount(value);
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return JsonTreeModel::tr("null");
    case QJsonValue::Bool: return JsonTreeModel::tr("boolean");
    case QJsonValue::Double: return JsonTreeModel::tr("number");
    case QJsonValue::String: return JsonTreeModel::tr("string");
    case QJsonValue::Array: return JsonTreeModel::tr("array");
    case QJsonValue::Object: return JsonTreeModel::tr("object");
    case QJsonValue::Undefined: break;
    }
    return {};
}

// A response or an error envelope has these at its top; a bare campaign object does not.
bool isBareCampaign(const QJsonDocument &document)
{
    if (!document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QString status = root.value(QLatin1String("status")).toString();
    const bool envelopeStatus = status == QLatin1String("success")
                                || status == QLatin1String("failure")
                                || status == QLatin1String("error");
    return !envelopeStatus && !root.contains(QLatin1String("data"))
           && !root.contains(QLatin1String("errors"));
}

qint64 rootOffset(const QByteArray &raw)
{
    const RawScanner scanner(raw);
    const qint64 pos = scanner.skipSpace(raw.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    return scanner.at(pos, '{') || scanner.at(pos, '[') ? pos : -1;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    setDocument(document, {});
}

void JsonTreeModel::setDocument(const QJsonDocument &document, const QByteArray &raw)
{
    beginResetModel();
    m_root.reset();
    m_raw = raw;
    m_bareCampaign = isBareCampaign(document);
    m_nodeCount = 0;
    if (!document.isNull()) {
        m_nodeCount = 1;
        m_root = Node::make(document.isArray() ? QJsonValue(document.array())
                                             : QJsonValue(document.object()),
                          nullptr, -1);
        m_root->offset = rootOffset(raw);
        m_root->offsetResolved = true;
    }
    endResetModel();
    qCDebug(lcModel) << "document set," << rowCount() << "top-level rows";
}

void JsonTreeModel::clear()
{
    setDocument(QJsonDocument(), {});
}

QModelIndex JsonTreeModel::indexForPath(const QString &path) const
{
    QModelIndex current;
    QStringView rest(path);
    while (!rest.isEmpty()) {
        Node *node = containerFor(current);
        if (!node)
            return {};
        if (current.isValid() && rest.startsWith(u'.'))
            rest = rest.mid(1);
        qsizetype consumed = 0;
        const int row = childRowForKey(node, rest, &consumed);
        if (row < 0)
            return {};
        current = index(row, KeyColumn, current);
        rest = rest.mid(consumed);
    }
    return current;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = containerFor(parent);
    return node ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    Node *node = nodeAt(child);
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, KeyColumn, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_root ? m_root->childCount() : 0;
    if (parent.column() != KeyColumn)
        return 0;
    // Counting never makes the child's node: a QJsonArray or QJsonObject knows its size.
    const QJsonValue value = childValue(nodeAt(parent), parent.row());
    if (value.isArray())
        return int(value.toArray().size());
    if (value.isObject())
        return int(value.toObject().size());
    return 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Node *parent = nodeAt(index);
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return keyText(parent, row);
        if (index.column() == ValueColumn)
            return displayValue(childValue(parent, row));
        return typeName(childValue(parent, row));
    case Qt::ToolTipRole:
        return index.column() == KeyColumn ? QVariant(tooltipFor(parent, row)) : QVariant();
    case PathRole:
        return pathOf(parent, row);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

JsonTreeModel::Node *JsonTreeModel::containerFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return childContainer(nodeAt(index), index.row());
}

JsonTreeModel::Node *JsonTreeModel::childContainer(Node *parent, int row) const
{
    if (!parent)
        return nullptr;
    auto found = parent->children.find(row);
    if (found != parent->children.end())
        return found->second.get();
    const QJsonValue value = childValue(parent, row);
    if (!value.isArray() && !value.isObject())
        return nullptr;
    ++m_nodeCount;
    return parent->children.emplace(row, Node::make(value, parent, row)).first->second.get();
}

QJsonValue JsonTreeModel::childValue(Node *parent, int row) const
{
    if (!parent || row < 0 || row >= parent->childCount())
        return QJsonValue(QJsonValue::Undefined);
    if (parent->isArray)
        return parent->array.at(row);
    ensureScanned(parent);
    const int sortedIndex = parent->order.isEmpty() ? row : parent->order.at(row);
    return (parent->object.constBegin() + sortedIndex).value();
}

QString JsonTreeModel::keyText(Node *parent, int row) const
{
    if (parent->isArray)
        return QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    ensureScanned(parent);
    const int sortedIndex = parent->order.isEmpty() ? row : parent->order.at(row);
    return (parent->object.constBegin() + sortedIndex).key();
}

QString JsonTreeModel::pathOf(Node *parent, int row) const
{
    QStringList segments;
    for (Node *node = parent; node; row = node->row, node = node->parent)
        segments.prepend(keyText(node, row));
    QString path;
    for (const QString &segment : std::as_const(segments)) {
        if (!path.isEmpty() && !segment.startsWith(u'['))
            path += u'.';
        path += segment;
    }
    return path;
}

QString JsonTreeModel::tooltipFor(Node *parent, int row) const
{
    const QString path = pathOf(parent, row);
    return m_bareCampaign ? FieldDocs::tooltipForCampaignField(path) : FieldDocs::tooltipFor(path);
}

// The row whose key (or [index]) starts the path; keys may contain dots, so the longest wins.
int JsonTreeModel::childRowForKey(Node *node, QStringView path, qsizetype *consumed) const
{
    if (node->isArray) {
        const qsizetype close = path.indexOf(u']');
        bool ok = false;
        const int row = path.startsWith(u'[') && close > 0 ? path.mid(1, close - 1).toInt(&ok)
                                                           : -1;
        *consumed = close + 1;
        return ok && row >= 0 && row < node->childCount() ? row : -1;
    }
    int best = -1;
    qsizetype bestLength = -1;
    for (int row = 0; row < node->childCount(); ++row) {
        const QString key = keyText(node, row);
        if (!path.startsWith(key) || key.size() <= bestLength)
            continue;
        if (path.size() > key.size() && path.at(key.size()) != u'.' && path.at(key.size()) != u'[')
            continue;
        best = row;
        bestLength = key.size();
    }
    *consumed = bestLength;
    return best;
}

void JsonTreeModel::ensureScanned(Node *node) const
{
    if (node->scanned)
        return;
    node->scanned = true;
    const qint64 offset = offsetOf(node);
    if (offset < 0)
        return;
    const RawScanner scanner(m_raw);
    if (node->isArray) {
        const bool read = scanArray(scanner, offset, &node->childOffsets);
        if (!read || node->childOffsets.size() != node->childCount())
            node->childOffsets.clear();
        return;
    }
    QStringList keys;
    if (!scanObject(scanner, offset, &keys, &node->childOffsets)
        || !orderFromKeys(node->object, keys, &node->order)) {
        qCDebug(lcModel) << "raw bytes do not match the object; keys shown sorted";
        node->order.clear();
        node->childOffsets.clear();
    }
}

qint64 JsonTreeModel::offsetOf(Node *node) const
{
    if (node->offsetResolved)
        return node->offset;
    node->offsetResolved = true;
    if (node->parent) {
        ensureScanned(node->parent);
        node->offset = node->parent->childOffsets.value(node->row, -1);
    }
    return node->offset;
}
