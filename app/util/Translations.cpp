#include "Translations.h"

#include "LogCategories.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QLocale chosenLocale()
{
    const QString language = Settings::language();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QLocale install(QCoreApplication &app)
{
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);

    // Qt's own strings: standard buttons, file dialogs. Absent for English, and when Debian's
    // qt6-translations-l10n is not installed (it is only recommended): then Qt's English stays.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // A language without a catalog (or the C locale) falls back to English, whose catalog holds
    // the plural forms: without it "%n file(s)" would be shown as written in the source.
    auto *ours = new QTranslator(&app);
    const auto load = [ours](const QLocale &l) {
        return ours->load(l, QStringLiteral("managed-desktop"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    if (load(locale) || load(QLocale(QLocale::English))) {
        QCoreApplication::installTranslator(ours);
        qCDebug(lcUi) << "translations:" << ours->language();
    } else {
        delete ours;  // the catalogs are not linked into this program
    }
    return locale;
}

} // namespace Translations
