#include "Seeder.h"

#include "EnvironmentData.h"
#include "JobRunner.h"
#include "PlanPolicy.h"
#include "SandboxClock.h"
#include "Ulid.h"
#include "WordPressSeed.h"

#include <QDir>

namespace {
struct DemoSite { const char *slug, *name, *plan, *region; QStringList envs; };

QList<DemoSite> demoSites()
{
    const QString p = QStringLiteral("production"), s = QStringLiteral("staging");
    return {
        {"acme-store", "Acme Store", "pro", "eu-west", {p, s, QStringLiteral("preview-checkout")}},
        {"acme-blog", "Acme Blog", "starter", "eu-west", {p, s}},
        {"bakery-bern", "Bakery Bern", "starter", "eu-central", {p, s}},
        {"city-dental", "City Dental", "pro", "us-east", {p, s}},
        {"globex-shop", "Globex Shop", "agency", "us-east", {p, s, QStringLiteral("preview-summer-sale"), QStringLiteral("preview-new-nav")}},
        {"hooli-docs", "Hooli Docs", "pro", "us-west", {p, s}},
        {"initech-intranet", "Initech Intranet", "enterprise", "eu-west", {p, s, QStringLiteral("preview-sso")}},
        {"kiosk-kafe", "Kiosk Kafe", "starter", "eu-north", {p, s}},
        {"museum-nord", "Museum Nord", "agency", "eu-north", {p, s}},
        {"pied-piper", "Pied Piper", "pro", "us-west", {p, s}},
        {"umbrella-labs", "Umbrella Labs", "business", "ap-south", {p, s}},
        {"wayne-foundation", "Wayne Foundation", "agency", "us-east", {p, s, QStringLiteral("preview-gala")}},
    };
}

QString kindOf(const QString &env)
{
    if (env == QLatin1String("production")) return QStringLiteral("production");
    if (env == QLatin1String("staging")) return QStringLiteral("staging");
    return QStringLiteral("preview");
}

QDateTime dayAt(const QDateTime &now, int daysAgo, int hour)
{
    const QDate d = now.date().addDays(-daysAgo);
    return QDateTime(d, QTime(hour, 0), Qt::UTC);
}
}

Seeder::Seeder(Store *store, JobRunner *jobs, const SandboxClock *clock)
    : m_store(store)
    , m_jobs(jobs)
    , m_clock(clock)
{
}

bool Seeder::validateSpec(const QString &spec, QString *error)
{
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = true;
        if (part == QLatin1String("demo") || part == QLatin1String("none") || part == QLatin1String("wordpress"))
            continue;
        if (part.startsWith(QLatin1String("fleet:"))) {
            const int n = part.mid(6).toInt(&ok);
            if (ok && n >= 1 && n <= 5000)
                continue;
            *error = QStringLiteral("--seed fleet:N needs N from 1 to 5000");
            return false;
        }
        if (part.startsWith(QLatin1String("big:"))) {
            const int mb = part.mid(4).toInt(&ok);
            if (ok && mb >= 1 && mb <= 16384)
                continue;
            *error = QStringLiteral("--seed big:SIZE_MB needs SIZE_MB from 1 to 16384");
            return false;
        }
        *error = QStringLiteral("unknown seed \"%1\" (use demo, wordpress, fleet:N, big:SIZE_MB or none; combine with commas)").arg(part);
        return false;
    }
    return true;
}

bool Seeder::seed(const QString &spec, QString *key, QString *error)
{
    key->clear();
    if (m_store->meta(QStringLiteral("needs_key")) == QLatin1String("1")) {
        // A fresh copy of a cached seed template (SeedCache): give it its own key.
        m_store->setMeta(QStringLiteral("needs_key"), QString());
        m_store->rescheduleAll(m_clock->now());
        const QString org = m_store->meta(QStringLiteral("default_org"));
        *key = m_store->createKey(m_store->firstAccount(org), QStringLiteral("test"), Store::kAllScopes, {}, m_clock->now());
        return !key->isEmpty();
    }
    if (!m_store->meta(QStringLiteral("seeded")).isEmpty() || spec == QLatin1String("none"))
        return true; // a seed only ever fills an empty data dir; restarts keep the state
    if (!ensureOrganization(error))
        return false;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = true;
        if (part == QLatin1String("demo"))
            ok = seedDemo(error);
        else if (part == QLatin1String("wordpress"))
            ok = seedWordPress(error);
        else if (part.startsWith(QLatin1String("fleet:")))
            ok = seedFleet(part.mid(6).toInt(), error);
        else if (part.startsWith(QLatin1String("big:")))
            ok = seedBig(part.mid(4).toInt(), error);
        if (!ok)
            return false;
    }
    const QString account = m_store->firstAccount(m_orgId);
    *key = m_store->createKey(account, QStringLiteral("test"), Store::kAllScopes, {}, m_clock->now());
    m_store->setMeta(QStringLiteral("seeded"), spec);
    return !key->isEmpty();
}

bool Seeder::ensureOrganization(QString *error)
{
    const QDateTime created = m_clock->now().addDays(-400);
    m_orgId = m_store->createOrganization(QStringLiteral("Acme Agency"), QStringLiteral("agency"), created);
    m_email = QStringLiteral("dana@acme-agency.example");
    if (m_orgId.isEmpty() || m_store->createAccount(m_orgId, QStringLiteral("Dana Demo"), m_email, created).isEmpty()) {
        *error = m_store->lastError();
        return false;
    }
    m_store->setMeta(QStringLiteral("default_org"), m_orgId);
    return true;
}

bool Seeder::addSite(const QString &slug, const QString &name, const QString &plan, const QString &region,
                     const QStringList &envs, SiteInfo *site, QString *error)
{
    const QDateTime created = m_clock->now().addDays(-200);
    const QString id = m_store->createSite(m_orgId, slug, name, region, plan, created);
    if (id.isEmpty()) {
        *error = m_store->lastError();
        return false;
    }
    *site = SiteInfo{id, m_orgId, slug, name, region, plan};
    for (const QString &env : envs) {
        const PlanPolicy policy = PlanPolicy::forPlan(plan, kindOf(env));
        if (m_store->createEnvironment(*site, env, kindOf(env), false, created,
                                       PlanPolicy::nextRun(policy.cadence, m_clock->now())).isEmpty()) {
            *error = m_store->lastError();
            return false;
        }
    }
    return true;
}

bool Seeder::seedDemo(QString *error)
{
    for (const DemoSite &d : demoSites()) {
        SiteInfo site;
        if (!addSite(QString::fromLatin1(d.slug), QString::fromLatin1(d.name), QString::fromLatin1(d.plan),
                     QString::fromLatin1(d.region), d.envs, &site, error))
            return false;
        for (const QString &env : d.envs) {
            if (!EnvironmentData::create(m_store->envDir(site.slug, env), site.slug, env, 0, error))
                return false;
        }
        if (!addHistory(site, QStringLiteral("production"), 30, error))
            return false;
    }
    SiteInfo acme, globex;
    m_store->findSite(QStringLiteral("acme-store"), &acme);
    m_store->findSite(QStringLiteral("globex-shop"), &globex);
    if (!addManual(acme, QStringLiteral("production"), QStringLiteral("Launch day"), 10, false, error)
        || !addManual(acme, QStringLiteral("production"), QStringLiteral("Before theme update"), 3, false, error)
        || !addManual(acme, QStringLiteral("staging"), QStringLiteral("Before plugin update"), 1, true, error)
        || !addManual(acme, QStringLiteral("staging"), QStringLiteral("Staging baseline"), 2, false, error)
        || !addManual(globex, QStringLiteral("production"), QStringLiteral("Pre-migration"), 5, false, error))
        return false;

    // Another organization's site, so tests can see 403 forbidden.
    const QDateTime created = m_clock->now().addDays(-100);
    const QString other = m_store->createOrganization(QStringLiteral("Other Org"), QStringLiteral("starter"), created);
    m_store->createAccount(other, QStringLiteral("Olga Other"), QStringLiteral("olga@other-org.example"), created);
    const QString otherSite = m_store->createSite(other, QStringLiteral("other-site"), QStringLiteral("Other Site"),
                                                  QStringLiteral("eu-west"), QStringLiteral("starter"), created);
    m_store->createEnvironment(SiteInfo{otherSite, other, QStringLiteral("other-site"), QStringLiteral("Other Site"),
                                        QStringLiteral("eu-west"), QStringLiteral("starter")},
                               QStringLiteral("production"), QStringLiteral("production"), true, created,
                               PlanPolicy::nextRun(QStringLiteral("daily"), m_clock->now()));
    return EnvironmentData::create(m_store->envDir(QStringLiteral("other-site"), QStringLiteral("production")),
                                   QStringLiteral("other-site"), QStringLiteral("production"), 0, error);
}

// A month of daily scheduled backups at 02:00 UTC, up to the last one before now. Those still within retention have real
// archives of the environment as it was that day; older ones are `expired` (no archive).
bool Seeder::addHistory(const SiteInfo &site, const QString &env, int days, QString *error)
{
    EnvInfo e;
    m_store->findEnvironment(site.id, env, &e);
    const QString dir = m_store->envDir(site.slug, env);
    const QDateTime now = m_clock->now();
    const int keep = e.maxSnapshots.isNull() ? days : int(e.maxSnapshots.toLongLong());
    // Up to today's 02:00 once it has passed: a demo opened at 09:00 shows this night's backup,
    // as the real platform would, not yesterday's as the newest.
    for (int ago = days; ago >= 0; --ago) {
        const QDateTime at = dayAt(now, ago, PlanPolicy::kNightlyHourUtc);
        if (at > now)
            continue;
        const bool expired = at.addDays(e.retentionDays) <= now || ago > keep;
        if (expired) {
            const SnapInfo s = newSnapshot(site, env, QStringLiteral("scheduled"), at);
            if (!m_store->insertSnapshot(s, QStringLiteral("expired"), at.addSecs(40), at.addDays(e.retentionDays), {})) {
                *error = m_store->lastError();
                return false;
            }
            continue;
        }
        if (!EnvironmentData::evolve(dir, days - ago + 1, error) || !takeScheduled(site, env, at, error))
            return false;
    }
    return true;
}

SnapInfo Seeder::newSnapshot(const SiteInfo &site, const QString &env, const QString &kind, const QDateTime &at)
{
    SnapInfo s;
    s.id = Ulid::make(QStringLiteral("snap"), at);
    s.siteId = site.id;
    s.env = env;
    s.kind = kind;
    s.createdAt = at;
    return s;
}

bool Seeder::takeScheduled(const SiteInfo &site, const QString &env, const QDateTime &at, QString *error, int gzipLevel)
{
    const SnapInfo s = newSnapshot(site, env, QStringLiteral("scheduled"), at);
    if (!m_store->insertSnapshot(s, QStringLiteral("capturing"), {}, {}, {})) {
        *error = m_store->lastError();
        return false;
    }
    return m_jobs->captureNow(site, env, s.id, gzipLevel, at.addSecs(40), error);
}

bool Seeder::catchUp(int *taken, QString *error)
{
    *taken = 0;
    const QDateTime now = m_clock->now();
    for (const auto &[site, env] : m_store->schedulesBehind(now)) {
        if (!takeScheduled(site, env.name, now, error))
            return false;
        m_store->setNextRun(env.id, PlanPolicy::nextRun(env.cadence, now));
        ++*taken;
    }
    return true;
}

bool Seeder::addManual(const SiteInfo &site, const QString &env, const QString &label, int daysAgo, bool fail, QString *error)
{
    const QDateTime at = dayAt(m_clock->now(), daysAgo, 15);
    SnapInfo s = newSnapshot(site, env, QStringLiteral("manual"), at);
    s.label = label;
    s.createdBy = m_email;
    if (fail) {
        const QJsonObject err{{QStringLiteral("code"), QStringLiteral("capture_failed")},
                              {QStringLiteral("message"), QStringLiteral("The database dump timed out after 600 seconds.")}};
        if (!m_store->insertSnapshot(s, QStringLiteral("failed"), at.addSecs(600), {}, err)) {
            *error = m_store->lastError();
            return false;
        }
        return true;
    }
    return m_store->insertSnapshot(s, QStringLiteral("capturing"), {}, {}, {})
        && m_jobs->captureNow(site, env, s.id, 6, at.addSecs(25), error);
}

// Site harbor-press: a WordPress-like production with 30 nightly backups (WordPressSeed), the
// last 30 nights up to this one once 02:00 UTC has passed, all within the pro plan's retention.
bool Seeder::seedWordPress(QString *error)
{
    SiteInfo site;
    const QString prod = QStringLiteral("production");
    if (!addSite(QStringLiteral("harbor-press"), QStringLiteral("Harbor Press"), QStringLiteral("pro"), QStringLiteral("eu-west"),
                 {prod, QStringLiteral("staging")}, &site, error))
        return false;
    const QDateTime now = m_clock->now();
    const int newest = dayAt(now, 0, PlanPolicy::kNightlyHourUtc) > now ? 1 : 0;
    WordPressSeed content(m_store->envDir(site.slug, prod));
    for (int i = 0; i < WordPressSeed::kSnapshots; ++i) {
        const QDateTime at = dayAt(now, newest + WordPressSeed::kSnapshots - 1 - i, PlanPolicy::kNightlyHourUtc);
        const bool ok = i == 0 ? content.create(at.date(), error) : content.advance(i, at.date(), error);
        // Level 1: thirty archives of a real-sized site; level 6 would double the seed's time.
        if (!ok || !takeScheduled(site, prod, at, error, 1))
            return false;
    }
    return EnvironmentData::create(m_store->envDir(site.slug, QStringLiteral("staging")), site.slug, QStringLiteral("staging"), 0, error);
}

// Sites with metadata-only history: listing and timelines at scale. Their environments get
// real content on first capture or restore; their history has no archive (409 archive_unavailable).
bool Seeder::seedFleet(int count, QString *error)
{
    static const char *const plans[] = {"starter", "pro", "agency"};
    const QDateTime now = m_clock->now();
    return m_store->transaction([&] {
        for (int i = 1; i <= count; ++i) {
            SiteInfo site;
            const QString slug = QStringLiteral("fleet-%1").arg(i, 5, 10, QLatin1Char('0'));
            if (!addSite(slug, QStringLiteral("Fleet site %1").arg(i), QString::fromLatin1(plans[i % 3]),
                         QStringLiteral("eu-west"), {QStringLiteral("production"), QStringLiteral("staging")}, &site, error))
                return false;
            for (int ago = 10; ago >= 1; --ago) {
                SnapInfo s;
                s.createdAt = dayAt(now, ago, PlanPolicy::kNightlyHourUtc).addSecs(i % 3600);
                s.id = Ulid::make(QStringLiteral("snap"), s.createdAt);
                s.siteId = site.id;
                s.env = QStringLiteral("production");
                s.kind = QStringLiteral("scheduled");
                if (!m_store->insertSnapshot(s, QStringLiteral("ready"), s.createdAt.addSecs(30), s.createdAt.addDays(30), {})) {
                    *error = m_store->lastError();
                    return false;
                }
            }
        }
        return true;
    });
}

bool Seeder::seedBig(int sizeMb, QString *error)
{
    SiteInfo site;
    if (!addSite(QStringLiteral("big-site"), QStringLiteral("Big Site"), QStringLiteral("pro"), QStringLiteral("eu-west"),
                 {QStringLiteral("production")}, &site, error))
        return false;
    EnvInfo env;
    m_store->findEnvironment(site.id, QStringLiteral("production"), &env);
    m_store->setNextRun(env.id, {}); // no scheduled captures of a gigabyte during a benchmark
    const QString dir = m_store->envDir(site.slug, QStringLiteral("production"));
    if (!EnvironmentData::create(dir, site.slug, QStringLiteral("production"), 0, error)
        || !EnvironmentData::addRandomFile(dir, QStringLiteral("media/big.bin"), qint64(sizeMb) * 1024 * 1024, error))
        return false;
    const QDateTime at = m_clock->now().addSecs(-3600);
    SnapInfo s = newSnapshot(site, QStringLiteral("production"), QStringLiteral("manual"), at);
    s.label = QStringLiteral("Big archive");
    s.createdBy = m_email;
    // Level 1: the data is incompressible, so a higher level would only burn CPU.
    return m_store->insertSnapshot(s, QStringLiteral("capturing"), {}, {}, {})
        && m_jobs->captureNow(site, QStringLiteral("production"), s.id, 1, at.addSecs(60), error);
}
