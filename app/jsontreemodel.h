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

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the whole document in one model reset. Keys are then shown in Qt's sorted order.
    void setDocument(const QJsonDocument &document);
    // The same, with the exact bytes the document was parsed from: keys keep document order.
    void setDocument(const QJsonDocument &document, const QByteArray &raw);
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
    QString keyText(Node *parent, int row) const;
    QString pathOf(Node *parent, int row) const;
    QString tooltipFor(Node *parent, int row) const;
    int childRowForKey(Node *node, QStringView path, qsizetype *consumed) const;
    void ensureScanned(Node *node) const;
    qint64 offsetOf(Node *node) const;

    std::unique_ptr<Node> m_root;
    QByteArray m_raw;             // the parsed bytes, only read to learn the order of keys
    bool m_bareCampaign = false; // the root is a campaign object, not a response envelope
    mutable qsizetype m_nodeCount = 0;
};
