#include "ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

ProgressDelegate::ProgressDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant raw = index.data(m_valueRole);
    if (!raw.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection background first, so a selected row still looks selected around the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int value = raw.toInt();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    // An unknown amount (value < 0) is drawn as a busy bar: minimum == maximum.
    bar.maximum = value < 0 ? 0 : 100;
    bar.progress = value < 0 ? 0 : qBound(0, value, 100);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QString text = index.data(Qt::DisplayRole).toString();
    bar.text = text.isEmpty() && value >= 0 ? QStringLiteral("%1%").arg(bar.progress) : text;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 16));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}
