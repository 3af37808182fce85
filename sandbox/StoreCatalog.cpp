// Store: sites, environments and backup policy (split from Store.cpp to keep files small).
#include "Store.h"

#include "PlanPolicy.h"
#include "SandboxClock.h"
#include "Ulid.h"

namespace {
QString ts(const QDateTime &t) { return t.isValid() ? SandboxClock::format(t) : QString(); }
QVariant tsOrNull(const QDateTime &t) { return t.isValid() ? QVariant(SandboxClock::format(t)) : QVariant(); }
const char kEnvColumns[] = "id, site_id, name, kind, cadence, protected, retention_days, max_snapshots, next_run_at";
const char kSiteColumns[] = "id, org_id, slug, name, region, plan";
}

QString Store::createSite(const QString &orgId, const QString &slug, const QString &name, const QString &region,
                          const QString &plan, const QDateTime &createdAt)
{
    QMutexLocker lock(&m_mutex);
    const QString id = Ulid::make(QStringLiteral("site"), createdAt);
    return m_db.exec(QStringLiteral("INSERT INTO sites(id, org_id, slug, name, region, plan, created_at) VALUES(?,?,?,?,?,?,?)"),
                     {id, orgId, slug, name, region, plan, ts(createdAt)}) ? id : QString();
}

QString Store::createEnvironment(const SiteInfo &site, const QString &name, const QString &kind, bool isProtected,
                                 const QDateTime &createdAt, const QDateTime &nextRunAt)
{
    const PlanPolicy p = PlanPolicy::forPlan(site.plan, kind);
    QMutexLocker lock(&m_mutex);
    const QString id = Ulid::make(QStringLiteral("env"), createdAt);
    const QDateTime next = p.cadence == QLatin1String("none") ? QDateTime() : nextRunAt;
    return m_db.exec(QStringLiteral("INSERT INTO environments(id, site_id, name, kind, protected, cadence, retention_days, "
                                    "max_snapshots, next_run_at, created_at) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                     {id, site.id, name, kind, isProtected || kind == QLatin1String("production"), p.cadence,
                      p.retentionDays, p.maxSnapshots, tsOrNull(next), ts(createdAt)})
        ? id : QString();
}

bool Store::findSite(const QString &ref, SiteInfo *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT %1 FROM sites WHERE id=? OR slug=?").arg(QLatin1String(kSiteColumns)),
                                {ref, ref});
    if (rows.isEmpty())
        return false;
    *out = siteFromRow(rows.first());
    return true;
}

bool Store::siteById(const QString &id, SiteInfo *out) const
{
    return findSite(id, out);
}

QList<SiteInfo> Store::listSites(const QString &orgId, const QString &q, const QString &afterSlug, int limit) const
{
    QMutexLocker lock(&m_mutex);
    QString sql = QStringLiteral("SELECT %1 FROM sites WHERE org_id=? AND slug>?").arg(QLatin1String(kSiteColumns));
    QVariantList params{orgId, afterSlug};
    if (!q.isEmpty()) {
        // instr() on lower() rather than LIKE, so % and _ in the filter are plain characters.
        sql += QStringLiteral(" AND (instr(lower(slug), ?) > 0 OR instr(lower(name), ?) > 0)");
        params << q.toLower() << q.toLower();
    }
    sql += QStringLiteral(" ORDER BY slug LIMIT ?");
    params << limit;
    QList<SiteInfo> out;
    m_db.query(sql, params, [&](const Database::Row &r) { out << siteFromRow(r); });
    return out;
}

QList<EnvInfo> Store::environments(const QString &siteId) const
{
    QMutexLocker lock(&m_mutex);
    QList<EnvInfo> out;
    // Production first, then staging, then previews; by name within a kind.
    m_db.query(QStringLiteral("SELECT %1 FROM environments WHERE site_id=? ORDER BY "
                              "CASE kind WHEN 'production' THEN 0 WHEN 'staging' THEN 1 ELSE 2 END, name")
                   .arg(QLatin1String(kEnvColumns)),
               {siteId}, [&](const Database::Row &r) { out << envFromRow(r); });
    return out;
}

bool Store::findEnvironment(const QString &siteId, const QString &name, EnvInfo *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT %1 FROM environments WHERE site_id=? AND name=?").arg(QLatin1String(kEnvColumns)),
                                {siteId, name});
    if (rows.isEmpty())
        return false;
    *out = envFromRow(rows.first());
    return true;
}

void Store::setNextRun(const QString &envId, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE environments SET next_run_at=? WHERE id=?"), {tsOrNull(at), envId});
}

void Store::rescheduleAll(const QDateTime &now)
{
    for (const auto &[site, env] : scheduledEnvironments()) {
        if (env.nextRunAt.isValid())
            setNextRun(env.id, PlanPolicy::nextRun(env.cadence, now));
    }
}

QList<QPair<SiteInfo, EnvInfo>> Store::schedulesBehind(const QDateTime &now) const
{
    QList<QPair<SiteInfo, EnvInfo>> behind;
    for (const auto &entry : scheduledEnvironments()) {
        const auto &[site, env] = entry;
        const qint64 interval = PlanPolicy::intervalSecs(env.cadence);
        if (!env.nextRunAt.isValid() || interval <= 0)
            continue; // no schedule, or paused
        QDateTime newest;
        {
            QMutexLocker lock(&m_mutex);
            const auto rows = m_db.rows(QStringLiteral("SELECT MAX(created_at) FROM snapshots WHERE site_id=? AND env_name=? "
                                                       "AND kind='scheduled' AND status IN ('pending','capturing','ready')"),
                                        {site.id, env.name});
            if (!rows.isEmpty())
                newest = SandboxClock::parse(rows[0][0].toString());
        }
        if (!newest.isValid() || newest.secsTo(now) > interval)
            behind.append(entry);
    }
    return behind;
}

QList<QPair<SiteInfo, EnvInfo>> Store::scheduledEnvironments() const
{
    QMutexLocker lock(&m_mutex);
    QList<QPair<SiteInfo, EnvInfo>> out;
    m_db.query(QStringLiteral("SELECT s.id, s.org_id, s.slug, s.name, s.region, s.plan, "
                              "e.id, e.site_id, e.name, e.kind, e.cadence, e.protected, e.retention_days, e.max_snapshots, e.next_run_at "
                              "FROM environments e JOIN sites s ON s.id=e.site_id ORDER BY s.slug, e.name"),
               {}, [&](const Database::Row &r) {
                   out.append({siteFromRow(r.mid(0, 6)), envFromRow(r.mid(6))});
               });
    return out;
}

QJsonObject Store::environmentJson(const EnvInfo &env) const
{
    SiteInfo site;
    siteById(env.siteId, &site);
    QMutexLocker lock(&m_mutex);
    const auto last = m_db.rows(QStringLiteral("SELECT id, kind, created_at FROM snapshots WHERE site_id=? AND env_name=? "
                                               "AND status='ready' ORDER BY id DESC LIMIT 1"),
                                {env.siteId, env.name});
    QJsonValue lastSnapshot;
    if (!last.isEmpty()) {
        lastSnapshot = QJsonObject{{QStringLiteral("id"), last[0][0].toString()},
                                   {QStringLiteral("kind"), last[0][1].toString()},
                                   {QStringLiteral("created_at"), last[0][2].toString()}};
    }
    const QString host = env.kind == QLatin1String("production")
        ? QString(site.slug + QStringLiteral(".example.com"))
        : QString(env.name + QLatin1Char('.') + site.slug + QStringLiteral(".example.com"));
    return QJsonObject{{QStringLiteral("id"), env.id},
                       {QStringLiteral("name"), env.name},
                       {QStringLiteral("kind"), env.kind},
                       {QStringLiteral("protected"), env.isProtected},
                       {QStringLiteral("url"), QString(QStringLiteral("https://") + host + QLatin1Char('/'))},
                       {QStringLiteral("last_snapshot"), lastSnapshot}};
}

QJsonObject Store::siteJson(const SiteInfo &site) const
{
    QJsonArray envs;
    for (const EnvInfo &e : environments(site.id))
        envs << environmentJson(e);
    QMutexLocker lock(&m_mutex);
    return QJsonObject{{QStringLiteral("id"), site.id},
                       {QStringLiteral("slug"), site.slug},
                       {QStringLiteral("name"), site.name},
                       {QStringLiteral("region"), site.region},
                       {QStringLiteral("plan"), site.plan},
                       {QStringLiteral("created_at"), m_db.scalar(QStringLiteral("SELECT created_at FROM sites WHERE id=?"), {site.id}).toString()},
                       {QStringLiteral("environments"), envs}};
}

QJsonObject Store::policyJson(const SiteInfo &site) const
{
    QJsonArray envs;
    for (const EnvInfo &e : environments(site.id)) {
        envs << QJsonObject{{QStringLiteral("environment"), e.name},
                            {QStringLiteral("cadence"), e.cadence},
                            {QStringLiteral("next_run_at"), e.nextRunAt.isValid() ? QJsonValue(ts(e.nextRunAt)) : QJsonValue()},
                            {QStringLiteral("retention_days"), e.retentionDays},
                            {QStringLiteral("max_snapshots"), e.maxSnapshots.isNull() ? QJsonValue() : QJsonValue(e.maxSnapshots.toLongLong())}};
    }
    return QJsonObject{{QStringLiteral("site_id"), site.id},
                       {QStringLiteral("plan"), site.plan},
                       {QStringLiteral("environments"), envs}};
}
