// Store: snapshots, jobs and idempotency records (split from Store.cpp to keep files small).
#include "Store.h"

#include "SandboxClock.h"

#include <QJsonDocument>

namespace {
QString ts(const QDateTime &t) { return t.isValid() ? SandboxClock::format(t) : QString(); }
QVariant tsOrNull(const QDateTime &t) { return t.isValid() ? QVariant(SandboxClock::format(t)) : QVariant(); }
QJsonValue strOrNull(const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); }
QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QJsonValue objOrNull(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    return QJsonDocument::fromJson(v.toByteArray()).object();
}
const char kSnapColumns[] = "id, site_id, env_name, kind, status, label, created_by, job_id, archive, archive_sha256, "
                            "size_bytes, created_at, components";
const char kSnapJsonColumns[] = "id, site_id, env_name, kind, status, label, created_at, completed_at, expires_at, "
                                "size_bytes, components, created_by, job_id, error";
const char kJobColumns[] = "id, type, status, progress, phase, site_id, environment, snapshot_id, selectors, "
                           "created_at, started_at, finished_at, error";

QJsonObject snapshotJsonFromRow(const Database::Row &r)
{
    const QJsonValue components = objOrNull(r[10]);
    return QJsonObject{{QStringLiteral("id"), r[0].toString()},
                       {QStringLiteral("site_id"), r[1].toString()},
                       {QStringLiteral("environment"), r[2].toString()},
                       {QStringLiteral("kind"), r[3].toString()},
                       {QStringLiteral("status"), r[4].toString()},
                       {QStringLiteral("label"), strOrNull(r[5])},
                       {QStringLiteral("created_at"), r[6].toString()},
                       {QStringLiteral("completed_at"), strOrNull(r[7])},
                       {QStringLiteral("expires_at"), strOrNull(r[8])},
                       {QStringLiteral("size_bytes"), r[9].toLongLong()},
                       {QStringLiteral("components"), components.isObject() ? components : QJsonObject()},
                       {QStringLiteral("created_by"), strOrNull(r[11])},
                       {QStringLiteral("job_id"), strOrNull(r[12])},
                       {QStringLiteral("error"), objOrNull(r[13])}};
}

QJsonObject jobJsonFromRow(const Database::Row &r)
{
    return QJsonObject{{QStringLiteral("id"), r[0].toString()},
                       {QStringLiteral("type"), r[1].toString()},
                       {QStringLiteral("status"), r[2].toString()},
                       {QStringLiteral("progress"), r[3].toInt()},
                       {QStringLiteral("phase"), r[4].toString()},
                       {QStringLiteral("site_id"), r[5].toString()},
                       {QStringLiteral("environment"), r[6].toString()},
                       {QStringLiteral("snapshot_id"), r[7].toString()},
                       {QStringLiteral("selectors"), QJsonDocument::fromJson(r[8].toByteArray()).array()},
                       {QStringLiteral("created_at"), r[9].toString()},
                       {QStringLiteral("started_at"), strOrNull(r[10])},
                       {QStringLiteral("finished_at"), strOrNull(r[11])},
                       {QStringLiteral("error"), objOrNull(r[12])}};
}
}

bool Store::insertSnapshot(const SnapInfo &s, const QString &status, const QDateTime &completedAt,
                           const QDateTime &expiresAt, const QJsonObject &error)
{
    QMutexLocker lock(&m_mutex);
    return m_db.exec(QStringLiteral("INSERT INTO snapshots(id, site_id, env_name, kind, status, label, created_at, completed_at, "
                                    "expires_at, size_bytes, components, created_by, job_id, error, archive, archive_sha256) "
                                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                     {s.id, s.siteId, s.env, s.kind, status, s.label.isNull() ? QVariant() : QVariant(s.label),
                      ts(s.createdAt), tsOrNull(completedAt), tsOrNull(expiresAt), s.sizeBytes,
                      toJson(s.components), s.createdBy.isEmpty() ? QVariant() : QVariant(s.createdBy),
                      s.jobId.isEmpty() ? QVariant() : QVariant(s.jobId),
                      error.isEmpty() ? QVariant() : QVariant(toJson(error)),
                      s.archive.isEmpty() ? QVariant() : QVariant(s.archive),
                      s.archiveSha256.isEmpty() ? QVariant() : QVariant(s.archiveSha256)});
}

bool Store::snapshot(const QString &id, SnapInfo *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT %1 FROM snapshots WHERE id=?").arg(QLatin1String(kSnapColumns)), {id});
    if (rows.isEmpty())
        return false;
    *out = snapFromRow(rows.first());
    return true;
}

QJsonObject Store::snapshotJson(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT %1 FROM snapshots WHERE id=?").arg(QLatin1String(kSnapJsonColumns)), {id});
    return rows.isEmpty() ? QJsonObject() : snapshotJsonFromRow(rows.first());
}

QJsonArray Store::listSnapshots(const SnapshotFilter &f, int limit, QString *lastId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM snapshots WHERE site_id=?").arg(QLatin1String(kSnapJsonColumns));
    QVariantList params{f.siteId};
    const auto add = [&](const QString &clause, const QVariant &v) { sql += clause; params << v; };
    if (!f.env.isEmpty()) add(QStringLiteral(" AND env_name=?"), f.env);
    if (!f.kind.isEmpty()) add(QStringLiteral(" AND kind=?"), f.kind);
    if (!f.status.isEmpty()) add(QStringLiteral(" AND status=?"), f.status);
    if (f.after.isValid()) add(QStringLiteral(" AND created_at>?"), ts(f.after));
    if (f.before.isValid()) add(QStringLiteral(" AND created_at<?"), ts(f.before));
    if (!f.beforeId.isEmpty()) add(QStringLiteral(" AND id<?"), f.beforeId);
    add(QStringLiteral(" ORDER BY id DESC LIMIT ?"), limit);
    QJsonArray out;
    QMutexLocker lock(&m_mutex);
    m_db.query(sql, params, [&](const Database::Row &r) {
        out << snapshotJsonFromRow(r);
        *lastId = r[0].toString();
    });
    return out;
}

void Store::setSnapshotStatus(const QString &id, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE snapshots SET status=? WHERE id=?"), {status, id});
}

void Store::completeSnapshot(const QString &id, const QDateTime &completedAt, qint64 size, const QJsonObject &components,
                             const QString &archive, const QString &archiveSha256)
{
    QMutexLocker lock(&m_mutex);
    // Retention runs from capture time (a rolling window), so expires_at = created_at + retention_days.
    m_db.exec(QStringLiteral("UPDATE snapshots SET status='ready', completed_at=?, size_bytes=?, components=?, archive=?, "
                             "archive_sha256=?, expires_at=(SELECT CASE WHEN e.retention_days > 0 THEN "
                             "strftime('%Y-%m-%dT%H:%M:%SZ', snapshots.created_at, '+' || e.retention_days || ' days') END "
                             "FROM environments e WHERE e.site_id=snapshots.site_id AND e.name=snapshots.env_name) WHERE id=?"),
              {ts(completedAt), size, toJson(components), archive, archiveSha256, id});
}

void Store::failSnapshot(const QString &id, const QDateTime &at, const QJsonObject &error)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE snapshots SET status='failed', completed_at=?, error=? WHERE id=?"),
              {ts(at), toJson(error), id});
}

QList<SnapInfo> Store::snapshotsToExpire(const EnvInfo &env, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    QList<SnapInfo> out;
    const auto collect = [&](const Database::Row &r) { out << snapFromRow(r); };
    m_db.query(QStringLiteral("SELECT %1 FROM snapshots WHERE site_id=? AND env_name=? AND status IN ('ready','failed') "
                              "AND expires_at IS NOT NULL AND expires_at<=?").arg(QLatin1String(kSnapColumns)),
               {env.siteId, env.name, ts(now)}, collect);
    if (!env.maxSnapshots.isNull()) {
        // Beyond max_snapshots, the oldest scheduled backups go first; manual ones are not counted.
        m_db.query(QStringLiteral("SELECT %1 FROM snapshots WHERE site_id=? AND env_name=? AND kind='scheduled' AND status='ready' "
                                  "AND (expires_at IS NULL OR expires_at>?) ORDER BY id DESC LIMIT -1 OFFSET ?")
                       .arg(QLatin1String(kSnapColumns)),
                   {env.siteId, env.name, ts(now), env.maxSnapshots.toLongLong()}, collect);
    }
    return out;
}

void Store::expireSnapshot(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE snapshots SET status='expired', archive=NULL WHERE id=?"), {id});
}

bool Store::insertJob(const QString &id, const QString &orgId, const QString &type, const QString &siteId,
                      const QString &env, const QString &snapshotId, const QStringList &selectors, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    return m_db.exec(QStringLiteral("INSERT INTO jobs(id, org_id, type, status, progress, phase, site_id, environment, snapshot_id, "
                                    "selectors, created_at) VALUES(?,?,?,'queued',0,'Queued',?,?,?,?,?)"),
                     {id, orgId, type, siteId, env, snapshotId,
                      QJsonDocument(QJsonArray::fromStringList(selectors)).toJson(QJsonDocument::Compact), ts(now)});
}

QJsonObject Store::jobJson(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT %1 FROM jobs WHERE id=?").arg(QLatin1String(kJobColumns)), {id});
    return rows.isEmpty() ? QJsonObject() : jobJsonFromRow(rows.first());
}

QString Store::jobOrg(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT org_id FROM jobs WHERE id=?"), {id}).toString();
}

QJsonArray Store::listJobs(const QString &orgId, const QString &siteId, const QString &status, const QString &beforeId,
                           int limit, QString *lastId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM jobs WHERE org_id=?").arg(QLatin1String(kJobColumns));
    QVariantList params{orgId};
    if (!siteId.isEmpty()) { sql += QStringLiteral(" AND site_id=?"); params << siteId; }
    if (!status.isEmpty()) { sql += QStringLiteral(" AND status=?"); params << status; }
    if (!beforeId.isEmpty()) { sql += QStringLiteral(" AND id<?"); params << beforeId; }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    params << limit;
    QJsonArray out;
    QMutexLocker lock(&m_mutex);
    m_db.query(sql, params, [&](const Database::Row &r) {
        out << jobJsonFromRow(r);
        *lastId = r[0].toString();
    });
    return out;
}

QString Store::activeJob(const QString &siteId, const QString &env) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT id FROM jobs WHERE site_id=? AND environment=? AND status IN ('queued','running') "
                                      "ORDER BY id LIMIT 1"), {siteId, env}).toString();
}

void Store::startJob(const QString &id, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE jobs SET status='running', started_at=? WHERE id=?"), {ts(at), id});
}

void Store::updateJob(const QString &id, int progress, const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE jobs SET progress=?, phase=? WHERE id=?"), {qBound(0, progress, 100), phase, id});
}

void Store::finishJob(const QString &id, const QDateTime &at, const QJsonObject &error)
{
    QMutexLocker lock(&m_mutex);
    if (error.isEmpty()) {
        m_db.exec(QStringLiteral("UPDATE jobs SET status='succeeded', progress=100, phase='Done', finished_at=? WHERE id=?"),
                  {ts(at), id});
    } else {
        m_db.exec(QStringLiteral("UPDATE jobs SET status='failed', phase='Failed', finished_at=?, error=? WHERE id=?"),
                  {ts(at), toJson(error), id});
    }
}

void Store::pruneJobs(const QDateTime &olderThan)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("DELETE FROM jobs WHERE status IN ('succeeded','failed') AND finished_at<?"), {ts(olderThan)});
}

bool Store::idempotency(const QString &keyPrefix, const QString &idemKey, IdempotencyRecord *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT method, path, body_hash, status, headers, body FROM idempotency "
                                               "WHERE key_prefix=? AND idem_key=?"), {keyPrefix, idemKey});
    if (rows.isEmpty())
        return false;
    const auto &r = rows.first();
    *out = IdempotencyRecord{r[0].toString(), r[1].toString(), r[2].toByteArray(), int(r[3].toLongLong()),
                             r[4].toByteArray(), r[5].toByteArray()};
    return true;
}

void Store::saveIdempotency(const QString &keyPrefix, const QString &idemKey, const IdempotencyRecord &r,
                            const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO idempotency(key_prefix, idem_key, method, path, body_hash, status, headers, "
                             "body, created_at) VALUES(?,?,?,?,?,?,?,?,?)"),
              {keyPrefix, idemKey, r.method, r.path, r.bodyHash, r.status, r.headersJson, r.body, ts(now)});
}

void Store::pruneIdempotency(const QDateTime &olderThan)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at<?"), {ts(olderThan)});
}
