#include "Database.h"

#include <sqlite3.h>

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool wal)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return false;
    }
    // Other connections (the scheduler, a job) may hold the lock briefly; wait rather than fail.
    sqlite3_busy_timeout(m_db, 10000);
    // WAL with synchronous=NORMAL: a commit is atomic and survives a process crash without an
    // fsync per statement (only an OS crash may lose the last commits, never corrupt).
    if (wal && (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))))
        return false;
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

sqlite3_stmt *Database::prepare(const QString &sql, const QVariantList &params)
{
    if (!m_db) {
        m_error = QStringLiteral("database not open");
        return nullptr;
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        const int idx = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(stmt, idx);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool
                   || v.typeId() == QMetaType::UInt || v.typeId() == QMetaType::ULongLong) {
            sqlite3_bind_int64(stmt, idx, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(stmt, idx, v.toDouble());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob64(stmt, idx, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray s = v.toString().toUtf8();
            sqlite3_bind_text64(stmt, idx, s.constData(), sqlite3_uint64(s.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
    }
    return stmt;
}

bool Database::query(const QString &sql, const QVariantList &params, const std::function<void(const Row &)> &each)
{
    sqlite3_stmt *stmt = prepare(sql, params);
    if (!stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!each)
            continue;
        const int n = sqlite3_column_count(stmt);
        Row row;
        row.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER: row << QVariant(qint64(sqlite3_column_int64(stmt, c))); break;
            case SQLITE_FLOAT: row << QVariant(sqlite3_column_double(stmt, c)); break;
            case SQLITE_NULL: row << QVariant(); break;
            case SQLITE_BLOB:
                row << QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                                           sqlite3_column_bytes(stmt, c)));
                break;
            default:
                row << QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                                  sqlite3_column_bytes(stmt, c)));
            }
        }
        each(row);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(stmt);
    return ok;
}

bool Database::exec(const QString &sql, const QVariantList &params)
{
    return query(sql, params, nullptr);
}

QList<Database::Row> Database::rows(const QString &sql, const QVariantList &params)
{
    QList<Row> out;
    query(sql, params, [&](const Row &r) { out << r; });
    return out;
}

QVariant Database::scalar(const QString &sql, const QVariantList &params)
{
    QVariant out;
    query(sql, params, [&](const Row &r) {
        if (!out.isValid() && !r.isEmpty())
            out = r.first();
    });
    return out;
}

qint64 Database::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!work()) {
        const QString err = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = err;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}
