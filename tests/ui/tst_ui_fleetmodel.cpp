#include "UiTestData.h"

#include "api/BackupPolicy.h"
#include "fleet/FleetCache.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetModel.h"
#include "util/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace UiTestData;

class FleetModelTest : public QObject
{
    Q_OBJECT
private:
    ManualClock clock;
    QDateTime hoursAgo(int h) const { return clock.now().addSecs(-3600LL * h); }
    QList<Site> demo() const
    {
        return {
            site(QStringLiteral("acme-blog"), QStringLiteral("Acme Blog"),
                 {environment(QStringLiteral("production"), EnvironmentKind::Production, hoursAgo(3)),
                  environment(QStringLiteral("staging"), EnvironmentKind::Staging)}),
            site(QStringLiteral("globex"), QStringLiteral("Globex Shop"),
                 {environment(QStringLiteral("production"), EnvironmentKind::Production, hoursAgo(60))}),
            site(QStringLiteral("initech"), QStringLiteral("Initech Intranet"),
                 {environment(QStringLiteral("production"), EnvironmentKind::Production),
                  environment(QStringLiteral("pr-12"), EnvironmentKind::Preview, hoursAgo(1))}),
        };
    }
    static BackupPolicy dailyPolicy(const QString &siteId)
    {
        BackupPolicy p;
        p.siteId = siteId;
        p.plan = QStringLiteral("agency");
        EnvironmentPolicy e;
        e.environment = QStringLiteral("production");
        e.cadence = Cadence::Daily;
        e.retentionDays = 30;
        p.environments << e;
        return p;
    }

private Q_SLOTS:
    void structureAndRoles()
    {
        FleetModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites(demo());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex acme = model.index(0, 0);
        QCOMPARE(model.rowCount(acme), 2);
        QCOMPARE(acme.data().toString(), QStringLiteral("Acme Blog (acme-blog)"));
        const QModelIndex prod = model.index(0, 0, acme);
        QCOMPARE(prod.data().toString(), QStringLiteral("production"));
        QCOMPARE(prod.parent(), acme);
        QCOMPARE(prod.data(FleetModel::SiteIdRole).toString(), QStringLiteral("site_acme-blog"));
        QVERIFY(prod.data(FleetModel::ProtectedRole).toBool());
        QCOMPARE(prod.data(FleetModel::LastSnapshotAtRole).toDateTime(), hoursAgo(3));
        QCOMPARE(model.index(0, FleetModel::LastBackupColumn, acme).data().toString(), QStringLiteral("3 hours ago"));
        QCOMPARE(model.environmentAt(prod), QStringLiteral("production"));
        QCOMPARE(model.indexFor(QStringLiteral("site_acme-blog"), QStringLiteral("staging")), model.index(1, 0, acme));
        // No raw id is ever displayed.
        for (int c = 0; c < FleetModel::ColumnCount; ++c)
            QVERIFY(!model.index(0, c, acme).data().toString().contains(QLatin1String("env_")));
    }

    void freshnessAgainstCadence()
    {
        FleetModel model(&clock);
        model.setSites({site(QStringLiteral("s"), QStringLiteral("S"),
                             {environment(QStringLiteral("production"), EnvironmentKind::Production, hoursAgo(30))})});
        const QModelIndex env = model.index(0, 0, model.index(0, 0));
        QCOMPARE(Freshness(env.data(FleetModel::FreshnessRole).toInt()), Freshness::Unknown); // no policy yet
        model.setPolicy(dailyPolicy(QStringLiteral("site_s")));
        QCOMPARE(Freshness(env.data(FleetModel::FreshnessRole).toInt()), Freshness::Late);
        QCOMPARE(FreshnessRules::classify(hoursAgo(23), 86400, clock.now()), Freshness::Fresh);
        QCOMPARE(FreshnessRules::classify(hoursAgo(49), 86400, clock.now()), Freshness::Stale);
        QCOMPARE(FreshnessRules::classify({}, 86400, clock.now()), Freshness::Never);
    }

    void agesMoveWithTheClock()
    {
        ManualClock local;
        FleetModel model(&local);
        model.setSites({site(QStringLiteral("s"), QStringLiteral("S"),
                             {environment(QStringLiteral("production"), EnvironmentKind::Production, local.now().addSecs(-3600))})});
        model.setPolicy(dailyPolicy(QStringLiteral("site_s")));
        const QModelIndex env = model.index(0, 0, model.index(0, 0));
        QCOMPARE(Freshness(env.data(FleetModel::FreshnessRole).toInt()), Freshness::Fresh);
        QCOMPARE(model.productionHealth().fresh, 1);
        QVERIFY(!env.data(FleetModel::NeedsAttentionRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        local.advanceSeconds(3 * 86400);
        model.refreshAges();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(Freshness(env.data(FleetModel::FreshnessRole).toInt()), Freshness::Stale);
        QCOMPARE(model.productionHealth().stale, 1);
        QVERIFY(env.data(FleetModel::NeedsAttentionRole).toBool());
    }

    void attentionFollowsEachSchedule()
    {
        FleetModel model(&clock);
        model.setSites(demo());
        QCOMPARE(model.productionEnvironmentCount(), 3);
        // No schedule known yet: nothing is judged, so nothing needs attention.
        QCOMPARE(model.productionHealth().unscheduled, 3);
        QCOMPARE(model.productionHealth().behind() + model.productionHealth().never, 0);

        // acme-blog backs up hourly (3 h ago: stale), globex daily (60 h ago: stale), initech
        // daily and never backed up. The staging and preview environments are not production.
        BackupPolicy hourly = dailyPolicy(QStringLiteral("site_acme-blog"));
        hourly.environments[0].cadence = Cadence::Hourly;
        model.setPolicy(hourly);
        model.setPolicy(dailyPolicy(QStringLiteral("site_globex")));
        model.setPolicy(dailyPolicy(QStringLiteral("site_initech")));
        const HealthCounts health = model.productionHealth();
        QCOMPARE(health.stale, 2);
        QCOMPARE(health.never, 1);
        QCOMPARE(health.fresh, 0);
        QVERIFY(model.index(0, 0).data(FleetModel::NeedsAttentionRole).toBool());
        QCOMPARE(Freshness(model.index(0, 0).data(FleetModel::FreshnessRole).toInt()), Freshness::Stale);

        // A weekly schedule makes the same 3-hour-old backup fresh.
        hourly.environments[0].cadence = Cadence::Weekly;
        model.setPolicy(hourly);
        QCOMPARE(model.productionHealth().fresh, 1);
        QVERIFY(!model.index(0, 0).data(FleetModel::NeedsAttentionRole).toBool());
    }

    void mergeKeepsPersistentIndexes()
    {
        FleetModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites(demo());
        const QPersistentModelIndex initechPreview = model.index(1, 0, model.index(2, 0));
        QCOMPARE(initechPreview.data().toString(), QStringLiteral("pr-12"));

        QList<Site> next = demo();
        next.removeAt(1); // globex gone
        next.insert(0, site(QStringLiteral("aaa"), QStringLiteral("First"), {environment(QStringLiteral("production"), EnvironmentKind::Production)}));
        next.insert(2, site(QStringLiteral("b-new"), QStringLiteral("Middle"), {}));
        next[3].environments.append(environment(QStringLiteral("staging"), EnvironmentKind::Staging)); // initech grows

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.beginRefresh();
        model.mergeSites(next.mid(0, 2));
        model.mergeSites(next.mid(2));
        model.endRefresh();
        QCOMPARE(reset.count(), 0);
        QStringList slugs;
        for (const Site &s : model.sites())
            slugs << s.slug;
        QCOMPARE(slugs, (QStringList{QStringLiteral("aaa"), QStringLiteral("acme-blog"), QStringLiteral("b-new"), QStringLiteral("initech")}));
        QCOMPARE(model.rowCount(model.index(3, 0)), 3);
        // The environments of initech were replaced (the list changed), so the old index is gone;
        // an unchanged site's children survive:
        const QPersistentModelIndex acmeStaging = model.index(1, 0, model.index(1, 0));
        model.beginRefresh();
        model.mergeSites(next);
        model.endRefresh();
        QVERIFY(acmeStaging.isValid());
        QCOMPARE(acmeStaging.data().toString(), QStringLiteral("staging"));
    }

    void failedRefreshKeepsEverything()
    {
        FleetModel model(&clock);
        model.setSites(demo());
        model.beginRefresh();
        model.mergeSites(demo().mid(0, 1));
        model.endRefreshKeepingAll();
        QCOMPARE(model.rowCount(), 3);
    }

    void runningJobs()
    {
        FleetModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites(demo());
        model.setJobRunning(QStringLiteral("site_globex"), QStringLiteral("production"), true);
        const QModelIndex globex = model.index(1, 0);
        QVERIFY(globex.data(FleetModel::JobRunningRole).toBool());
        QVERIFY(model.index(0, 0, globex).data(FleetModel::JobRunningRole).toBool());
        model.setJobRunning(QStringLiteral("site_globex"), QStringLiteral("production"), false);
        QVERIFY(!globex.data(FleetModel::JobRunningRole).toBool());
    }

    void searchAndAttentionFilter()
    {
        FleetModel model(&clock);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites(demo());
        proxy.setSearchText(QStringLiteral("ACME"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2); // a matching site keeps all its environments

        proxy.setSearchText(QStringLiteral("pr-1"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(FleetModel::SiteSlugRole).toString(), QStringLiteral("initech"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

        proxy.setSearchText(QStringLiteral("Globex Sh"));
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setSearchText(QString());
        for (const char *slug : {"acme-blog", "globex", "initech"})
            model.setPolicy(dailyPolicy(QStringLiteral("site_") + QLatin1String(slug)));
        proxy.setAttentionOnly(true);
        QCOMPARE(proxy.rowCount(), 2); // globex (60 h on a daily schedule) and initech (never)
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QCOMPARE(proxy.rowCount(proxy.index(r, 0)), 1);
            QCOMPARE(proxy.index(0, 0, proxy.index(r, 0)).data(FleetModel::EnvironmentNameRole).toString(), QStringLiteral("production"));
        }
    }

    void sortsByAge()
    {
        FleetModel model(&clock);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSites(demo());
        proxy.sort(FleetModel::LastBackupColumn, Qt::AscendingOrder);
        // Never backed up (initech) first, then the oldest.
        QCOMPARE(proxy.index(0, 0).data(FleetModel::SiteSlugRole).toString(), QStringLiteral("initech"));
        QCOMPARE(proxy.index(1, 0).data(FleetModel::SiteSlugRole).toString(), QStringLiteral("globex"));
    }

    void largeFleetFiltersInOnePass()
    {
        FleetModel model(&clock);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Site> sites;
        for (int i = 0; i < 5000; ++i)
            sites << site(QStringLiteral("site-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Site %1").arg(i),
                          {environment(QStringLiteral("production"), EnvironmentKind::Production, hoursAgo(i % 90)),
                           environment(QStringLiteral("staging"), EnvironmentKind::Staging)});
        model.setSites(sites);
        proxy.setSearchText(QStringLiteral("site-49"));
        QCOMPARE(proxy.rowCount(), 100);
    }

    void cacheRoundTripAndDamage()
    {
        QTemporaryDir dir;
        const FleetCache cache(dir.path());
        FleetCache::Contents saved;
        saved.savedAt = clock.now();
        saved.sites = demo();
        Environment odd = environment(QStringLiteral("qa"), EnvironmentKind::Unknown, hoursAgo(2));
        odd.kindRaw = QStringLiteral("qa-lab"); // an enum value this version does not know
        saved.sites[0].environments << odd;
        BackupPolicy limited = dailyPolicy(QStringLiteral("site_globex"));
        limited.environments[0].maxSnapshots = 14;
        limited.environments[0].nextRunAt = hoursAgo(-5);
        saved.policies = {dailyPolicy(QStringLiteral("site_acme-blog")), limited};
        QVERIFY(cache.save(QStringLiteral("account-1"), saved));

        FleetCache::Contents loaded;
        QVERIFY(cache.load(QStringLiteral("account-1"), &loaded));
        QCOMPARE(loaded.savedAt, saved.savedAt);
        QCOMPARE(loaded.sites.size(), 3);
        const Site &first = loaded.sites[0];
        QCOMPARE(first.slug, QStringLiteral("acme-blog"));
        QCOMPARE(first.name, QStringLiteral("Acme Blog"));
        QCOMPARE(first.environments.size(), 3);
        QCOMPARE(first.environments[0].kind, EnvironmentKind::Production);
        QVERIFY(first.environments[0].isProtected);
        QCOMPARE(first.environments[0].lastSnapshot->createdAt, hoursAgo(3));
        QVERIFY(!first.environments[1].lastSnapshot);
        QCOMPARE(first.environments[2].kind, EnvironmentKind::Unknown);
        QCOMPARE(first.environments[2].kindRaw, QStringLiteral("qa-lab"));
        QCOMPARE(first.environments[2].url, QUrl(QStringLiteral("https://qa.example.com/")));
        QCOMPARE(loaded.policies.size(), 2);
        QVERIFY(!loaded.policies[0].environments[0].maxSnapshots);
        QCOMPARE(loaded.policies[1].environments[0].maxSnapshots, std::optional<int>(14));
        QCOMPARE(loaded.policies[1].environments[0].cadence, Cadence::Daily);
        QCOMPARE(loaded.policies[1].environments[0].nextRunAt, hoursAgo(-5));
        QVERIFY(!cache.load(QStringLiteral("another-account"), &loaded));

        // A cut-short file, one from an older version (the API's JSON) and noise: all refused.
        QFile file(cache.fileFor(QStringLiteral("account-1")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        const auto rewrite = [&](const QByteArray &bytes) {
            file.resize(0);
            file.seek(0);
            file.write(bytes);
            file.flush();
        };
        for (const QByteArray &bad : QList<QByteArray>{whole.left(whole.size() - 7), QByteArray(R"({"format":1,"sites":[]})"), whole + "x",
                                      QByteArray(whole.size(), 'z')}) {
            rewrite(bad);
            FleetCache::Contents out;
            QVERIFY(!cache.load(QStringLiteral("account-1"), &out));
            QVERIFY(out.sites.isEmpty());
        }
        rewrite(whole);
        QVERIFY(cache.load(QStringLiteral("account-1"), &loaded));
    }
};

QTEST_MAIN(FleetModelTest)
#include "tst_ui_fleetmodel.moc"
