#include "FleetDelegate.h"

#include "FleetModel.h"
#include "style/Icons.h"
#include "style/StatusColors.h"

#include <QApplication>
#include <QPainter>

void FleetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    if (index.column() == FleetModel::LastBackupColumn) {
        textRect.setLeft(paintStatus(painter, opt, index, textRect));
    } else {
        // The same inset as the style's own item text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
        textRect.adjust(margin, 0, -margin, 0);
    }
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(group, role));
    painter->setFont(opt.font);
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    painter->drawText(textRect, int(alignment) | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
    painter->restore();
}

int FleetDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const QRect &r) const
{
    const int dot = qMax(8, opt.fontMetrics.height() / 2);
    const auto freshness = Freshness(index.data(FleetModel::FreshnessRole).toInt());
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
    return textLeft;
}

QSize FleetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == FleetModel::LastBackupColumn)
        size.rwidth() += option.fontMetrics.height() * 2 + 12;
    return size;
}
