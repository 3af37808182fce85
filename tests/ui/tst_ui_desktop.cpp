// The desktop app against a real mf-sandbox and a real Secret Service: first run, search,
// selection shared by the timeline and the table, account switch and sign-out.
#include "SandboxProcess.h"

#include "account/AccountSession.h"
#include "account/AccountSwitcher.h"
#include "account/SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "common/Dialogs.h"
#include "environment/EnvironmentView.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetCache.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "main/MainWindow.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

class DesktopTest : public QObject
{
    Q_OBJECT
private:
    SandboxProcess demo;
    SandboxProcess second;
    QTemporaryDir dir;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<MainWindow> window;

    template<typename T>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }

    void signInThroughDialog(const QUrl &url, const QString &key, const QString &name)
    {
        QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
        SignInDialog *dialog = window->signInDialog();
        auto *nameField = dialog->findChild<QLineEdit *>(QStringLiteral("displayName"));
        auto *urlField = dialog->findChild<QLineEdit *>(QStringLiteral("apiUrl"));
        auto *keyField = dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"));
        QVERIFY(nameField && urlField && keyField);
        QCOMPARE(keyField->echoMode(), QLineEdit::Password);
        nameField->clear();
        QTest::keyClicks(nameField, name);
        urlField->clear();
        QTest::keyClicks(urlField, url.toString());
        QTest::keyClicks(keyField, key);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *details = dialog->findChild<QLabel *>(QStringLiteral("accountDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 20000);
        QVERIFY(details->text().contains(QLatin1String("Organization:")));
        QVERIFY(details->text().contains(QLatin1String("snapshots:read")));
        QVERIFY(keyField->text().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);
        QTRY_VERIFY(!window->signInDialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        SandboxProcess::Options fleet;
        fleet.seed = QStringLiteral("fleet:30");
        QVERIFY2(second.start(fleet), qPrintable(second.errorString()));
        accounts = std::make_unique<AccountStore>(dir.filePath(QStringLiteral("accounts.ini")));
        credentials = std::make_unique<CredentialStore>(QStringLiteral("mf-desktop-test-%1").arg(QCoreApplication::applicationPid()));
        MainWindow::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        window = std::make_unique<MainWindow>(accounts.get(), credentials.get(), options);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void firstRun()
    {
        window->start(); // no account: the first-run dialog
        signInThroughDialog(demo.apiUrl(), demo.apiKey(), QStringLiteral("Demo"));
        QCOMPARE(accounts->accounts().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window->fleetModel()->siteCount(), 12, 20000);
        QTRY_VERIFY(!window->fleetLoader()->isRefreshing());
        QVERIFY(find<QLabel>("accountStatus")->text().contains(QLatin1String("Demo")));
        QVERIFY(find<QLabel>("refreshStatus")->text().startsWith(QLatin1String("Updated")));
        // The fleet is cached for the next start, without the key.
        const QDir cache(dir.filePath(QStringLiteral("cache")));
        const QStringList files = cache.entryList({QStringLiteral("fleet-*.cache")});
        QCOMPARE(files.size(), 1);
        QFile f(cache.filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(demo.apiKey().toUtf8()));
    }

    void search()
    {
        auto *field = find<QLineEdit>("fleetSearch");
        QApplication::setActiveWindow(window.get());
        QTRY_VERIFY(window->isActiveWindow());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("acme"));
        FleetFilterProxy *proxy = window->fleetView()->proxy();
        int expected = 0;
        for (const Site &s : window->fleetModel()->sites())
            expected += s.slug.contains(QLatin1String("acme")) || s.name.contains(QLatin1String("acme"), Qt::CaseInsensitive);
        QVERIFY(expected >= 1 && expected < 12);
        QTRY_COMPARE(proxy->rowCount(), expected);
        field->clear();
        QTRY_COMPARE(proxy->rowCount(), 12);
    }

    void selectionDrivesTimelineAndTable()
    {
        const Site acme = window->fleetModel()->sites().at(1); // acme-store, ordered by slug
        QVERIFY(window->fleetView()->select(acme.id, QStringLiteral("production")));
        EnvironmentView *view = window->environmentView();
        QCOMPARE(view->environment(), QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 3 && !view->isLoading(), 20000);
        QVERIFY(find<QLabel>("environmentTitle")->text().contains(acme.name));

        // Click a marker: the table selects the same snapshot.
        TimelineWidget *timeline = view->timeline();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
            if (!timeline->markerRect(r).isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(row).center());
        QVERIFY(view->selectedSnapshot().has_value());
        QCOMPARE(view->selectedSnapshot()->id, view->model()->snapshotAt(row).id);

        // Select a table row: the timeline follows.
        QTableView *table = find<QTableView>("snapshotTable");
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
        table->setCurrentIndex(last);
        const QString id = last.data(SnapshotTableModel::SnapshotIdRole).toString();
        QCOMPARE(view->model()->snapshotAt(timeline->selectedRow()).id, id);
        QVERIFY(!timeline->markerRect(timeline->selectedRow()).isEmpty());
    }

    void extendedSelectionFeedsBulk()
    {
        QTreeView *tree = window->fleetView()->tree();
        tree->selectAll();
        const auto selected = window->fleetView()->selectedEnvironments();
        int envs = 0;
        for (const Site &s : window->fleetModel()->sites())
            envs += int(s.environments.size());
        QCOMPARE(int(selected.size()), envs);
        tree->clearSelection();
    }

    void switchAccount()
    {
        auto *switcher = find<AccountSwitcher>("accountSwitcher");
        window->openSignIn();
        signInThroughDialog(second.apiUrl(), second.apiKey(), QStringLiteral("Big fleet"));
        QCOMPARE(accounts->accounts().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(window->fleetModel()->siteCount(), 30, 20000);
        QCOMPARE(switcher->currentText(), QStringLiteral("Big fleet"));

        // Back to the demo through the picker: its key is read from the keychain.
        const int demoIndex = switcher->findText(QStringLiteral("Demo"));
        QVERIFY(demoIndex >= 0);
        switcher->setCurrentIndex(demoIndex);
        Q_EMIT switcher->activated(demoIndex);
        QTRY_COMPARE_WITH_TIMEOUT(window->fleetModel()->siteCount(), 12, 20000);
        QCOMPARE(window->session()->account().displayName, QStringLiteral("Demo"));
        QVERIFY(find<QLabel>("accountStatus")->text().contains(QLatin1String("Demo")));
    }

    void signOutRemovesTheKey()
    {
        const QString id = window->session()->account().id;
        const QString cached = FleetCache(dir.filePath(QStringLiteral("cache"))).fileFor(id);
        QTRY_VERIFY(QFileInfo::exists(cached));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 1, 10000);
        QVERIFY(!accounts->contains(id));
        CredentialReply *read = credentials->readKey(id);
        QSignalSpy done(read, &CredentialReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(read->status(), CredentialReply::Status::NotFound);
        // What the app kept for the account goes with it.
        QVERIFY(!QFileInfo::exists(cached));
        // The remaining account takes over.
        QTRY_COMPARE_WITH_TIMEOUT(window->fleetModel()->siteCount(), 30, 20000);
    }

    void cleanupTestCase()
    {
        window.reset();
        demo.stop();
        second.stop();
    }
};

QTEST_MAIN(DesktopTest)
#include "tst_ui_desktop.moc"
