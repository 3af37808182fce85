#include "LanguageMenu.h"

#include "common/Dialogs.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QActionGroup>

static const char LanguageProperty[] = "mfLanguage";

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &language : languages()) {
        // Each language is named in itself, never translated: whoever cannot read the current
        // language must still find their own.
        QString name;
        if (language.isEmpty())
            name = tr("System default");
        else if (language == QLatin1String("en"))
            name = QStringLiteral("English");
        else if (language == QLatin1String("de"))
            name = QStringLiteral("Deutsch");
        else
            name = QStringLiteral("Français");
        QAction *action = addAction(name);
        action->setObjectName(QStringLiteral("language-%1").arg(language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setProperty(LanguageProperty, language);
        m_group->addAction(action);
        if (language.isEmpty())
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->property(LanguageProperty).toString()); });
    // Another window or `mf` may have changed the setting since this menu was built.
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::syncWithSettings);
    syncWithSettings();
}

QStringList LanguageMenu::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageMenu::checkedLanguage() const
{
    QAction *checked = m_group->checkedAction();
    return checked ? checked->property(LanguageProperty).toString() : QString();
}

void LanguageMenu::syncWithSettings()
{
    const QString current = Settings::language();
    const QList<QAction *> actions = m_group->actions();
    QAction *match = actions.first(); // an unknown value reads as the system's language
    for (QAction *action : actions) {
        if (action->property(LanguageProperty).toString() == current)
            match = action;
    }
    match->setChecked(true);
}

void LanguageMenu::choose(const QString &language)
{
    const QString before = Settings::language();
    Settings::setLanguage(language);
    if (language == before)
        return;
    Q_EMIT languageChosen(language);
    // Every window, menu and message would have to be rebuilt to switch now; a restart is
    // simpler and certain, and the user is told.
    Dialogs::ask(parentWidget(), QMessageBox::Information, tr("Language"),
                 tr("The new language is used from the next start of Managed Desktop."), QMessageBox::Ok, QMessageBox::Ok,
                 [](Dialogs::Button) {});
}
