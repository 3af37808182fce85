// The fleet in the core: health judged against each environment's own cadence (the monitoring
// statuses `mf fleet health` exits with), and the loader against a platform that misbehaves.
#include "FakeHttpServer.h"
#include "Fixtures.h"

#include "api/ApiClient.h"
#include "fleet/FleetCache.h"
#include "fleet/FleetHealth.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetReader.h"
#include "util/ManualClock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fixtures;

class FleetTest : public QObject
{
    Q_OBJECT

    ManualClock clock;

    static Site site(const QString &slug, const QList<QPair<QString, QDateTime>> &envs)
    {
        Site s;
        s.id = QStringLiteral("site_") + slug;
        s.slug = slug;
        for (const auto &[name, last] : envs) {
            Environment e;
            e.name = name;
            e.kind = name == QLatin1String("production") ? EnvironmentKind::Production : EnvironmentKind::Staging;
            if (last.isValid())
                e.lastSnapshot = SnapshotSummary{QStringLiteral("snap_x"), SnapshotKind::Scheduled, QStringLiteral("scheduled"), last};
            s.environments << e;
        }
        return s;
    }
    static BackupPolicy policy(const QString &slug, const QList<QPair<QString, Cadence>> &envs)
    {
        BackupPolicy p;
        p.siteId = QStringLiteral("site_") + slug;
        for (const auto &[name, cadence] : envs) {
            EnvironmentPolicy e;
            e.environment = name;
            e.cadence = cadence;
            e.cadenceRaw = cadence == Cadence::Hourly ? QStringLiteral("hourly")
                         : cadence == Cadence::Daily  ? QStringLiteral("daily")
                         : cadence == Cadence::Weekly ? QStringLiteral("weekly")
                                                      : QStringLiteral("none");
            p.environments << e;
        }
        return p;
    }
    QDateTime hoursAgo(double h) const { return clock.now().addSecs(qint64(-3600 * h)); }
    FleetHealth::MonitoringStatus statusOf(const QList<Site> &sites, const QList<BackupPolicy> &policies) const
    {
        return FleetHealth::monitoringStatus(FleetHealth::count(FleetHealth::judgeAll(sites, policies, clock.now())));
    }

    static std::unique_ptr<ApiClient> clientFor(const FakeHttpServer &server)
    {
        ApiClient::Options o;
        o.maxAttempts = 2;
        auto c = std::make_unique<ApiClient>(server.url(QStringLiteral("/v1")), o);
        c->setApiKey(QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
        return c;
    }

private Q_SLOTS:
    void eachEnvironmentAgainstItsOwnCadence()
    {
        const QList<Site> sites{site(QStringLiteral("a"), {{QStringLiteral("production"), hoursAgo(1.5)},
                                                           {QStringLiteral("staging"), hoursAgo(30)}}),
                                site(QStringLiteral("b"), {{QStringLiteral("production"), hoursAgo(1.5)},
                                                           {QStringLiteral("staging"), {}}})};
        const QList<BackupPolicy> policies{policy(QStringLiteral("a"), {{QStringLiteral("production"), Cadence::Hourly},
                                                                        {QStringLiteral("staging"), Cadence::Weekly}}),
                                           policy(QStringLiteral("b"), {{QStringLiteral("production"), Cadence::Daily},
                                                                        {QStringLiteral("staging"), Cadence::None}})};
        const QList<EnvironmentHealth> all = FleetHealth::judgeAll(sites, policies, clock.now());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].freshness, Freshness::Late);    // 1.5 h on an hourly schedule
        QCOMPARE(all[0].cadenceRaw, QStringLiteral("hourly"));
        QCOMPARE(all[1].freshness, Freshness::Fresh);   // 30 h on a weekly one
        QCOMPARE(all[2].freshness, Freshness::Fresh);   // 1.5 h on a daily one
        QCOMPARE(all[3].freshness, Freshness::Unknown); // never, but nothing is scheduled
        QVERIFY(!all[3].isScheduled());
        const HealthCounts counts = FleetHealth::count(all);
        QCOMPARE(counts.scheduled(), 3);
        QCOMPARE(counts.late, 1);
        QCOMPARE(counts.unscheduled, 1);
        QCOMPARE(FreshnessRules::key(all[0].freshness), QStringLiteral("late"));
    }

    void monitoringStatuses()
    {
        const Site s = site(QStringLiteral("s"), {{QStringLiteral("production"), hoursAgo(3)}});
        QCOMPARE(statusOf({s}, {policy(QStringLiteral("s"), {{QStringLiteral("production"), Cadence::Daily}})}),
                 FleetHealth::MonitoringOk);
        QCOMPARE(statusOf({s}, {policy(QStringLiteral("s"), {{QStringLiteral("production"), Cadence::Hourly}})}),
                 FleetHealth::MonitoringCritical); // 3 h on an hourly schedule: stale
        const Site late = site(QStringLiteral("s"), {{QStringLiteral("production"), hoursAgo(30)}});
        QCOMPARE(statusOf({late}, {policy(QStringLiteral("s"), {{QStringLiteral("production"), Cadence::Daily}})}),
                 FleetHealth::MonitoringWarning);
        const Site never = site(QStringLiteral("s"), {{QStringLiteral("production"), {}}});
        QCOMPARE(statusOf({never, late}, {policy(QStringLiteral("s"), {{QStringLiteral("production"), Cadence::Weekly}})}),
                 FleetHealth::MonitoringCritical);
        // Nothing scheduled at all (or no policy known): nothing is behind.
        QCOMPARE(statusOf({never}, {}), FleetHealth::MonitoringOk);
        QCOMPARE(int(FleetHealth::MonitoringUnknown), 3);
    }

    // A platform that answers every page with no items and a new cursor: the fleet load must end
    // with an error instead of asking for pages forever.
    void emptyPagesWithNewCursorsEnd()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int n = 0;
        server.setHandler([&n](const FakeHttpServer::Request &r) {
            if (r.target.contains("/jobs"))
                return FakeHttpServer::Response::json(200, page({}, QJsonValue::Null));
            return FakeHttpServer::Response::json(200, page({}, QStringLiteral("cursor-%1").arg(++n)));
        });
        auto api = clientFor(server);
        QTemporaryDir dir;
        FleetLoader loader(FleetCache(dir.path()), &clock);
        loader.setSession(api.get(), QStringLiteral("account"));
        QSignalSpy failed(&loader, &FleetLoader::refreshFailed);
        QSignalSpy ended(&loader, &FleetLoader::listingEnded);
        loader.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().toBool(), false); // what was shown stays
        QVERIFY(!loader.isRefreshing());
        const int asked = server.count("GET", "/v1/sites");
        QVERIFY2(asked <= 5, qPrintable(QString::number(asked))); // the page walker stops at 3
        QTest::qWait(300);
        QCOMPARE(server.count("GET", "/v1/sites"), asked); // and nothing more is asked afterwards

        FleetReader reader(api.get());
        QSignalSpy done(&reader, &FleetReader::finished);
        reader.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(reader.error().kind, ApiError::Kind::BadResponse);
    }

    // The sites, their policies and the running jobs, as a model would receive them.
    void loaderReportsWhatItRead()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request &r) {
            if (r.target.startsWith("/v1/jobs"))
                return FakeHttpServer::Response::json(200, page({job()}, QJsonValue::Null));
            if (r.target.contains("/backups/policy"))
                return FakeHttpServer::Response::json(200, bytes(backupPolicy()));
            return FakeHttpServer::Response::json(200, page({Fixtures::site()}, QJsonValue::Null));
        });
        auto api = clientFor(server);
        QTemporaryDir dir;
        FleetLoader loader(FleetCache(dir.path()), &clock);
        loader.setSession(api.get(), QStringLiteral("account"));
        QSignalSpy received(&loader, &FleetLoader::sitesReceived);
        QSignalSpy jobs(&loader, &FleetLoader::runningJobsReceived);
        QSignalSpy policies(&loader, &FleetLoader::policyReceived);
        QSignalSpy finished(&loader, &FleetLoader::refreshFinished);
        loader.refresh();
        QVERIFY(finished.wait(20000));
        QCOMPARE(received.count(), 1);
        QCOMPARE(loader.sites().size(), 1);
        QTRY_COMPARE(jobs.count(), 1);
        const auto running = jobs.first().first().value<QList<Job>>();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().environment, QStringLiteral("production"));
        QTRY_COMPARE_WITH_TIMEOUT(policies.count(), 1, 5000);
        QCOMPARE(loader.policies().size(), 1);

        FleetReader reader(api.get());
        QSignalSpy done(&reader, &FleetReader::finished);
        reader.start();
        QVERIFY(done.wait(20000));
        QVERIFY(!reader.error().isError());
        QCOMPARE(reader.sites().size(), 1);
        QCOMPARE(reader.policies().size(), 1);
    }
};

QTEST_GUILESS_MAIN(FleetTest)
#include "tst_fleet.moc"
