// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>

#include <memory>

// A read-only tree over a JSON document with the columns Key, Value and Type. Nodes are made
// lazily, when the view first asks for a parent's children, so a 300,000-element array costs
// nothing until it is expanded. Values are shown faithfully: 64-bit integers exactly, strings
// quoted so "5" is not mistaken for 5, keys in document order.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 }; // dotted path such as data.dialingStrategy.days[0]

    // Where every container and every object key sits in a document's raw bytes. Reading the
    // order of keys needs a pass over the whole text; the index makes it one pass, on any
    // thread, so that a window showing the document never reads the bytes itself.
    class RawIndex;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // The index of bytes QJsonDocument accepted, or null if they do not read as JSON.
    static std::shared_ptr<const RawIndex> indexRawBytes(const QByteArray &raw);

    // Replaces the whole document in one model reset. Keys are then shown in Qt's sorted order.
    void setDocument(const QJsonDocument &document);
    // The same, with the exact bytes the document was parsed from: keys keep document order.
    // This indexes the bytes on the calling thread; pass an index made elsewhere to avoid it.
    void setDocument(const QJsonDocument &document, const QByteArray &raw);
    void setDocument(const QJsonDocument &document, const QByteArray &raw,
                     std::shared_ptr<const RawIndex> index);
    void clear();

    // The index of a dotted path such as "data" or "data.dialingStrategy", or invalid.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many container nodes exist: the root plus every array or object whose children were
    // asked for. Tests and the benchmark use it to see that nothing is built up front.
    qsizetype nodeCount() const { return m_nodeCount; }

    // Longest string value shown in a cell; the rest is elided. Longer text is still exported.
    static constexpr int maxDisplayedStringLength = 1000;

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;     // the node holding the index's row
    Node *containerFor(const QModelIndex &index) const; // the node for the index's own value
    Node *childContainer(Node *parent, int row) const;
    QJsonValue childValue(Node *parent, int row) const;
    int childSize(Node *parent, int row) const;
    QString keyText(Node *parent, int row) const;
    QString pathOf(Node *parent, int row) const;
    QString tooltipFor(Node *parent, int row) const;
    int childRowForKey(Node *node, QStringView path, qsizetype *consumed) const;
    void ensureOrdered(Node *node) const;
    void adoptRawContainer(Node *node, int container) const;
    int rawChildOf(Node *parent, int row) const;

    std::unique_ptr<Node> m_root;
    QByteArray m_raw; // the parsed bytes, only read to decode the keys of shown objects
    std::shared_ptr<const RawIndex> m_index;
    bool m_bareCampaign = false; // the root is a campaign object, not a response envelope
    mutable qsizetype m_nodeCount = 0;
};
