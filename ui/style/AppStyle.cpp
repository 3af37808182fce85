#include "AppStyle.h"

#include "Icons.h"

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton: // menu bar and tool bar overflow
        return Icons::get(QStringLiteral("more-horizontal"));
    case SP_ToolBarVerticalExtensionButton:
        return Icons::get(QStringLiteral("more-vertical"));
    case SP_LineEditClearButton:
        return Icons::get(QStringLiteral("clear"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
