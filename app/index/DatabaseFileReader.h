#pragma once

#include "IndexEntry.h"
#include "SqlDumpScanner.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

// Reads the tables of one file of the "db" component while its bytes stream past (ArchiveIndexer
// feeds it the same blocks it hashes). An SQLite database (recognised by its header) is kept in
// memory up to `memoryLimit`, beyond that spooled to `spoolPath`, and opened read-only when the
// file ends: its tables from sqlite_schema, rows by COUNT(*). A file named *.sql goes through
// SqlDumpScanner. Anything else has no tables. A damaged database yields the tables that could be
// read (rows -1 where counting failed), never an error: the index of the files stays useful.
class DatabaseFileReader
{
public:
    DatabaseFileReader(const QString &name, qint64 memoryLimit, const QString &spoolPath);
    ~DatabaseFileReader();

    void add(const char *data, qint64 size);
    QList<IndexTable> finish();

    static QList<IndexTable> tablesOfSqlite(const QString &path, const QByteArray &image, const QString &source);

private:
    enum class Kind { Undecided, Sqlite, Dump, Other };
    void decide();

    QString m_name;
    qint64 m_memoryLimit;
    QString m_spoolPath;
    Kind m_kind = Kind::Undecided;
    QByteArray m_memory;
    std::unique_ptr<QFile> m_spool;
    std::unique_ptr<SqlDumpScanner> m_dump;
    bool m_failed = false;
};
