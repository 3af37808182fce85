#include "FleetDelegate.h"

#include "FleetModel.h"
#include "style/Icons.h"
#include "style/StatusColors.h"

#include <QApplication>
#include <QPainter>

void FleetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != FleetModel::LastBackupColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int dot = qMax(8, opt.fontMetrics.height() / 2);
    const auto freshness = Freshness(index.data(FleetModel::FreshnessRole).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusColors::forFreshness(freshness));
    const QRect dotRect(r.left() + 2, r.center().y() - dot / 2, dot, dot);
    painter->drawEllipse(dotRect);

    int textLeft = dotRect.right() + 6;
    if (index.data(FleetModel::JobRunningRole).toBool()) {
        const int s = opt.fontMetrics.height();
        const QRect iconRect(textLeft, r.center().y() - s / 2, s, s);
        Icons::get(QStringLiteral("busy")).paint(painter, iconRect, Qt::AlignCenter,
                                                 (opt.state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal);
        textLeft = iconRect.right() + 4;
    }
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(role));
    const QRect textRect(textLeft, r.top(), r.right() - textLeft, r.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize FleetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == FleetModel::LastBackupColumn)
        size.rwidth() += option.fontMetrics.height() * 2 + 12;
    return size;
}
