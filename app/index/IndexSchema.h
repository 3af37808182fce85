#pragma once

#include "IndexEntry.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// The SQLite layout of one snapshot index, shared by its writer (IndexWriter) and its reader
// (SnapshotIndex), with the small SQLite helpers both need. Bump Version on any layout change:
// an index of another version is treated as absent and rebuilt.
namespace IndexSchema {

constexpr int Version = 1;

// The statements that create an empty index.
const char *createSql();

// Opens `path` (read-only or read-write-create) with a busy timeout; null and *error on failure.
sqlite3 *open(const QString &path, bool writable, QString *error);
bool exec(sqlite3 *db, const char *sql, QString *error = nullptr);
QString lastError(sqlite3 *db);

// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value); // empty = NULL
    Statement &bindNull(int index);
    bool step(); // true while a row is there
    bool run(); // step to the end; false on an error
    void reset();
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_error = false;
};

// The columns every entry query selects, in this order, and how to read them into an IndexEntry.
const char *entryColumns();
IndexEntry readEntry(const Statement &row, int firstColumn = 0);

// Digests are stored as 32 bytes; the value types carry lower-case hex.
QByteArray toBlob(const QByteArray &hex);
QByteArray toHex(const QByteArray &blob);

// Meta keys and values (text).
bool writeInfo(sqlite3 *db, const IndexInfo &info, QString *error);
bool readInfo(sqlite3 *db, IndexInfo *info, QString *error);

} // namespace IndexSchema
