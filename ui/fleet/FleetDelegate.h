#pragma once

#include <QStyledItemDelegate>

// Paints the "Last backup" column: a dot in the freshness colour (fresh / late / stale against
// the environment's cadence), the age, and a busy mark while a capture or restore is running.
// The colour is never the only signal: the tooltip and the accessible text say it in words.
class FleetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
