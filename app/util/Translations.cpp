#include "Translations.h"

#include "LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Translations {

QLocale chosenLocale()
{
    const QString language = QSettings().value(QLatin1String(SettingKey)).toString().trimmed();
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

    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("managed-desktop"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        qCDebug(lcUi) << "translations:" << ours->language();
    } else {
        // English, or a language without a catalog: the source strings are the English text.
        delete ours;
    }
    return locale;
}

} // namespace Translations
