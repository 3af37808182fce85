#pragma once

#include <QMenu>

class QActionGroup;

// View ▸ Language: the system's language or one of those the app is translated into. The choice
// is the `ui/language` setting that Translations::install reads at start-up (shared with `mf`),
// so it takes effect at the next start; the menu says so when the choice changes.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "" = the system's language, else "en", "de", "fr".
    static QStringList languages();
    QString checkedLanguage() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);
    void syncWithSettings();

    QActionGroup *m_group;
};
