// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Draws a finding of the findings list wrapped over as many lines as its column needs. A tree
// view asks its delegate for a row's height without telling it how wide the column is, so
// wrapped text would get the height of one line and be clipped; this delegate measures the
// text at the column's real width instead.
class FindingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FindingDelegate(QTreeView *view);
    ~FindingDelegate() override;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view = nullptr;
};
