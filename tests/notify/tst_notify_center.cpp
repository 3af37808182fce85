// What the user is told and when (issue 17): once per change of state and never again for the
// same state, also across a restart; grouped; failed snapshots and ended restores once each; the
// digest at the chosen hour; the account's choices; the autostart entry.
#include "NotifyTestSupport.h"

#include "notify/AnnouncementText.h"
#include "notify/AutostartEntry.h"
#include "notify/HealthTransitions.h"
#include "notify/NotificationCenter.h"
#include "util/ManualClock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace NotifyTestSupport;

namespace {
// Tests run without the English catalog that gives "%n …(s)" its plural forms in the programs
// (translations/managed-desktop_en.ts), so the words are as written in the code.
QString plural(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Account = QStringLiteral("acc-1");

std::unique_ptr<NotificationCenter> makeCenter(RecordingNotifier &notifier, const Clock *clock,
                                               const QString &account = Account)
{
    auto center = std::make_unique<NotificationCenter>(account, &notifier, clock);
    center->setCoalesceMs(0);
    return center;
}
} // namespace

class NotifyCenterTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock {QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notify_center"));
    }
    void init() { QSettings().clear(); }

    void statesAtFirstSightAreQuiet()
    {
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Stale),
                               health(QStringLiteral("s2"), QStringLiteral("production"), Freshness::Never)});
        center->flush();
        QCOMPARE(notifier.shown.size(), 0);
    }

    void onceForEachChangeOfState()
    {
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        QSignalSpy announced(center.get(), &NotificationCenter::announced);
        auto reading = [&](Freshness f) {
            center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), f)});
            center->flush();
        };
        reading(Freshness::Fresh);
        QCOMPARE(notifier.shown.size(), 0);
        reading(Freshness::Late);
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("Backups of s1-shop · production are late"));
        QCOMPARE(notifier.shown.last().siteId, QStringLiteral("s1"));
        QCOMPARE(notifier.shown.last().actions,
                 QStringList({Announcement::showAction(), Announcement::snapshotAction()}));
        QVERIFY(!notifier.shown.last().urgent);
        reading(Freshness::Late); // the same state: never again
        reading(Freshness::Late);
        QCOMPARE(notifier.shown.size(), 1);
        reading(Freshness::Stale);
        QCOMPARE(notifier.shown.size(), 2);
        QVERIFY(notifier.shown.last().title.endsWith(QLatin1String("are stale")));
        QVERIFY(notifier.shown.last().urgent);
        reading(Freshness::Stale);
        reading(Freshness::Fresh); // better: recorded quietly
        QCOMPARE(notifier.shown.size(), 2);
        reading(Freshness::Late); // a new fall is a new change
        QCOMPARE(notifier.shown.size(), 3);
        QCOMPARE(announced.size(), 3);
    }

    void noRepeatAfterRestart()
    {
        {
            RecordingNotifier notifier;
            auto center = makeCenter(notifier, &m_clock);
            center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh)});
            center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Late)});
            center->flush();
            QCOMPARE(notifier.shown.size(), 1);
        }
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Late)});
        center->flush();
        QCOMPARE(notifier.shown.size(), 0); // told before the restart
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Stale)});
        center->flush();
        QCOMPARE(notifier.shown.size(), 1); // a change while the app was closed is still told

        // Another account keeps its own states: the same site is news there.
        RecordingNotifier other;
        auto second = makeCenter(other, &m_clock, QStringLiteral("acc-2"));
        second->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Stale)});
        second->flush();
        QCOMPARE(other.shown.size(), 0);
    }

    void simultaneousChangesAreGrouped()
    {
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        QList<EnvironmentHealth> fresh, behind;
        for (int i = 1; i <= 7; ++i) {
            const QString site = QStringLiteral("s%1").arg(i);
            fresh << health(site, QStringLiteral("production"), Freshness::Fresh);
            behind << health(site, QStringLiteral("production"), i == 4 ? Freshness::Stale : Freshness::Late);
        }
        center->observeHealth(fresh);
        center->observeHealth(behind);
        center->flush();
        QCOMPARE(notifier.shown.size(), 1);
        const Announcement &a = notifier.shown.first();
        QCOMPARE(a.title, plural("7 production environment(s) fell behind"));
        QVERIFY(a.body.startsWith(QStringLiteral("s4-shop · production: stale\n"))); // worst first
        QVERIFY(a.body.endsWith(QLatin1String("\nand 2 more")));
        QCOMPARE(a.siteId, QStringLiteral("s4"));
        QCOMPARE(a.actions, QStringList {Announcement::showAction()}); // no snapshot of "several"
        QVERIFY(a.urgent);

        // Kinds mixed: no kind in the title. Readings before the flush make one notification.
        center->observeHealth(
            {health(QStringLiteral("s8"), QStringLiteral("staging"), Freshness::Fresh, EnvironmentKind::Staging),
             health(QStringLiteral("s9"), QStringLiteral("production"), Freshness::Fresh)});
        center->observeHealth(
            {health(QStringLiteral("s8"), QStringLiteral("staging"), Freshness::Late, EnvironmentKind::Staging),
             health(QStringLiteral("s9"), QStringLiteral("production"), Freshness::Fresh)},
            false);
        center->observeHealth({health(QStringLiteral("s9"), QStringLiteral("production"), Freshness::Never)}, false);
        center->flush();
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.last().title, plural("2 environment(s) fell behind"));
    }

    void coalescedByTheTimer()
    {
        RecordingNotifier notifier;
        NotificationCenter center(Account, &notifier, &m_clock);
        center.setCoalesceMs(50);
        center.observeHealth({health(QStringLiteral("a"), QStringLiteral("production"), Freshness::Fresh),
                              health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Fresh)});
        center.observeHealth({health(QStringLiteral("a"), QStringLiteral("production"), Freshness::Late),
                              health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Fresh)});
        center.observeHealth({health(QStringLiteral("a"), QStringLiteral("production"), Freshness::Late),
                              health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Late)});
        QCOMPARE(notifier.shown.size(), 0);
        QTRY_COMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.first().title, plural("2 production environment(s) fell behind"));
    }

    void unjudgedKeepTheirStateVanishedAreForgotten()
    {
        QHash<QString, Freshness> known;
        HealthTransitions::apply(known,
                                 {health(QStringLiteral("a"), QStringLiteral("production"), Freshness::Fresh),
                                  health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Fresh)});
        QCOMPARE(known.size(), 2);
        // b's policy not read yet, a's site gone: b keeps "fresh", a is forgotten.
        auto changes = HealthTransitions::apply(
            known, {health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Unknown)});
        QVERIFY(changes.isEmpty());
        QCOMPARE(known.keys(),
                 QStringList {HealthTransitions::keyOf(QStringLiteral("b"), QStringLiteral("production"))});
        changes
            = HealthTransitions::apply(known,
                                       {health(QStringLiteral("a"), QStringLiteral("production"), Freshness::Stale),
                                        health(QStringLiteral("b"), QStringLiteral("production"), Freshness::Stale)});
        QCOMPARE(changes.size(), 1); // a: a first sight again; b: fell from fresh
        QCOMPARE(changes.first().health.siteId, QStringLiteral("b"));
        QCOMPARE(changes.first().before, Freshness::Fresh);
        // A partial reading forgets nothing it does not name.
        HealthTransitions::apply(known, {health(QStringLiteral("c"), QStringLiteral("production"), Freshness::Fresh)},
                                 false);
        QCOMPARE(known.size(), 3);
    }

    void failedSnapshotsAndRestoresOnceEach()
    {
        {
            RecordingNotifier notifier;
            auto center = makeCenter(notifier, &m_clock);
            center->observeHealth({health(QStringLiteral("site_1"), QStringLiteral("production"), Freshness::Fresh)});
            center->jobFinished(job(QStringLiteral("job_ok"), JobType::Capture, JobStatus::Succeeded));
            center->jobFinished(job(QStringLiteral("job_a"), JobType::Capture, JobStatus::Failed));
            center->flush();
            QCOMPARE(notifier.shown.size(), 1);
            QCOMPARE(notifier.shown.first().kind, Announcement::Kind::JobFailed);
            QCOMPARE(notifier.shown.first().title, QStringLiteral("Snapshot of site_1-shop · production failed"));
            QVERIFY(notifier.shown.first().body.contains(QLatin1String("job_a")));
            QVERIFY(center->tells(job(QStringLiteral("job_a"), JobType::Capture, JobStatus::Failed)));
            QVERIFY(!center->tells(job(QStringLiteral("job_ok"), JobType::Capture, JobStatus::Succeeded)));
            center->jobFinished(job(QStringLiteral("job_a"), JobType::Capture, JobStatus::Failed)); // repeated end
            center->jobFinished(job(QStringLiteral("job_r"), JobType::Restore, JobStatus::Succeeded));
            center->flush();
            QCOMPARE(notifier.shown.size(), 2);
            QCOMPARE(notifier.shown.last().kind, Announcement::Kind::RestoreEnded);
            QCOMPARE(notifier.shown.last().title, QStringLiteral("Restore of site_1-shop · production finished"));
            QVERIFY(!notifier.shown.last().urgent);
        }
        // After a restart the tracker reports the same ends again: told already.
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        center->jobFinished(job(QStringLiteral("job_a"), JobType::Capture, JobStatus::Failed));
        center->jobFinished(job(QStringLiteral("job_r"), JobType::Restore, JobStatus::Succeeded));
        center->flush();
        QCOMPARE(notifier.shown.size(), 0);
        // Several at once: one notification; the names fall back to the id without a reading.
        center->jobFinished(
            job(QStringLiteral("job_b"), JobType::Capture, JobStatus::Failed, QStringLiteral("site_x")));
        center->jobFinished(
            job(QStringLiteral("job_c"), JobType::Capture, JobStatus::Failed, QStringLiteral("site_y")));
        center->jobFinished(job(QStringLiteral("job_d"), JobType::Restore, JobStatus::Failed));
        center->flush();
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.at(0).title, plural("2 snapshot(s) failed"));
        QVERIFY(notifier.shown.at(0).body.contains(QStringLiteral("site_x · production: ")));
        QCOMPARE(notifier.shown.at(1).title, QStringLiteral("Restore of site_1 · production failed"));
        QVERIFY(notifier.shown.at(1).urgent);
    }

    void choicesAreRespectedAndStatesStillRecorded()
    {
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        NotificationSettings s;
        s.healthChanges = false;
        s.jobFailures = false;
        center->setSettings(s);
        QCOMPARE(NotificationSettings::load(Account), s);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh)});
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Stale)});
        center->jobFinished(job(QStringLiteral("j1"), JobType::Capture, JobStatus::Failed));
        center->flush();
        QCOMPARE(notifier.shown.size(), 0);
        QVERIFY(!center->tells(job(QStringLiteral("j1"), JobType::Capture, JobStatus::Failed)));
        // Turned on again: the past is not replayed.
        center->setSettings(NotificationSettings());
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Stale)});
        center->jobFinished(job(QStringLiteral("j1"), JobType::Capture, JobStatus::Failed));
        center->flush();
        QCOMPARE(notifier.shown.size(), 0);
        // Everything off.
        s = NotificationSettings();
        s.enabled = false;
        center->setSettings(s);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh)});
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Late)});
        center->jobFinished(job(QStringLiteral("j2"), JobType::Restore, JobStatus::Succeeded));
        center->flush();
        QCOMPARE(notifier.shown.size(), 0);
        QVERIFY(!center->tells(job(QStringLiteral("j2"), JobType::Restore, JobStatus::Succeeded)));
    }

    void settingsSurviveBadValues()
    {
        QSettings().setValue(Settings::notificationSettingsGroup(Account) + QStringLiteral("/digestHour"), 37);
        QCOMPARE(NotificationSettings::load(Account).digestHour, 9);
        Settings::forgetNotifications(Account);
        QCOMPARE(NotificationSettings::load(Account), NotificationSettings());
    }

    void digestAtTheChosenHour()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 59), Qt::LocalTime));
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &clock);
        NotificationSettings s;
        s.digest = true;
        s.digestHour = 9;
        center->setSettings(s);
        center->jobFinished(job(QStringLiteral("j1"), JobType::Capture, JobStatus::Failed));
        center->flush();
        QCOMPARE(notifier.shown.size(), 1);
        notifier.shown.clear();

        center->checkDigest();
        QCOMPARE(notifier.shown.size(), 0); // nothing read yet: no digest of nothing
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh),
                               health(QStringLiteral("s2"), QStringLiteral("production"), Freshness::Late),
                               health(QStringLiteral("s3"), QStringLiteral("staging"), Freshness::Never),
                               health(QStringLiteral("s4"), QStringLiteral("preview"), Freshness::Unknown)});
        QCOMPARE(notifier.shown.size(), 0); // 08:59
        clock.advanceSeconds(60);
        center->checkDigest();
        QCOMPARE(notifier.shown.size(), 1);
        const Announcement &d = notifier.shown.first();
        QCOMPARE(d.kind, Announcement::Kind::Digest);
        QCOMPARE(d.title, plural("Backup digest: 2 environment(s) need attention"));
        QVERIFY(d.body.startsWith(QLatin1String("1 fresh, 1 late, 0 stale, 1 never backed up\n")));
        QVERIFY(d.body.contains(QStringLiteral("s3-shop · staging: never backed up")));
        QVERIFY(d.body.endsWith(plural("1 snapshot(s) failed in the last 24 hours.")));
        QCOMPARE(d.siteId, QStringLiteral("s3"));
        QVERIFY(d.urgent);

        clock.advanceSeconds(6 * 3600);
        center->checkDigest();
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh)});
        QCOMPARE(notifier.shown.size(), 1); // once a day

        // A restart the same day does not send it again; the next day at nine it comes.
        center.reset();
        center = makeCenter(notifier, &clock);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("production"), Freshness::Fresh)});
        QCOMPARE(notifier.shown.size(), 1);
        clock.setNow(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::LocalTime));
        center->checkDigest();
        QCOMPARE(notifier.shown.size(), 1);
        clock.setNow(QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::LocalTime));
        center->checkDigest();
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("Backup digest: every scheduled environment is fresh"));

        // Off: none.
        s.digest = false;
        center->setSettings(s);
        clock.setNow(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::LocalTime));
        center->checkDigest();
        QCOMPARE(notifier.shown.size(), 2);
    }

    void actionsComeBackWithTheirEnvironment()
    {
        RecordingNotifier notifier;
        auto center = makeCenter(notifier, &m_clock);
        QSignalSpy requested(center.get(), &NotificationCenter::actionRequested);
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("staging"), Freshness::Fresh)});
        center->observeHealth({health(QStringLiteral("s1"), QStringLiteral("staging"), Freshness::Late)});
        center->flush();
        QCOMPARE(notifier.shown.size(), 1);
        notifier.click(notifier.shown.first(), Announcement::snapshotAction());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(),
                 QVariantList({Announcement::snapshotAction(), QStringLiteral("s1"), QStringLiteral("staging")}));
        Announcement foreign = notifier.shown.first();
        foreign.id = QStringLiteral("not-ours");
        notifier.click(foreign, Announcement::showAction());
        QCOMPARE(requested.size(), 1);
    }

    void autostartEntryWrittenAndRemoved()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QCOMPARE(AutostartEntry::path(), dir.path() + QStringLiteral("/autostart/dev.managed.Desktop.desktop"));
        QVERIFY(!AutostartEntry::exists());
        QString error;
        QVERIFY2(AutostartEntry::write(QStringLiteral("/opt/Managed Desktop/bin/mf-desktop"), &error),
                 qPrintable(error));
        QFile file(AutostartEntry::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(text.contains(QLatin1String("\nExec=\"/opt/Managed Desktop/bin/mf-desktop\" --tray\n")));
        QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
        QVERIFY(AutostartEntry::remove(&error));
        QVERIFY(!AutostartEntry::exists());
        QVERIFY(AutostartEntry::remove(&error)); // nothing to remove is fine

        // Reserved characters are escaped as the spec says; % is not a field code.
        QCOMPARE(AutostartEntry::execLine(QStringLiteral("/a\"b$c`d\\e%f")),
                 QStringLiteral("\"/a\\\\\"b\\\\$c\\\\`d\\\\\\\\e%%f\" --tray"));

        // Relative XDG_CONFIG_HOME is ignored; ~/.config is used instead.
        qputenv("XDG_CONFIG_HOME", "relative/dir");
        QVERIFY(AutostartEntry::path().startsWith(QDir::homePath() + QStringLiteral("/.config/autostart/")));

        // An unwritable place gets a sentence, not a crash.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("file")).toUtf8());
        QVERIFY(!AutostartEntry::write(QStringLiteral("/usr/bin/mf-desktop"), &error));
        QVERIFY(error.contains(QLatin1String("could not be")));
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(NotifyCenterTest)
#include "tst_notify_center.moc"
