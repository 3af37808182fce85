#include "Store.h"

#include "SandboxClock.h"
#include "Ulid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

const QStringList Store::kAllScopes = {QStringLiteral("sites:read"), QStringLiteral("snapshots:read"),
                                       QStringLiteral("snapshots:write"), QStringLiteral("snapshots:restore")};

namespace {
QString ts(const QDateTime &t) { return t.isValid() ? SandboxClock::format(t) : QString(); }
QVariant tsOrNull(const QDateTime &t) { return t.isValid() ? QVariant(SandboxClock::format(t)) : QVariant(); }
QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QJsonObject fromJson(const QVariant &v) { return QJsonDocument::fromJson(v.toByteArray()).object(); }
QByteArray sha256Hex(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex(); }

}

bool Store::open(const QString &dataDir, Role role)
{
    QMutexLocker lock(&m_mutex);
    m_dataDir = QDir(dataDir).absolutePath();
    for (const QString &d : QStringList{m_dataDir, archivesDir(), tempDir(), m_dataDir + QStringLiteral("/sites")}) {
        if (!QDir().mkpath(d)) {
            m_db.close();
            return false;
        }
    }
    // A data dir made by an older sandbox, or under a lax umask, is tightened: only its owner
    // may read the database (signing secret, key hashes) and the archives.
    ::chmod(QFile::encodeName(m_dataDir).constData(), 0700);
    if (role == Role::Serving) {
        // Temp files of an interrupted process are never served: archives only appear by rename.
        QDir tmp(tempDir());
        tmp.removeRecursively();
        QDir().mkpath(tempDir());
    }
    const QString dbPath = m_dataDir + QStringLiteral("/platform.db");
    // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the same mode.
    const int fd = ::open(QFile::encodeName(dbPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
    }
    for (const char *suffix : {"-wal", "-shm"})
        ::chmod(QFile::encodeName(dbPath + QLatin1String(suffix)).constData(), 0600);
    return m_db.open(dbPath, true) && createSchema();
}

QString Store::lastError() const { QMutexLocker lock(&m_mutex); return m_db.lastError(); }
QString Store::siteDir(const QString &slug) const { return m_dataDir + QStringLiteral("/sites/") + slug; }
QString Store::envDir(const QString &slug, const QString &env) const { return siteDir(slug) + QLatin1Char('/') + env; }
QString Store::archivesDir() const { return m_dataDir + QStringLiteral("/archives"); }
QString Store::tempDir() const { return m_dataDir + QStringLiteral("/tmp"); }

bool Store::createSchema()
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS organizations (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, plan TEXT NOT NULL, created_at TEXT)",
        "CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organizations(id), name TEXT, email TEXT, created_at TEXT)",
        "CREATE TABLE IF NOT EXISTS api_keys (prefix TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL REFERENCES accounts(id), "
        "mode TEXT NOT NULL, scopes TEXT NOT NULL, expires_at TEXT, revoked_at TEXT, created_at TEXT)",
        "CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organizations(id), slug TEXT NOT NULL UNIQUE, "
        "name TEXT, region TEXT, plan TEXT, created_at TEXT)",
        "CREATE INDEX IF NOT EXISTS sites_org ON sites(org_id, slug)",
        "CREATE TABLE IF NOT EXISTS environments (id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), name TEXT NOT NULL, kind TEXT, "
        "protected INTEGER, cadence TEXT, retention_days INTEGER, max_snapshots INTEGER, next_run_at TEXT, created_at TEXT, UNIQUE(site_id, name))",
        "CREATE TABLE IF NOT EXISTS snapshots (id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), env_name TEXT NOT NULL, "
        "kind TEXT, status TEXT, label TEXT, created_at TEXT, completed_at TEXT, expires_at TEXT, size_bytes INTEGER DEFAULT 0, "
        "components TEXT, created_by TEXT, job_id TEXT, error TEXT, archive TEXT, archive_sha256 TEXT)",
        "CREATE INDEX IF NOT EXISTS snapshots_env ON snapshots(site_id, env_name, status, id)",
        "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, type TEXT, status TEXT, progress INTEGER, phase TEXT, "
        "site_id TEXT, environment TEXT, snapshot_id TEXT, selectors TEXT, created_at TEXT, started_at TEXT, finished_at TEXT, error TEXT)",
        "CREATE INDEX IF NOT EXISTS jobs_active ON jobs(site_id, environment, status)",
        "CREATE TABLE IF NOT EXISTS idempotency (key_prefix TEXT NOT NULL, idem_key TEXT NOT NULL, method TEXT, path TEXT, body_hash BLOB, "
        "status INTEGER, headers TEXT, body BLOB, created_at TEXT, PRIMARY KEY(key_prefix, idem_key))",
    };
    for (const char *sql : statements) {
        if (!m_db.exec(QString::fromLatin1(sql)))
            return false;
    }
    return true;
}

QString Store::meta(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key=?"), {key}).toString();
}

void Store::setMeta(const QString &key, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"), {key, value});
}

int Store::failInterruptedJobs(const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject error{{QStringLiteral("code"), QStringLiteral("interrupted")},
                            {QStringLiteral("message"), QStringLiteral("The platform restarted while this job was running.")}};
    int count = 0;
    m_db.transaction([&] {
        const auto jobs = m_db.rows(QStringLiteral("SELECT id, type, snapshot_id FROM jobs WHERE status IN ('queued','running')"));
        for (const auto &j : jobs) {
            m_db.exec(QStringLiteral("UPDATE jobs SET status='failed', finished_at=?, error=? WHERE id=?"),
                      {ts(now), toJson(error), j[0]});
            if (j[1].toString() == QLatin1String("capture")) {
                m_db.exec(QStringLiteral("UPDATE snapshots SET status='failed', error=?, archive=NULL WHERE id=? AND status IN ('pending','capturing')"),
                          {toJson(error), j[2]});
            }
            ++count;
        }
        return true;
    });
    return count;
}

QString Store::createOrganization(const QString &name, const QString &plan, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const QString id = Ulid::make(QStringLiteral("org"), now);
    return m_db.exec(QStringLiteral("INSERT INTO organizations(id, name, plan, created_at) VALUES(?,?,?,?)"),
                     {id, name, plan, ts(now)}) ? id : QString();
}

QString Store::organizationByName(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT id FROM organizations WHERE name=? OR id=?"), {name, name}).toString();
}

QString Store::createAccount(const QString &orgId, const QString &name, const QString &email, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const QString id = Ulid::make(QStringLiteral("acct"), now);
    return m_db.exec(QStringLiteral("INSERT INTO accounts(id, org_id, name, email, created_at) VALUES(?,?,?,?,?)"),
                     {id, orgId, name, email, ts(now)}) ? id : QString();
}

QString Store::firstAccount(const QString &orgId) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT id FROM accounts WHERE org_id=? ORDER BY id LIMIT 1"), {orgId}).toString();
}

QString Store::accountEmail(const QString &accountId) const
{
    QMutexLocker lock(&m_mutex);
    return m_db.scalar(QStringLiteral("SELECT email FROM accounts WHERE id=?"), {accountId}).toString();
}

QString Store::createKey(const QString &accountId, const QString &mode, const QStringList &scopes,
                         const QDateTime &expiresAt, const QDateTime &now)
{
    static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret = QStringLiteral("mfk_") + mode + QLatin1Char('_');
    for (int i = 0; i < 32; ++i)
        secret += QLatin1Char(alnum[QRandomGenerator::system()->bounded(62)]);
    QMutexLocker lock(&m_mutex);
    const bool ok = m_db.exec(QStringLiteral("INSERT INTO api_keys(prefix, hash, account_id, mode, scopes, expires_at, created_at) "
                                             "VALUES(?,?,?,?,?,?,?)"),
                              {secret.left(12), QString::fromLatin1(sha256Hex(secret.toUtf8())), accountId, mode,
                               scopes.join(QLatin1Char(' ')), tsOrNull(expiresAt), ts(now)});
    return ok ? secret : QString();
}

bool Store::revokeKey(const QString &prefix, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("UPDATE api_keys SET revoked_at=? WHERE prefix=? AND revoked_at IS NULL"), {ts(now), prefix});
    return m_db.changes() > 0;
}

void Store::clearKeys()
{
    QMutexLocker lock(&m_mutex);
    m_db.exec(QStringLiteral("DELETE FROM api_keys"));
}

bool Store::authenticate(const QString &secret, const QDateTime &now, KeyInfo *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto rows = m_db.rows(QStringLiteral("SELECT k.prefix, a.org_id, k.account_id, k.mode, k.scopes, k.expires_at "
                                               "FROM api_keys k JOIN accounts a ON a.id=k.account_id "
                                               "WHERE k.hash=? AND k.revoked_at IS NULL"),
                                {QString::fromLatin1(sha256Hex(secret.toUtf8()))});
    if (rows.isEmpty())
        return false;
    const auto &r = rows.first();
    KeyInfo k{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
              r[4].toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), SandboxClock::parse(r[5].toString())};
    if (k.expiresAt.isValid() && k.expiresAt <= now)
        return false;
    *out = k;
    return true;
}

QJsonObject Store::me(const KeyInfo &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto acct = m_db.rows(QStringLiteral("SELECT id, name, email FROM accounts WHERE id=?"), {key.accountId});
    const auto org = m_db.rows(QStringLiteral("SELECT id, name, plan FROM organizations WHERE id=?"), {key.orgId});
    if (acct.isEmpty() || org.isEmpty())
        return {};
    return QJsonObject{
        {QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), acct[0][0].toString()},
                                                {QStringLiteral("name"), acct[0][1].toString()},
                                                {QStringLiteral("email"), acct[0][2].toString()}}},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), org[0][0].toString()},
                                                     {QStringLiteral("name"), org[0][1].toString()},
                                                     {QStringLiteral("plan"), org[0][2].toString()}}},
        {QStringLiteral("token"), QJsonObject{{QStringLiteral("prefix"), key.prefix},
                                              {QStringLiteral("mode"), key.mode},
                                              {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
                                              {QStringLiteral("expires_at"), key.expiresAt.isValid()
                                                   ? QJsonValue(ts(key.expiresAt)) : QJsonValue()}}},
    };
}

bool Store::transaction(const std::function<bool()> &work)
{
    QMutexLocker lock(&m_mutex);
    return m_db.transaction(work);
}

SnapInfo Store::snapFromRow(const Database::Row &r)
{
    SnapInfo s;
    s.id = r[0].toString(); s.siteId = r[1].toString(); s.env = r[2].toString(); s.kind = r[3].toString();
    s.status = r[4].toString(); s.label = r[5].toString(); s.createdBy = r[6].toString(); s.jobId = r[7].toString();
    s.archive = r[8].toString(); s.archiveSha256 = r[9].toString(); s.sizeBytes = r[10].toLongLong();
    s.createdAt = SandboxClock::parse(r[11].toString()); s.components = fromJson(r[12]);
    return s;
}

EnvInfo Store::envFromRow(const Database::Row &r)
{
    EnvInfo e;
    e.id = r[0].toString(); e.siteId = r[1].toString(); e.name = r[2].toString(); e.kind = r[3].toString();
    e.cadence = r[4].toString(); e.isProtected = r[5].toLongLong() != 0; e.retentionDays = int(r[6].toLongLong());
    e.maxSnapshots = r[7].isNull() ? QVariant() : QVariant(r[7].toLongLong());
    e.nextRunAt = SandboxClock::parse(r[8].toString());
    return e;
}

SiteInfo Store::siteFromRow(const Database::Row &r)
{
    return SiteInfo{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString()};
}
