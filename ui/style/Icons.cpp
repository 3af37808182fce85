#include "Icons.h"

#include "TintedSvgIconEngine.h"

namespace Icons {

QIcon get(const QString &name)
{
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon appIcon()
{
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/app.svg"), TintedSvgIconEngine::Tint::None));
}

} // namespace Icons
