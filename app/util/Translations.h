#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The language every program speaks: the user's choice (Settings::language(): "en",
// "de", "fr"; empty or absent = the system's), else the system locale (LANGUAGE, LC_ALL, LANG).
// Shared by mf-desktop and mf so that one setting changes both.
namespace Translations {

// The locale chosen by the setting or, without one, the system's.
QLocale chosenLocale();

// Makes the chosen locale the default (dates, numbers) and installs Qt's own catalog and ours
// (the :/i18n resource, linked into the programs) into app. Returns the locale used. Call after
// the organization and application names are set, since it reads QSettings.
QLocale install(QCoreApplication &app);

} // namespace Translations
