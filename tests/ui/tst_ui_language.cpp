// View ▸ Language writes the `ui/language` setting that Translations::install reads at the next
// start, names each language in itself, and says once that the change needs a restart.
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "common/Dialogs.h"
#include "main/LanguageMenu.h"
#include "main/MainWindow.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class LanguageTest : public QObject
{
    Q_OBJECT
private:
    static QAction *action(LanguageMenu *menu, const char *name)
    {
        return menu->findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setLanguage({});
    }

    void chosenFromTheViewMenu()
    {
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-desktop-language-test"));
        credentials.setSessionOnly(true);
        MainWindow::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        MainWindow window(&accounts, &credentials, options);

        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QMenu *view = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(menu->menuAction()))
                view = a->menu();
        }
        QVERIFY(view);
        QCOMPARE(view->title(), QStringLiteral("&View"));

        QStringList names;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                names << a->text();
        }
        QCOMPARE(names, (QStringList{"System default", "English", "Deutsch", "Français"}));
        QVERIFY(action(menu, "language-system")->isChecked());
        QCOMPARE(menu->checkedLanguage(), QString());

        Dialogs::clearPendingAnswers();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QSignalSpy chosen(menu, &LanguageMenu::languageChosen);
        action(menu, "language-de")->trigger();
        QCOMPARE(Settings::language(), QStringLiteral("de"));
        QCOMPARE(Translations::chosenLocale().language(), QLocale::German);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(Dialogs::askedCount(), 1);
        QVERIFY2(Dialogs::lastText().contains(QLatin1String("next start")), qPrintable(Dialogs::lastText()));
        QVERIFY(action(menu, "language-de")->isChecked());
        QVERIFY(!action(menu, "language-system")->isChecked());

        // The same choice again changes nothing and asks nothing.
        action(menu, "language-de")->trigger();
        QCOMPARE(Dialogs::askedCount(), 1);
        QCOMPARE(chosen.size(), 1);

        // Back to the system's language: the setting goes away rather than holding "".
        Dialogs::setNextAnswer(QMessageBox::Ok);
        action(menu, "language-system")->trigger();
        QVERIFY(Settings::language().isEmpty());
        QCOMPARE(Dialogs::askedCount(), 2);
        QCOMPARE(chosen.last().first().toString(), QString());

        // Changed elsewhere (by `mf` or another window): the menu shows it when opened.
        Settings::setLanguage(QStringLiteral("fr"));
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QCOMPARE(menu->checkedLanguage(), QStringLiteral("fr"));
        Settings::setLanguage(QStringLiteral("xx"));
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QCOMPARE(menu->checkedLanguage(), QString());
        Settings::setLanguage({});
        QVERIFY(!Dialogs::hasPendingAnswers());
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_ui_language.moc"
