#pragma once

#include <QStyledItemDelegate>

// Paints the fleet's cells. In the "Last backup" column: a dot in the freshness colour (fresh /
// late / stale against the environment's cadence), the age, and a busy mark while a capture or
// restore is running. The colour is never the only signal: the tooltip and the accessible text
// say it in words.
// The style draws each cell's panel, selection, focus and icon; the text is drawn here as one
// elided line. The style's own text path lays every cell out as a paragraph, which costs three
// times as much, and the first screen of a large fleet is a hundred cells.
class FleetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Draws the freshness dot and the busy mark; returns where the text starts.
    int paintStatus(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const QRect &r) const;
};
