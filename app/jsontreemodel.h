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

    // Replaces the whole document in one model reset.
    void setDocument(const QJsonDocument &document);
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

private:
    struct Node;
    std::unique_ptr<Node> m_root;
};
