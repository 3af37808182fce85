#include "IndexCache.h"

#include "IndexLog.h"
#include "IndexSchema.h"
#include "SnapshotIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

using IndexSchema::Statement;

namespace {
// Snapshot ids come from the server: only these characters ever reach a file name.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The catalogue of one account's folder, opened for one operation.
class Catalog
{
public:
    explicit Catalog(const QString &directory)
    {
        QDir().mkpath(directory);
        QString error;
        m_db = IndexSchema::open(directory + QStringLiteral("/catalog.sqlite"), true, &error);
        if (!m_db
            || !IndexSchema::exec(m_db,
                                  "CREATE TABLE IF NOT EXISTS items (snapshot_id TEXT PRIMARY KEY, site_id TEXT,"
                                  " environment TEXT, created_at TEXT, indexed_at TEXT, has_index INTEGER DEFAULT 0,"
                                  " has_archive INTEGER DEFAULT 0, index_bytes INTEGER DEFAULT 0,"
                                  " archive_bytes INTEGER DEFAULT 0, entry_count INTEGER DEFAULT 0,"
                                  " db_sha256 TEXT, files_sha256 TEXT, last_used TEXT)",
                                  &error)) {
            qCWarning(lcIndex) << "the index catalogue cannot be used:" << error;
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }
    ~Catalog() { sqlite3_close_v2(m_db); }
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

void removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcIndex) << "could not remove" << path;
}
} // namespace

QString IndexCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/snapshot-index");
}

IndexCache::IndexCache(const QString &accountKey, const QString &directory, const Limits &limits)
    : m_limits(limits)
{
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    m_directory = QDir(directory.isEmpty() ? defaultDirectory() : directory).filePath(QString::fromLatin1(hash));
}

IndexCache::IndexCache(const QString &accountKey, const QString &directory)
    : IndexCache(accountKey, directory, Limits())
{
}

QString IndexCache::indexPath(const QString &snapshotId) const
{
    return isSafeId(snapshotId) ? m_directory + QLatin1Char('/') + snapshotId + QStringLiteral(".index") : QString();
}

QString IndexCache::archiveFolder() const
{
    return m_directory + QStringLiteral("/archives");
}

QString IndexCache::archivePath(const QString &snapshotId) const
{
    return isSafeId(snapshotId) ? archiveFolder() + QLatin1Char('/') + snapshotId + QStringLiteral(".tar.gz")
                                : QString();
}

bool IndexCache::hasIndex(const QString &snapshotId) const
{
    const QString path = indexPath(snapshotId);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

bool IndexCache::hasArchive(const QString &snapshotId) const
{
    const QString path = archivePath(snapshotId);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

std::unique_ptr<SnapshotIndex> IndexCache::open(const QString &snapshotId, QString *error) const
{
    if (!hasIndex(snapshotId)) {
        if (error)
            *error = tr("Snapshot %1 is not indexed yet.").arg(snapshotId);
        return nullptr;
    }
    auto index = SnapshotIndex::open(indexPath(snapshotId), error);
    if (!index) {
        // Damaged or of another version: removed, so the next fetch builds it again.
        qCWarning(lcIndex) << "removing an unreadable index of" << snapshotId;
        removeFile(indexPath(snapshotId));
        return nullptr;
    }
    touch(snapshotId);
    return index;
}

bool IndexCache::addIndex(const IndexInfo &info, QString *error) const
{
    Catalog catalog(m_directory);
    Statement put(
        catalog.db(),
        "INSERT INTO items (snapshot_id, site_id, environment, created_at, indexed_at, has_index, index_bytes,"
        " entry_count, db_sha256, files_sha256, last_used) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"
        " ON CONFLICT (snapshot_id) DO UPDATE SET site_id = excluded.site_id, environment = excluded.environment,"
        " created_at = excluded.created_at, indexed_at = excluded.indexed_at, has_index = 1,"
        " index_bytes = excluded.index_bytes, entry_count = excluded.entry_count,"
        " db_sha256 = excluded.db_sha256, files_sha256 = excluded.files_sha256, last_used = excluded.last_used");
    put.bind(1, info.snapshotId).bind(2, info.siteId).bind(3, info.environment).bind(4, dateText(info.createdAt));
    put.bind(5, dateText(info.indexedAt))
        .bind(6, QFileInfo(indexPath(info.snapshotId)).size())
        .bind(7, info.entryCount);
    put.bind(8, info.dbSha256).bind(9, info.filesSha256).bind(10, dateText(QDateTime::currentDateTimeUtc()));
    if (!catalog.db() || !put.run()) {
        if (error)
            *error = tr("Could not record the index in the cache: %1")
                         .arg(catalog.db() ? IndexSchema::lastError(catalog.db()) : QStringLiteral("catalog.sqlite"));
        return false;
    }
    return true;
}

bool IndexCache::addArchive(const QString &snapshotId, QString *error) const
{
    Catalog catalog(m_directory);
    Statement put(catalog.db(),
                  "INSERT INTO items (snapshot_id, has_archive, archive_bytes, last_used) VALUES (?, 1, ?, ?)"
                  " ON CONFLICT (snapshot_id) DO UPDATE SET has_archive = 1, archive_bytes = excluded.archive_bytes,"
                  " last_used = excluded.last_used");
    put.bind(1, snapshotId)
        .bind(2, QFileInfo(archivePath(snapshotId)).size())
        .bind(3, dateText(QDateTime::currentDateTimeUtc()));
    if (!catalog.db() || !put.run()) {
        if (error)
            *error = tr("Could not record the archive in the cache: %1")
                         .arg(catalog.db() ? IndexSchema::lastError(catalog.db()) : QStringLiteral("catalog.sqlite"));
        return false;
    }
    return true;
}

void IndexCache::touch(const QString &snapshotId) const
{
    Catalog catalog(m_directory);
    Statement s(catalog.db(), "UPDATE items SET last_used = ? WHERE snapshot_id = ?");
    s.bind(1, dateText(QDateTime::currentDateTimeUtc())).bind(2, snapshotId).run();
}

void IndexCache::remove(const QString &snapshotId) const
{
    if (!isSafeId(snapshotId))
        return;
    removeFile(indexPath(snapshotId));
    removeFile(archivePath(snapshotId));
    Catalog catalog(m_directory);
    Statement s(catalog.db(), "DELETE FROM items WHERE snapshot_id = ?");
    s.bind(1, snapshotId).run();
}

void IndexCache::removeArchive(const QString &snapshotId) const
{
    if (!isSafeId(snapshotId))
        return;
    removeFile(archivePath(snapshotId));
    Catalog catalog(m_directory);
    Statement s(catalog.db(), "UPDATE items SET has_archive = 0, archive_bytes = 0 WHERE snapshot_id = ?");
    s.bind(1, snapshotId).run();
}

QList<IndexCache::Item> IndexCache::items(const QString &siteId, const QString &environment) const
{
    Catalog catalog(m_directory);
    Statement s(
        catalog.db(),
        "SELECT snapshot_id, site_id, environment, created_at, indexed_at, index_bytes, archive_bytes,"
        " entry_count, db_sha256, files_sha256, last_used FROM items"
        " WHERE (?1 = '' OR site_id = ?1) AND (?2 = '' OR environment = ?2) ORDER BY created_at DESC, snapshot_id");
    s.bind(1, siteId).bind(2, environment);
    QList<Item> list;
    while (s.step()) {
        Item item;
        item.info.snapshotId = s.text(0);
        item.info.siteId = s.text(1);
        item.info.environment = s.text(2);
        item.info.createdAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        item.info.indexedAt = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
        item.info.entryCount = s.int64(7);
        item.info.dbSha256 = s.text(8);
        item.info.filesSha256 = s.text(9);
        item.lastUsed = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
        // The files decide: a file removed behind the catalogue's back is not there.
        item.hasIndex = hasIndex(item.info.snapshotId);
        item.hasArchive = hasArchive(item.info.snapshotId);
        item.indexBytes = item.hasIndex ? s.int64(5) : 0;
        item.archiveBytes = item.hasArchive ? s.int64(6) : 0;
        if (item.hasIndex || item.hasArchive)
            list << item;
    }
    return list;
}

int IndexCache::evict(const QStringList &keep) const
{
    QList<Item> all = items();
    std::sort(all.begin(), all.end(), [](const Item &a, const Item &b) { return a.lastUsed < b.lastUsed; });
    qint64 archives = 0, indexes = 0;
    for (const Item &item : all) {
        archives += item.archiveBytes;
        indexes += item.indexBytes;
    }
    int removed = 0;
    for (const Item &item : all) {
        if (archives <= m_limits.archiveBytes)
            break;
        if (!item.hasArchive || keep.contains(item.info.snapshotId))
            continue;
        removeArchive(item.info.snapshotId);
        archives -= item.archiveBytes;
        ++removed;
    }
    for (const Item &item : all) {
        if (indexes <= m_limits.indexBytes)
            break;
        if (!item.hasIndex || keep.contains(item.info.snapshotId))
            continue;
        removeFile(indexPath(item.info.snapshotId));
        Catalog catalog(m_directory);
        Statement s(catalog.db(), "UPDATE items SET has_index = 0, index_bytes = 0 WHERE snapshot_id = ?");
        s.bind(1, item.info.snapshotId).run();
        indexes -= item.indexBytes;
        ++removed;
    }
    if (removed > 0)
        qCInfo(lcIndex) << "evicted" << removed << "cached files";
    sweepParts();
    return removed;
}

void IndexCache::sweepParts() const
{
    // Indexes a process was building when it was killed. One being built is written to all the
    // time (a paused download drops its builder), so a day without a write means nobody's.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList parts = QDir(m_directory).entryInfoList({QStringLiteral("*.index.part*")}, QDir::Files);
    for (const QFileInfo &part : parts) {
        if (part.lastModified().toUTC() < dayAgo)
            removeFile(part.filePath());
    }
}
