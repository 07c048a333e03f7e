// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include "fielddocs.h"
#include "logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

// Only containers whose children the view asked for get a node; scalar rows are addressed as
// (parent node, row), so a 300,000-element array of strings costs one node. An index's internal
// pointer is the node of its PARENT.
//
// Document order: Qt 6 keeps QJsonObject keys sorted, so the order they were written in is
// only in the raw bytes. RawIndex records, in one pass that can run beside the parse on a
// worker thread, where each object's keys start and which rows hold containers. A node then
// decodes only its own keys, when its children are first shown, and never scans the text.
struct JsonTreeModel::Node
{
    QJsonObject object;
    QJsonArray array;
    bool isArray = false;
    Node *parent = nullptr;
    int row = -1;

    int rawContainer = -1;   // this value's entry in the raw index; -1 if unknown
    bool ordered = false;    // order and rawChildren have been worked out
    QList<int> order;        // objects: display row -> index in Qt's sorted order
    QList<int> rawChildren;  // objects: display row -> raw index entry of its value, or -1
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

// Containers are numbered in the order they open, the outermost being 0. Each one's keys and
// links are contiguous, so a node reads exactly its own and nothing of its descendants.
class JsonTreeModel::RawIndex
{
public:
    struct Container
    {
        bool isObject = false;
        int count = 0;          // arrays: items; objects: keys, repeated ones included
        qsizetype firstKey = 0; // objects: first entry in keys
        qsizetype firstLink = 0;
        qsizetype linkCount = 0;
    };
    // A container held by another: its row is an array item's index or a key's ordinal.
    struct Link
    {
        int row = 0;
        int container = 0;
    };

    std::vector<Container> containers;
    std::vector<qint64> keys; // where each key's opening quote is, per object in written order
    std::vector<Link> links;
};

namespace {

bool isJsonSpace(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

// Reads JSON text already accepted by QJsonDocument. Positions are -1 where the bytes do not
// look as expected, and the caller then falls back to Qt's order.
class RawScanner
{
public:
    explicit RawScanner(const QByteArray &raw)
        : m_data(raw.constData())
        , m_size(raw.size())
    {
    }

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }

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

    // The text of the string whose opening quote is at start, or a null string.
    QString decodeStringAt(qint64 start) const
    {
        const qint64 end = at(start, '"') ? skipString(start) : -1;
        if (end < 0)
            return {};
        const char *begin = m_data + start + 1;
        const qint64 length = end - start - 2;
        if (!std::memchr(begin, '\\', size_t(length)))
            return QString::fromUtf8(begin, length);
        return decodeEscaped(begin, length);
    }

private:
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

// Builds a RawIndex in one pass. Keys and links of the open containers wait on stacks: when a
// container closes, its own are on top and move to the index in one piece.
class RawIndexBuilder
{
public:
    using RawIndex = JsonTreeModel::RawIndex;

    explicit RawIndexBuilder(const QByteArray &raw)
        : m_scanner(raw)
    {
        for (const char ch : {'"', '{', '}', '[', ']', ','})
            m_structural[uchar(ch)] = true;
    }

    std::shared_ptr<RawIndex> build()
    {
        const bool bom = m_scanner.size() >= 3
                         && std::memcmp(m_scanner.data(), "\xEF\xBB\xBF", 3) == 0;
        qint64 pos = m_scanner.skipSpace(bom ? 3 : 0);
        if (!m_scanner.at(pos, '{') && !m_scanner.at(pos, '['))
            return nullptr;
        while (pos >= 0) {
            pos = step(nextStructural(pos));
            if (pos >= 0 && m_frames.empty())
                return std::move(m_index);
        }
        return nullptr;
    }

private:
    struct Frame
    {
        int container = 0;
        bool isObject = false;
        bool expectKey = false;
        int commas = 0;
        qsizetype keyBase = 0;
        qsizetype linkBase = 0;
    };

    qint64 nextStructural(qint64 pos) const
    {
        const char *data = m_scanner.data();
        while (pos < m_scanner.size() && !m_structural[uchar(data[pos])])
            ++pos;
        return pos < m_scanner.size() ? pos : -1;
    }

    // Handles the structural byte at pos; returns where to go on, or -1 on a mismatch.
    qint64 step(qint64 pos)
    {
        if (pos < 0)
            return -1;
        switch (m_scanner.data()[pos]) {
        case '"': return string(pos);
        case '{': open(true); return pos + 1;
        case '[': open(false); return pos + 1;
        case '}': return close(pos, true) ? pos + 1 : -1;
        case ']': return close(pos, false) ? pos + 1 : -1;
        default: break;
        }
        if (m_frames.empty())
            return -1;
        Frame &frame = m_frames.back();
        ++frame.commas;
        frame.expectKey = frame.isObject;
        return pos + 1;
    }

    qint64 string(qint64 pos)
    {
        if (!m_frames.empty() && m_frames.back().expectKey) {
            m_keys.push_back(pos);
            m_frames.back().expectKey = false;
        }
        return m_scanner.skipString(pos);
    }

    void open(bool isObject)
    {
        const int container = int(m_index->containers.size());
        m_index->containers.push_back({isObject, 0, 0, 0, 0});
        if (!m_frames.empty()) {
            const Frame &holder = m_frames.back();
            const int row = holder.isObject ? int(qsizetype(m_keys.size()) - holder.keyBase) - 1
                                            : holder.commas;
            m_links.push_back({row, container});
        }
        m_frames.push_back({container, isObject, isObject, 0, qsizetype(m_keys.size()),
                            qsizetype(m_links.size())});
    }

    bool close(qint64 pos, bool isObject)
    {
        if (m_frames.empty() || m_frames.back().isObject != isObject)
            return false;
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        RawIndex::Container &container = m_index->containers[size_t(frame.container)];
        container.firstKey = qsizetype(m_index->keys.size());
        container.firstLink = qsizetype(m_index->links.size());
        container.linkCount = qsizetype(m_links.size()) - frame.linkBase;
        container.count = isObject ? int(qsizetype(m_keys.size()) - frame.keyBase)
                                   : arrayItems(frame, pos);
        m_index->keys.insert(m_index->keys.end(), m_keys.begin() + frame.keyBase, m_keys.end());
        m_index->links.insert(m_index->links.end(), m_links.begin() + frame.linkBase,
                              m_links.end());
        m_keys.resize(size_t(frame.keyBase));
        m_links.resize(size_t(frame.linkBase));
        return true;
    }

    // Items are one more than the commas, unless nothing but space stands between [ and ].
    int arrayItems(const Frame &frame, qint64 closePos) const
    {
        qint64 last = closePos - 1;
        while (last > 0 && isJsonSpace(m_scanner.data()[last]))
            --last;
        return m_scanner.data()[last] == '[' && frame.commas == 0 ? 0 : frame.commas + 1;
    }

    RawScanner m_scanner;
    bool m_structural[256] = {};
    std::vector<Frame> m_frames;
    std::vector<qint64> m_keys;
    std::vector<RawIndex::Link> m_links;
    std::shared_ptr<RawIndex> m_index = std::make_shared<RawIndex>();
};

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

int containerSize(QJsonValueConstRef value)
{
    switch (value.type()) {
    case QJsonValue::Array: return int(value.toArray().size());
    case QJsonValue::Object: return int(value.toObject().size());
    default: return 0;
    }
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

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

std::shared_ptr<const JsonTreeModel::RawIndex> JsonTreeModel::indexRawBytes(const QByteArray &raw)
{
    if (raw.isEmpty())
        return nullptr;
    std::shared_ptr<const RawIndex> index = RawIndexBuilder(raw).build();
    if (!index)
        qCDebug(lcModel) << "raw bytes could not be indexed; keys will be shown sorted";
    return index;
}

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    setDocument(document, {});
}

void JsonTreeModel::setDocument(const QJsonDocument &document, const QByteArray &raw)
{
    setDocument(document, raw, indexRawBytes(raw));
}

void JsonTreeModel::setDocument(const QJsonDocument &document, const QByteArray &raw,
                                std::shared_ptr<const RawIndex> index)
{
    beginResetModel();
    m_root.reset();
    m_raw = raw;
    m_index = std::move(index);
    m_bareCampaign = isBareCampaign(document);
    m_nodeCount = 0;
    if (!document.isNull()) {
        m_nodeCount = 1;
        m_root = Node::make(document.isArray() ? QJsonValue(document.array())
                                             : QJsonValue(document.object()),
                          nullptr, -1);
        adoptRawContainer(m_root.get(), 0);
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

// The view asks for every row of an array it expands: the parent's node answers the bounds,
// so no value is looked up or copied per row.
QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != KeyColumn)
        return {};
    Node *node = containerFor(parent);
    return node && row < node->childCount() ? createIndex(row, column, node) : QModelIndex();
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
    return childSize(nodeAt(parent), parent.row());
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
    Node *child = parent->children.emplace(row, Node::make(value, parent, row)).first->second.get();
    adoptRawContainer(child, rawChildOf(parent, row));
    return child;
}

// Runs for each row of an expanded array (has it children?): the value is only looked at
// where it lies, since copying it out as a QJsonValue would copy every string.
int JsonTreeModel::childSize(Node *parent, int row) const
{
    if (!parent || row < 0 || row >= parent->childCount())
        return 0;
    if (parent->isArray)
        return containerSize(*(parent->array.constBegin() + row));
    ensureOrdered(parent);
    const int sortedIndex = parent->order.isEmpty() ? row : parent->order.at(row);
    return containerSize((parent->object.constBegin() + sortedIndex).value());
}

QJsonValue JsonTreeModel::childValue(Node *parent, int row) const
{
    if (!parent || row < 0 || row >= parent->childCount())
        return QJsonValue(QJsonValue::Undefined);
    if (parent->isArray)
        return parent->array.at(row);
    ensureOrdered(parent);
    const int sortedIndex = parent->order.isEmpty() ? row : parent->order.at(row);
    return (parent->object.constBegin() + sortedIndex).value();
}

QString JsonTreeModel::keyText(Node *parent, int row) const
{
    if (parent->isArray)
        return QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    ensureOrdered(parent);
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

// Decodes the node's own keys from where the index says they are; nothing else is read.
void JsonTreeModel::ensureOrdered(Node *node) const
{
    if (node->ordered)
        return;
    node->ordered = true;
    if (node->isArray || node->rawContainer < 0)
        return;
    const RawIndex::Container &container = m_index->containers[size_t(node->rawContainer)];
    const RawScanner scanner(m_raw);
    QStringList keys;
    QList<int> rowOfKey; // per written key: the display row it landed on
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < container.count; ++i) {
        const QString key = scanner.decodeStringAt(m_index->keys[size_t(container.firstKey + i)]);
        const auto known = seen.constFind(key);
        rowOfKey.append(known != seen.constEnd() ? known.value() : int(keys.size()));
        if (known == seen.constEnd()) {
            seen.insert(key, int(keys.size()));
            keys.append(key);
        }
    }
    if (!orderFromKeys(node->object, keys, &node->order)) {
        qCDebug(lcModel) << "raw bytes do not match the object; keys shown sorted";
        node->order.clear();
        return;
    }
    // A repeated key shows the value Qt kept, the last one written: later links win.
    node->rawChildren.fill(-1, keys.size());
    for (qsizetype i = 0; i < container.linkCount; ++i) {
        const RawIndex::Link &link = m_index->links[size_t(container.firstLink + i)];
        node->rawChildren[rowOfKey.value(link.row)] = link.container;
    }
}

// Trusts an index entry only if it has the node's kind and size; otherwise the node and its
// descendants show Qt's order.
void JsonTreeModel::adoptRawContainer(Node *node, int container) const
{
    if (!m_index || container < 0 || size_t(container) >= m_index->containers.size())
        return;
    const RawIndex::Container &entry = m_index->containers[size_t(container)];
    if (entry.isObject == node->isArray || (node->isArray && entry.count != node->childCount()))
        return;
    node->rawContainer = container;
}

// The index entry of the container at a row of parent, or -1.
int JsonTreeModel::rawChildOf(Node *parent, int row) const
{
    if (parent->rawContainer < 0)
        return -1;
    if (!parent->isArray) {
        ensureOrdered(parent);
        return parent->rawChildren.value(row, -1);
    }
    const RawIndex::Container &container = m_index->containers[size_t(parent->rawContainer)];
    const auto begin = m_index->links.begin() + container.firstLink;
    const auto end = begin + container.linkCount;
    const auto found = std::lower_bound(begin, end, row, [](const RawIndex::Link &link, int r) {
        return link.row < r;
    });
    return found != end && found->row == row ? found->container : -1;
}
