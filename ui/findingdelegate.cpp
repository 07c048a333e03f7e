// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "findingdelegate.h"

#include <QHeaderView>
#include <QTreeView>

FindingDelegate::FindingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

FindingDelegate::~FindingDelegate() = default;

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The style wraps text only within a valid rectangle; its height does not matter here.
    QStyleOptionViewItem measured = option;
    const int width = m_view->header()->sectionSize(index.column());
    if (width > 0)
        measured.rect = QRect(0, 0, width, 1);
    return QStyledItemDelegate::sizeHint(measured, index);
}
