#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

// A thin RAII wrapper over one sqlite3 connection: prepared statements with positional
// QVariant binding. The sandbox uses raw SQLite (not QtSql) to stay on the packages the
// top-level CMakeLists finds, and because capture/restore need sqlite3_backup_* anyway.
class Database
{
public:
    using Row = QVariantList;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, bool wal);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString lastError() const { return m_error; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const QString &sql, const QVariantList &params = {});
    // Runs a query and calls `each` per row; false on error.
    bool query(const QString &sql, const QVariantList &params, const std::function<void(const Row &)> &each);
    QList<Row> rows(const QString &sql, const QVariantList &params = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {});
    qint64 changes() const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it returns false.
    bool transaction(const std::function<bool()> &work);

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &params);
    sqlite3 *m_db = nullptr;
    QString m_error;
};
