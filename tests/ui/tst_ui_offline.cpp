// Start with no network: the cached fleet is shown at once, marked with its age, and the window
// says it is offline. Runs without a keychain (session-only keys), as on a headless machine.
#include "SandboxProcess.h"

#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "main/InfoBanner.h"
#include "main/MainWindow.h"
#include "util/ManualClock.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

// What every test here runs on: a sandbox, a session-only credential store (no keychain), a
// clock the test moves, and a private cache directory.
struct Desk
{
    Desk()
        : accounts(dir.filePath(QStringLiteral("accounts.ini")))
        , credentials(QStringLiteral("mf-desktop-offline-test"))
        , clock(QDateTime::currentDateTimeUtc())
    {
        credentials.setSessionOnly(true);
        options.clock = &clock;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
    }

    SandboxProcess sandbox;
    QTemporaryDir dir;
    AccountStore accounts;
    CredentialStore credentials;
    ManualClock clock;
    MainWindow::Options options;
};

class OfflineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cachedFleetWhenOffline()
    {
        Desk desk;
        QVERIFY2(desk.sandbox.start(), qPrintable(desk.sandbox.errorString()));
        auto &[sandbox, dir, accounts, credentials, clock, options] = desk;

        {
            MainWindow window(&accounts, &credentials, options);
            window.show();
            window.connectTo(sandbox.apiUrl(), sandbox.apiKey()); // as `--connect`
            QTRY_COMPARE_WITH_TIMEOUT(window.fleetModel()->siteCount(), 12, 20000);
            QTRY_VERIFY(!window.fleetLoader()->isRefreshing());
            QVERIFY(!window.isOffline());
        }
        sandbox.stop();
        clock.advanceSeconds(25 * 60);

        MainWindow window(&accounts, &credentials, options);
        window.show();
        window.start();
        // The cache is on screen before any answer could have come.
        QTRY_COMPARE_WITH_TIMEOUT(window.fleetModel()->siteCount(), 12, 5000);
        QVERIFY(window.fleetLoader()->showingCache());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("refreshStatus"))->text().contains(QLatin1String("25 minutes ago")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isOffline(), 30000);
        InfoBanner *banner = window.banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QLatin1String("Offline")));
        QVERIFY(banner->text().contains(QLatin1String("25 minutes ago")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(), QStringLiteral("Offline"));
        QCOMPARE(window.fleetModel()->siteCount(), 12); // a failed refresh drops nothing
    }

    // A window left open reloads the fleet by itself once it is AutoRefreshSeconds old, so a
    // glance at it never shows yesterday's freshness as today's.
    void refreshesByItselfWhenStale()
    {
        Desk desk;
        QVERIFY2(desk.sandbox.start(), qPrintable(desk.sandbox.errorString()));
        auto &[sandbox, dir, accounts, credentials, clock, options] = desk;
        MainWindow window(&accounts, &credentials, options);
        window.show();
        window.connectTo(sandbox.apiUrl(), sandbox.apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(window.fleetModel()->siteCount(), 12, 20000);
        QTRY_VERIFY(!window.fleetLoader()->isRefreshing());
        const QDateTime first = window.fleetLoader()->lastUpdated();

        clock.advanceSeconds(MainWindow::AutoRefreshSeconds - 60);
        window.tick();
        QVERIFY(!window.fleetLoader()->isRefreshing()); // not yet due
        QCOMPARE(window.fleetLoader()->lastUpdated(), first);

        clock.advanceSeconds(60);
        window.tick();
        QTRY_VERIFY_WITH_TIMEOUT(window.fleetLoader()->lastUpdated() > first, 20000);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("refreshStatus"))->text().contains(QLatin1String("just now")));
    }
};

QTEST_MAIN(OfflineTest)
#include "tst_ui_offline.moc"
