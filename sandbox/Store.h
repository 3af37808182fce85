#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRecursiveMutex>
#include <QStringList>

// Rows the platform logic needs in typed form; the API representation is built as JSON.
struct KeyInfo
{
    QString prefix, orgId, accountId, mode;
    QStringList scopes;
    QDateTime expiresAt;
};

struct SiteInfo
{
    QString id, orgId, slug, name, region, plan;
};

struct EnvInfo
{
    QString id, siteId, name, kind, cadence;
    bool isProtected = false;
    int retentionDays = 0;
    QVariant maxSnapshots; // null = no count limit
    QDateTime nextRunAt;
};

struct SnapInfo
{
    QString id, siteId, env, kind, status, label, createdBy, jobId;
    QString archive;       // path relative to the data dir; empty = no archive on disk
    QString archiveSha256; // of the full archive
    qint64 sizeBytes = 0;
    QDateTime createdAt;
    QJsonObject components;
};

struct IdempotencyRecord
{
    QString method, path;
    QByteArray bodyHash;
    int status = 0;
    QByteArray headersJson, body;
};

// The platform's state (organizations, keys, sites, environments, snapshots, jobs,
// idempotency records) in one SQLite database in WAL mode. Every method is thread-safe:
// the HTTP thread, the scheduler and job workers share it through one serialized connection.
class Store
{
public:
    static const QStringList kAllScopes;

    // Serving: the caller holds the data dir's DataDirLock, so the temp files of an earlier,
    // interrupted process are removed. Sharing (`mf-sandbox keys`, while a sandbox may be
    // serving): nothing is cleaned. Either way the data dir is made private (0700) and
    // platform.db, which holds the URL-signing secret, 0600.
    enum class Role { Serving, Sharing };
    bool open(const QString &dataDir, Role role);
    QString lastError() const;
    QString dataDir() const { return m_dataDir; }
    QString siteDir(const QString &slug) const;
    QString envDir(const QString &slug, const QString &env) const;
    QString archivesDir() const;
    QString tempDir() const;

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);
    // Jobs still queued/running from a previous process can never finish: mark them failed.
    int failInterruptedJobs(const QDateTime &now);

    // Organizations, accounts and keys.
    QString createOrganization(const QString &name, const QString &plan, const QDateTime &now);
    QString organizationByName(const QString &name) const;
    QString createAccount(const QString &orgId, const QString &name, const QString &email, const QDateTime &now);
    QString firstAccount(const QString &orgId) const;
    // Returns the full secret; only its SHA-256 and 12-character prefix are stored.
    QString createKey(const QString &accountId, const QString &mode, const QStringList &scopes,
                      const QDateTime &expiresAt, const QDateTime &now);
    bool revokeKey(const QString &prefix, const QDateTime &now);
    void clearKeys();
    bool authenticate(const QString &secret, const QDateTime &now, KeyInfo *out) const;
    QJsonObject me(const KeyInfo &key) const;
    QString accountEmail(const QString &accountId) const;

    // Sites and environments.
    QString createSite(const QString &orgId, const QString &slug, const QString &name, const QString &region,
                       const QString &plan, const QDateTime &createdAt);
    QString createEnvironment(const SiteInfo &site, const QString &name, const QString &kind, bool isProtected,
                              const QDateTime &createdAt, const QDateTime &nextRunAt);
    bool findSite(const QString &ref, SiteInfo *out) const;
    bool siteById(const QString &id, SiteInfo *out) const;
    QList<SiteInfo> listSites(const QString &orgId, const QString &q, const QString &afterSlug, int limit) const;
    QList<EnvInfo> environments(const QString &siteId) const;
    bool findEnvironment(const QString &siteId, const QString &name, EnvInfo *out) const;
    void setNextRun(const QString &envId, const QDateTime &at);
    // After a seed template is copied: schedules restart from now (paused ones stay paused).
    void rescheduleAll(const QDateTime &now);
    // Running schedules whose newest scheduled snapshot is more than one cadence old at `now`,
    // or that never ran (--catch-up).
    QList<QPair<SiteInfo, EnvInfo>> schedulesBehind(const QDateTime &now) const;
    QList<QPair<SiteInfo, EnvInfo>> scheduledEnvironments() const;
    QJsonObject siteJson(const SiteInfo &site) const;
    QJsonObject environmentJson(const EnvInfo &env) const;
    QJsonObject policyJson(const SiteInfo &site) const;

    // Snapshots.
    bool insertSnapshot(const SnapInfo &s, const QString &status, const QDateTime &completedAt,
                        const QDateTime &expiresAt, const QJsonObject &error);
    bool snapshot(const QString &id, SnapInfo *out) const;
    QJsonObject snapshotJson(const QString &id) const;
    struct SnapshotFilter { QString siteId, env, kind, status; QDateTime after, before; QString beforeId; };
    QJsonArray listSnapshots(const SnapshotFilter &f, int limit, QString *lastId) const;
    void setSnapshotStatus(const QString &id, const QString &status);
    void completeSnapshot(const QString &id, const QDateTime &completedAt, qint64 size, const QJsonObject &components,
                          const QString &archive, const QString &archiveSha256);
    void failSnapshot(const QString &id, const QDateTime &at, const QJsonObject &error);
    // Snapshots that retention prunes now: older than retention_days, or beyond max_snapshots.
    QList<SnapInfo> snapshotsToExpire(const EnvInfo &env, const QDateTime &now) const;
    void expireSnapshot(const QString &id);

    // Jobs.
    bool insertJob(const QString &id, const QString &orgId, const QString &type, const QString &siteId,
                   const QString &env, const QString &snapshotId, const QStringList &selectors, const QDateTime &now);
    QJsonObject jobJson(const QString &id) const;
    QString jobOrg(const QString &id) const;
    QJsonArray listJobs(const QString &orgId, const QString &siteId, const QString &status, const QString &beforeId,
                        int limit, QString *lastId) const;
    QString activeJob(const QString &siteId, const QString &env) const;
    void startJob(const QString &id, const QDateTime &at);
    void updateJob(const QString &id, int progress, const QString &phase);
    void finishJob(const QString &id, const QDateTime &at, const QJsonObject &error);
    void pruneJobs(const QDateTime &olderThan);

    // Idempotency records, per key prefix.
    bool idempotency(const QString &keyPrefix, const QString &idemKey, IdempotencyRecord *out) const;
    void saveIdempotency(const QString &keyPrefix, const QString &idemKey, const IdempotencyRecord &r,
                         const QDateTime &now);
    void pruneIdempotency(const QDateTime &olderThan);

    // Seeding in bulk (fleet) is only fast inside one transaction.
    bool transaction(const std::function<bool()> &work);

private:
    bool createSchema();
    static SnapInfo snapFromRow(const Database::Row &r);
    static EnvInfo envFromRow(const Database::Row &r);
    static SiteInfo siteFromRow(const Database::Row &r);

    mutable QRecursiveMutex m_mutex;
    mutable Database m_db;
    QString m_dataDir;
};
