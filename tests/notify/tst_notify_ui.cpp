// The desktop's side of notifications (issue 17), offscreen on the test's own session bus: the
// settings dialog (per account, and the tray mode with its autostart entry), closing to the tray
// and quitting from it, the path without a tray, and — against mf-sandbox — notifications of
// the fleet's health after a refresh with their actions leading into the window.
#include "FakeNotificationServer.h"

#include "SandboxProcess.h"
#include "account/AccountSession.h"
#include "actions/TakeSnapshotDialog.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "fleet/FleetHealth.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "main/MainWindow.h"
#include "notify/AutostartEntry.h"
#include "notify/DBusNotifier.h"
#include "notify/NotificationCenter.h"
#include "notify/NotificationSettingsDialog.h"
#include "notify/NotificationsController.h"
#include "notify/TrayMode.h"
#include "util/ManualClock.h"
#include "util/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

NotificationSettingsDialog *openDialog(MainWindow &window)
{
    child<QAction>(&window, "notificationSettingsAction")->trigger();
    return child<NotificationSettingsDialog>(&window, "notificationSettingsDialog");
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class NotifyUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;

    std::unique_ptr<MainWindow> newWindow(const Clock *clock = nullptr)
    {
        MainWindow::Options options;
        options.clock = clock;
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        return std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-dbus.sh");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notify_ui"));
        QSettings().clear();
        m_accounts = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.ini")));
        m_credentials = std::make_unique<CredentialStore>(QStringLiteral("mf-notify-ui-test"));
        m_credentials->setSessionOnly(true);
    }
    void init() { Settings::setTraySettings({}); }

    // The offscreen platform has no tray, like some desktops: the option says why it is off,
    // and closing the window quits as it always did.
    void withoutATrayClosingQuits()
    {
        auto window = newWindow();
        NotificationsController *n = window->notifications();
        QVERIFY(n);
        QCOMPARE(n->trayMode()->isTrayAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        Settings::TraySettings on;
        on.trayMode = true;
        Settings::setTraySettings(on); // chosen on another desktop
        window->show();
        NotificationSettingsDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QVERIFY(!child<QGroupBox>(dialog, "accountGroup")->isEnabled()); // signed out
        QVERIFY(!child<QCheckBox>(dialog, "trayMode")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "trayMode")->isChecked());
        QVERIFY(child<QLabel>(dialog, "trayUnavailable")->isVisible());
        QVERIFY(child<QLabel>(dialog, "deliveryNote")->text().startsWith(QLatin1String("No notification service")));
        dialog->reject();
        QVERIFY(!n->startsHidden());
        QVERIFY(window->close()); // really closed
    }

    void trayModeHidesAndQuitsAndWritesAutostart()
    {
        FakeNotificationServer server;
        QVERIFY(server.registerOnBus());
        auto window = newWindow();
        NotificationsController *n = window->notifications();
        n->setTrayAvailable(true);
        int quits = 0;
        n->trayMode()->setQuitFunction([&quits] { ++quits; });
        QTRY_VERIFY(n->dbusNotifier()->isAvailable());
        window->show();

        NotificationSettingsDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(dialog, "deliveryNote")->text(),
                 QStringLiteral("Notifications are shown by fake-notifyd."));
        auto *trayMode = child<QCheckBox>(dialog, "trayMode");
        QVERIFY(trayMode->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "refreshMinutes")->isEnabled());
        QTest::mouseClick(trayMode, Qt::LeftButton, {}, QPoint(4, trayMode->height() / 2));
        QVERIFY(trayMode->isChecked());
        QVERIFY(child<QSpinBox>(dialog, "refreshMinutes")->isEnabled());
        child<QSpinBox>(dialog, "refreshMinutes")->setValue(30);
        child<QCheckBox>(dialog, "autostart")->setChecked(true);
        clickOk(dialog);
        QTRY_VERIFY(!child<NotificationSettingsDialog>(window.get(), "notificationSettingsDialog"));
        const Settings::TraySettings stored = Settings::traySettings();
        QVERIFY(stored.trayMode);
        QCOMPARE(stored.refreshMinutes, 30);
        QVERIFY(stored.autostart);
        QVERIFY(AutostartEntry::exists());
        QVERIFY(
            AutostartEntry::path().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/autostart/")));
        QFile entry(AutostartEntry::path());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains(AutostartEntry::execLine(QCoreApplication::applicationFilePath()).toUtf8()));
        QVERIFY(n->startsHidden());

        // Closing only hides; the tray's Show brings it back; its Quit really quits.
        QVERIFY(!window->close());
        QVERIFY(window->isHidden());
        QCOMPARE(quits, 0);
        child<QAction>(n->trayMode()->menu(), "trayShowAction")->trigger();
        QVERIFY(window->isVisible());
        QVERIFY(!window->close());
        child<QAction>(n->trayMode()->menu(), "trayQuitAction")->trigger();
        QCOMPARE(quits, 1);
        // File ▸ Quit too, from a shown window.
        window->show();
        child<QAction>(window.get(), "quitAction")->trigger();
        QCOMPARE(quits, 2);
        QVERIFY(!window->isVisible());

        // Autostart off: the entry goes. Tray mode off: the window closes again.
        window->show();
        dialog = openDialog(*window);
        QVERIFY(child<QCheckBox>(dialog, "autostart")->isChecked());
        child<QCheckBox>(dialog, "autostart")->setChecked(false);
        child<QCheckBox>(dialog, "trayMode")->setChecked(false);
        clickOk(dialog);
        QVERIFY(!AutostartEntry::exists());
        QVERIFY(!Settings::traySettings().trayMode);
        QVERIFY(window->close());
    }

    void autostartThatCannotBeWrittenKeepsTheDialogOpen()
    {
        auto window = newWindow();
        window->notifications()->setTrayAvailable(true);
        window->show();
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", blocker.fileName().toUtf8());
        NotificationSettingsDialog *dialog = openDialog(*window);
        child<QCheckBox>(dialog, "trayMode")->setChecked(true);
        child<QCheckBox>(dialog, "autostart")->setChecked(true);
        clickOk(dialog);
        QLabel *error = child<QLabel>(dialog, "settingsError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("could not be")));
        QVERIFY(dialog->isVisible()); // nothing chosen is lost
        QVERIFY(child<QCheckBox>(dialog, "autostart")->isChecked());
        QVERIFY(!Settings::traySettings().autostart);
        qputenv("XDG_CONFIG_HOME", config);
        clickOk(dialog); // now it can
        QTRY_VERIFY(!child<NotificationSettingsDialog>(window.get(), "notificationSettingsDialog"));
        QVERIFY(AutostartEntry::exists());
        QVERIFY(AutostartEntry::remove());
        window->notifications()->trayMode()->setQuitFunction({});
    }

    // Against mf-sandbox: what is behind at the first reading is not announced; what falls
    // behind later is, once and grouped; a click on "Show" selects it; "Take snapshot now" opens
    // the usual dialog; in the tray the fleet is read every refreshMinutes.
    void fleetChangesAreNotifiedAndActionsLeadIntoTheWindow()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.extraArgs = {QStringLiteral("--no-schedule")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        FakeNotificationServer server;
        QVERIFY(server.registerOnBus());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto window = newWindow(&clock);
        NotificationsController *n = window->notifications();
        n->setTrayAvailable(true);
        window->show();
        window->connectTo(sandbox.apiUrl(), sandbox.apiKey());
        FleetLoader *loader = window->fleetLoader();
        QTRY_VERIFY_WITH_TIMEOUT(window->fleetModel()->siteCount() > 0, 20000);
        QTRY_VERIFY(!loader->isRefreshing());
        QVERIFY(n->center());
        const QString accountId = window->session()->account().id;
        QCOMPARE(n->center()->accountId(), accountId);

        // Every policy read, and the reading that follows them recorded.
        const int sites = window->fleetModel()->siteCount();
        QTRY_COMPARE_WITH_TIMEOUT(int(loader->policies().size()), sites, 30000);
        const QList<EnvironmentHealth> first = FleetHealth::judgeAll(loader->sites(), loader->policies(), clock.now());
        int judged = 0, fallable = 0;
        for (const EnvironmentHealth &h : first) {
            judged += h.freshness != Freshness::Unknown ? 1 : 0;
            fallable += h.freshness == Freshness::Fresh || h.freshness == Freshness::Late ? 1 : 0;
        }
        QVERIFY2(fallable > 1, "the sandbox's seed has environments backed up on schedule");
        auto states = [&accountId] {
            return QSettings()
                .value(Settings::notificationStateGroup(accountId) + QStringLiteral("/states"))
                .toMap()
                .size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(int(states()), judged, 10000);
        QCOMPARE(server.calls().size(), 0);

        // A long month later every scheduled environment is stale: those that were not are told,
        // in one notification.
        clock.advanceSeconds(40 * 24 * 3600);
        window->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(server.calls().size(), 1, 20000);
        const FakeNotificationServer::Call call = server.calls().first();
        QVERIFY2(call.summary == QStringLiteral("%1 environment(s) fell behind").arg(fallable)
                     || call.summary == QStringLiteral("%1 production environment(s) fell behind").arg(fallable),
                 qPrintable(call.summary));
        QCOMPARE(call.actions.mid(0, 2), QStringList({QStringLiteral("default"), QStringLiteral("Show")}));
        window->refresh();
        QTRY_VERIFY(!loader->isRefreshing());
        QTest::qWait(1500); // the policy reading's delay: nothing more may come of it
        QCOMPARE(server.calls().size(), 1);

        // "Show" from the hidden window: back, with the environment selected.
        Settings::TraySettings tray;
        tray.trayMode = true;
        tray.refreshMinutes = 30;
        Settings::setTraySettings(tray);
        n->trayMode()->apply(tray);
        QVERIFY(!window->close());
        QVERIFY(window->isHidden());
        server.invokeAction(call.id, QStringLiteral("default"));
        QTRY_VERIFY(window->isVisible());
        QVERIFY(window->fleetView()->currentSite().has_value());
        QVERIFY(!window->fleetView()->currentEnvironment().isEmpty());

        // "Take snapshot now" opens the take-snapshot dialog for that environment.
        const QString siteId = window->fleetView()->currentSite()->id;
        const QString env = window->fleetView()->currentEnvironment();
        n->route(QStringLiteral("snapshot"), siteId, env);
        TakeSnapshotDialog *take = nullptr;
        QTRY_VERIFY((take = child<TakeSnapshotDialog>(window.get(), "takeSnapshotDialog")) != nullptr);
        take->reject();

        // Hidden in the tray, the fleet is read again after refreshMinutes, not before.
        QVERIFY(!window->close());
        const QDateTime before = loader->lastUpdated();
        clock.advanceSeconds(29 * 60);
        n->tick();
        QVERIFY(!loader->isRefreshing());
        clock.advanceSeconds(60);
        n->tick();
        QTRY_VERIFY_WITH_TIMEOUT(loader->lastUpdated() > before, 20000);

        // The account's own choices, from the dialog.
        n->trayMode()->setQuitFunction({});
        window->show();
        NotificationSettingsDialog *dialog = openDialog(*window);
        QVERIFY(child<QGroupBox>(dialog, "accountGroup")->isEnabled());
        child<QCheckBox>(dialog, "notifyHealth")->setChecked(false);
        child<QCheckBox>(dialog, "notifyDigest")->setChecked(true);
        child<QComboBox>(dialog, "digestHour")->setCurrentIndex(18);
        clickOk(dialog);
        const NotificationSettings saved = NotificationSettings::load(accountId);
        QVERIFY(!saved.healthChanges);
        QVERIFY(saved.digest);
        QCOMPARE(saved.digestHour, 18);
        QCOMPARE(n->center()->settings(), saved);
        Settings::setTraySettings({});
        n->trayMode()->apply({});
        window.reset();
        sandbox.stop();
    }
};

QTEST_MAIN(NotifyUiTest)
#include "tst_notify_ui.moc"
