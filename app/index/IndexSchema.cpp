#include "IndexSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <sqlite3.h>

namespace IndexSchema {

const char *createSql()
{
    // WITHOUT ROWID with the path as key: an entry is found, and a component walked in path
    // order, straight from the primary key. `rank` (0 folders, 1 the rest) lets the children
    // index hand a folder's listing out already in display order, with no sort step.
    return "PRAGMA user_version = 1;"
           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
           "CREATE TABLE entries ("
           "  component INTEGER NOT NULL, path TEXT NOT NULL, parent TEXT NOT NULL, name TEXT NOT NULL,"
           "  type INTEGER NOT NULL, rank INTEGER NOT NULL, size INTEGER NOT NULL DEFAULT 0,"
           "  mode INTEGER NOT NULL DEFAULT 0, mtime INTEGER, sha256 BLOB, link TEXT,"
           "  file_count INTEGER NOT NULL DEFAULT 0, implicit INTEGER NOT NULL DEFAULT 0,"
           "  PRIMARY KEY (component, path)) WITHOUT ROWID;"
           "CREATE TABLE tables (name TEXT PRIMARY KEY, rows INTEGER, schema TEXT, source TEXT) WITHOUT ROWID;";
}

sqlite3 *open(const QString &path, bool writable, QString *error)
{
    sqlite3 *db = nullptr;
    const int flags
        = (writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    return db;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (!m_stmt)
        return *this;
    if (value.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_error = rc != SQLITE_DONE;
    return false;
}

bool Statement::run()
{
    if (!m_stmt)
        return false;
    while (step()) { }
    const bool ok = !m_error;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error = false;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

const char *entryColumns()
{
    return "component, path, name, type, size, mode, mtime, sha256, link, file_count, implicit";
}

IndexEntry readEntry(const Statement &row, int c)
{
    IndexEntry e;
    e.component = row.int64(c) == 1 ? IndexComponent::Db : IndexComponent::Files;
    e.path = row.text(c + 1);
    e.name = row.text(c + 2);
    const qint64 type = row.int64(c + 3);
    e.type = type >= 0 && type <= 4 ? IndexEntry::Type(type) : IndexEntry::Type::Other;
    e.size = row.int64(c + 4);
    e.mode = int(row.int64(c + 5));
    if (!row.isNull(c + 6))
        e.mtime = QDateTime::fromSecsSinceEpoch(row.int64(c + 6), Qt::UTC);
    e.sha256 = toHex(row.blob(c + 7));
    e.linkTarget = row.text(c + 8);
    e.fileCount = row.int64(c + 9);
    e.implicit = row.int64(c + 10) != 0;
    return e;
}

QByteArray toBlob(const QByteArray &hex)
{
    return hex.isEmpty() ? QByteArray() : QByteArray::fromHex(hex);
}

QByteArray toHex(const QByteArray &blob)
{
    return blob.toHex();
}

namespace {
QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime dateValue(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

bool writeInfo(sqlite3 *db, const IndexInfo &info, QString *error)
{
    Statement put(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    const QList<std::pair<const char *, QString>> values = {
        {"snapshot_id", info.snapshotId},
        {"site_id", info.siteId},
        {"environment", info.environment},
        {"created_at", dateText(info.createdAt)},
        {"indexed_at", dateText(info.indexedAt)},
        {"archive_sha256", info.archiveSha256},
        {"archive_bytes", QString::number(info.archiveBytes)},
        {"has_db", QString::number(int(info.hasDb))},
        {"has_files", QString::number(int(info.hasFiles))},
        {"db_sha256", info.dbSha256},
        {"files_sha256", info.filesSha256},
        {"entry_count", QString::number(info.entryCount)},
        {"file_bytes", QString::number(info.fileBytes)},
        {"complete", QStringLiteral("1")},
    };
    for (const auto &[key, value] : values) {
        if (!put.bind(1, QString::fromLatin1(key)).bind(2, value).run()) {
            if (error)
                *error = lastError(db);
            return false;
        }
    }
    return true;
}

bool readInfo(sqlite3 *db, IndexInfo *info, QString *error)
{
    Statement get(db, "SELECT key, value FROM meta");
    if (!get.isValid()) {
        if (error)
            *error = lastError(db);
        return false;
    }
    QHash<QString, QString> v;
    while (get.step())
        v.insert(get.text(0), get.text(1));
    if (v.value(QStringLiteral("complete")) != QLatin1String("1") || v.value(QStringLiteral("snapshot_id")).isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("SnapshotIndex", "The index is incomplete.");
        return false;
    }
    info->snapshotId = v.value(QStringLiteral("snapshot_id"));
    info->siteId = v.value(QStringLiteral("site_id"));
    info->environment = v.value(QStringLiteral("environment"));
    info->createdAt = dateValue(v.value(QStringLiteral("created_at")));
    info->indexedAt = dateValue(v.value(QStringLiteral("indexed_at")));
    info->archiveSha256 = v.value(QStringLiteral("archive_sha256"));
    info->archiveBytes = v.value(QStringLiteral("archive_bytes")).toLongLong();
    info->hasDb = v.value(QStringLiteral("has_db")) == QLatin1String("1");
    info->hasFiles = v.value(QStringLiteral("has_files")) == QLatin1String("1");
    info->dbSha256 = v.value(QStringLiteral("db_sha256"));
    info->filesSha256 = v.value(QStringLiteral("files_sha256"));
    info->entryCount = v.value(QStringLiteral("entry_count")).toLongLong();
    info->fileBytes = v.value(QStringLiteral("file_bytes")).toLongLong();
    return true;
}

} // namespace IndexSchema
