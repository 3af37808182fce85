#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in a view cell. The model gives the percentage (0–100, or -1 for
// "unknown": a busy bar) in valueRole and, optionally, the text to show on the bar in
// Qt::DisplayRole. Models keep raw values in roles; only this delegate turns them into pixels.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valueRole;
};
