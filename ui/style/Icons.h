#pragma once

#include <QIcon>
#include <QString>

// The app's icons, from resources/icons/*.svg. Monochrome ones follow the palette.
namespace Icons {
QIcon get(const QString &name);   // e.g. "refresh", "lock"
QIcon appIcon();                  // the coloured application icon, as drawn
}
