// Notifications over the freedesktop.org service on the test's own session bus: a fake server
// records every Notify. Sent once per change of state and never again for the same state;
// actions routed back; no buttons where the server shows none; markup escaped; the fallback
// when no service is there, or when it refuses.
#include "FakeNotificationServer.h"
#include "NotifyTestSupport.h"

#include "notify/DBusNotifier.h"
#include "notify/FallbackNotifier.h"
#include "notify/NotificationCenter.h"
#include "util/ManualClock.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace NotifyTestSupport;

class NotifyDBusTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    static void reading(NotificationCenter &center, Freshness f, const QString &site = QStringLiteral("s1"))
    {
        center.observeHealth({health(site, QStringLiteral("production"), f)});
        center.flush();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-dbus.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notify_dbus"));
    }
    void init() { QSettings().clear(); }

    void sentOncePerChangeOverTheBus()
    {
        FakeNotificationServer server;
        QVERIFY(server.registerOnBus());
        DBusNotifier notifier;
        QTRY_VERIFY(notifier.isAvailable());
        QCOMPARE(notifier.describe(), QStringLiteral("fake-notifyd"));
        QCOMPARE(notifier.capabilities(), QStringList({QStringLiteral("actions"), QStringLiteral("body")}));

        NotificationCenter center(QStringLiteral("acc"), &notifier, &m_clock);
        center.setCoalesceMs(0);
        reading(center, Freshness::Fresh);
        reading(center, Freshness::Late);
        QTRY_COMPARE(server.calls().size(), 1);
        const FakeNotificationServer::Call call = server.calls().first();
        QCOMPARE(call.appName, QCoreApplication::applicationName());
        QCOMPARE(call.summary, QStringLiteral("Backups of s1-shop · production are late"));
        QVERIFY(call.body.startsWith(QLatin1String("Last backup ")));
        QCOMPARE(
            call.actions,
            QStringList({QStringLiteral("default"), QStringLiteral("Show"), QStringLiteral("show"),
                         QStringLiteral("Show"), QStringLiteral("snapshot"), QStringLiteral("Take snapshot now")}));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("dev.managed.Desktop"));

        // The same state again and again: nothing more goes over the bus.
        reading(center, Freshness::Late);
        reading(center, Freshness::Late);
        reading(center, Freshness::Stale);
        QTRY_COMPARE(server.calls().size(), 2);
        QCOMPARE(server.calls().last().hints.value(QStringLiteral("urgency")).toInt(), 2);
        reading(center, Freshness::Stale);
        center.jobFinished(job(QStringLiteral("j1"), JobType::Restore, JobStatus::Succeeded, QStringLiteral("s1")));
        center.flush();
        QTRY_COMPARE(server.calls().size(), 3);
        QCOMPARE(server.calls().last().summary, QStringLiteral("Restore of s1-shop · production finished"));
        center.jobFinished(job(QStringLiteral("j1"), JobType::Restore, JobStatus::Succeeded, QStringLiteral("s1")));
        center.flush();
        // Calls arrive in order: had a repeat been sent, the next change would not be the 4th.
        reading(center, Freshness::Fresh);
        reading(center, Freshness::Never);
        QTRY_COMPARE(server.calls().size(), 4);
        QCOMPARE(server.calls().last().summary, QStringLiteral("s1-shop · production has never been backed up"));
    }

    void actionsAreRoutedBack()
    {
        FakeNotificationServer server;
        QVERIFY(server.registerOnBus());
        DBusNotifier notifier;
        QTRY_VERIFY(notifier.isAvailable());
        NotificationCenter center(QStringLiteral("acc"), &notifier, &m_clock);
        center.setCoalesceMs(0);
        QSignalSpy requested(&center, &NotificationCenter::actionRequested);
        reading(center, Freshness::Fresh, QStringLiteral("s7"));
        reading(center, Freshness::Late, QStringLiteral("s7"));
        QTRY_COMPARE(server.calls().size(), 1);
        const uint id = server.calls().first().id;
        // Let the Notify reply (with its id) reach the notifier before the click does.
        QTest::qWait(0);
        server.invokeAction(id, QStringLiteral("snapshot"));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst(),
                 QVariantList({QStringLiteral("snapshot"), QStringLiteral("s7"), QStringLiteral("production")}));
        server.invokeAction(id, QStringLiteral("default")); // a click on the notification itself
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("show"));
        // Another application's notification, an action we did not offer, a closed one: nothing.
        server.invokeAction(id + 100, QStringLiteral("show"));
        server.invokeAction(id, QStringLiteral("delete-everything"));
        server.closeNotification(id);
        server.invokeAction(id, QStringLiteral("show"));
        // A marker round trip: once it is back, every signal sent before it has been handled.
        reading(center, Freshness::Stale, QStringLiteral("s7"));
        QTRY_COMPARE(server.calls().size(), 2);
        server.invokeAction(server.calls().last().id, QStringLiteral("show"));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("show"));
    }

    void buttonsOnlyWhereShownAndMarkupEscaped()
    {
        FakeNotificationServer server({QStringLiteral("body"), QStringLiteral("body-markup")});
        QVERIFY(server.registerOnBus());
        DBusNotifier notifier;
        QTRY_VERIFY(notifier.isAvailable());
        NotificationCenter center(QStringLiteral("acc"), &notifier, &m_clock);
        center.setCoalesceMs(0);
        center.jobFinished(job(QStringLiteral("j<b>"), JobType::Capture, JobStatus::Failed));
        center.flush();
        QTRY_COMPARE(server.calls().size(), 1);
        QVERIFY(server.calls().first().actions.isEmpty());
        QVERIFY(server.calls().first().body.contains(QLatin1String("j&lt;b&gt;")));
        QVERIFY(!server.calls().first().body.contains(QLatin1String("<b>")));
    }

    void fallsBackWithoutAService()
    {
        DBusNotifier notifier; // nobody owns org.freedesktop.Notifications
        RecordingNotifier balloon;
        FallbackNotifier chain(&notifier, &balloon);
        QSignalSpy availability(&notifier, &Notifier::availabilityChanged);
        NotificationCenter center(QStringLiteral("acc"), &chain, &m_clock);
        center.setCoalesceMs(0);
        reading(center, Freshness::Fresh);
        reading(center, Freshness::Late);
        QCOMPARE(balloon.shown.size(), 1);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(chain.describe(), QStringLiteral("recorder"));

        // The service appears: it is used from then on, and the balloon no more.
        FakeNotificationServer server;
        QVERIFY(server.registerOnBus());
        QTRY_VERIFY(notifier.isAvailable());
        QCOMPARE(chain.describe(), QStringLiteral("fake-notifyd"));
        reading(center, Freshness::Stale);
        QTRY_COMPARE(server.calls().size(), 1);
        QCOMPARE(balloon.shown.size(), 1);

        // It refuses one: the balloon shows it instead.
        server.setRefusing(true);
        reading(center, Freshness::Fresh);
        reading(center, Freshness::Late);
        QTRY_COMPARE(balloon.shown.size(), 2);
        QCOMPARE(server.calls().size(), 1);

        // It goes away: back to the balloon at once.
        server.setRefusing(false);
        server.unregister();
        QTRY_VERIFY(!notifier.isAvailable());
        reading(center, Freshness::Stale);
        QCOMPARE(balloon.shown.size(), 3);

        // Neither: the chain says so, nothing is lost silently.
        balloon.available = false;
        QSignalSpy failed(&chain, &Notifier::failed);
        reading(center, Freshness::Fresh);
        reading(center, Freshness::Late);
        QCOMPARE(failed.size(), 1);
        QVERIFY(availability.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(NotifyDBusTest)
#include "tst_notify_dbus.moc"
