#include "DatabaseFileReader.h"

#include "IndexLog.h"
#include "IndexSchema.h"

#include <QUrl>

#include <sqlite3.h>

namespace {
const QByteArray SqliteMagic("SQLite format 3\0", 16);

// A WAL-mode database says so in bytes 18 and 19; read alone, without its -wal file, it opens
// only in rollback mode, which is what the file's content is anyway.
void makeRollback(char *header, qint64 size)
{
    if (size > 19 && header[18] == 2 && header[19] == 2)
        header[18] = header[19] = 1;
}

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

DatabaseFileReader::DatabaseFileReader(const QString &name, qint64 memoryLimit, const QString &spoolPath)
    : m_name(name)
    , m_memoryLimit(memoryLimit)
    , m_spoolPath(spoolPath)
{
}

DatabaseFileReader::~DatabaseFileReader()
{
    if (m_spool) {
        m_spool->close();
        m_spool->remove();
    }
}

void DatabaseFileReader::decide()
{
    if (m_memory.startsWith(SqliteMagic))
        m_kind = Kind::Sqlite;
    else if (m_name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        m_kind = Kind::Dump;
    else
        m_kind = Kind::Other;
    if (m_kind == Kind::Dump) {
        m_dump = std::make_unique<SqlDumpScanner>(m_name);
        m_dump->add(m_memory.constData(), m_memory.size());
        m_memory.clear();
    } else if (m_kind == Kind::Other) {
        m_memory.clear();
    }
}

void DatabaseFileReader::add(const char *data, qint64 size)
{
    if (m_failed || size <= 0)
        return;
    switch (m_kind) {
    case Kind::Undecided:
        m_memory.append(data, size);
        if (m_memory.size() >= SqliteMagic.size())
            decide();
        return;
    case Kind::Dump:
        m_dump->add(data, size);
        return;
    case Kind::Other:
        return;
    case Kind::Sqlite:
        break;
    }
    if (!m_spool && m_memory.size() + size <= m_memoryLimit) {
        m_memory.append(data, size);
        return;
    }
    if (!m_spool) {
        m_spool = std::make_unique<QFile>(m_spoolPath);
        if (!m_spool->open(QIODevice::WriteOnly | QIODevice::Truncate) || m_spool->write(m_memory) != m_memory.size()) {
            qCWarning(lcIndex) << "could not spool the database" << m_name << m_spool->errorString();
            m_failed = true;
            return;
        }
        m_memory.clear();
    }
    if (m_spool->write(data, size) != size) {
        qCWarning(lcIndex) << "could not spool the database" << m_name << m_spool->errorString();
        m_failed = true;
    }
}

QList<IndexTable> DatabaseFileReader::finish()
{
    if (m_kind == Kind::Undecided)
        decide();
    if (m_failed)
        return {};
    if (m_kind == Kind::Dump)
        return m_dump->finish();
    if (m_kind != Kind::Sqlite)
        return {};
    if (m_spool) {
        m_spool->close();
        QFile patch(m_spoolPath);
        if (patch.open(QIODevice::ReadWrite)) {
            QByteArray header = patch.read(20);
            makeRollback(header.data(), header.size());
            patch.seek(0);
            patch.write(header);
        }
        patch.close();
        return tablesOfSqlite(m_spoolPath, {}, m_name);
    }
    makeRollback(m_memory.data(), m_memory.size());
    return tablesOfSqlite({}, m_memory, m_name);
}

QList<IndexTable> DatabaseFileReader::tablesOfSqlite(const QString &path, const QByteArray &image,
                                                     const QString &source)
{
    QList<IndexTable> tables;
    sqlite3 *db = nullptr;
    if (path.isEmpty()) {
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(db);
            return {};
        }
        // SQLite reads the image in place (no copy, no free): `image` outlives the connection.
        auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(image.constData()));
        if (sqlite3_deserialize(db, "main", bytes, image.size(), image.size(), SQLITE_DESERIALIZE_READONLY)
            != SQLITE_OK) {
            qCWarning(lcIndex) << "not a readable SQLite database:" << source << sqlite3_errmsg(db);
            sqlite3_close_v2(db);
            return {};
        }
    } else {
        const QByteArray uri = "file:" + QUrl::fromLocalFile(path).path(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
        if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            qCWarning(lcIndex) << "not a readable SQLite database:" << source << sqlite3_errmsg(db);
            sqlite3_close_v2(db);
            return {};
        }
    }
    // The file is untrusted: no triggers, views or virtual tables run, no schema tricks.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    {
        IndexSchema::Statement list(db,
                                    "SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        while (list.step()) {
            IndexTable t;
            t.name = list.text(0);
            t.schema = list.text(1);
            t.source = source;
            tables << t;
        }
        if (!list.isValid())
            qCWarning(lcIndex) << "could not read the tables of" << source << sqlite3_errmsg(db);
    }
    for (IndexTable &t : tables) {
        const QByteArray sql = (QStringLiteral("SELECT count(*) FROM ") + quoted(t.name)).toUtf8();
        IndexSchema::Statement count(db, sql.constData());
        if (count.step())
            t.rows = count.int64(0);
    }
    sqlite3_close_v2(db);
    return tables;
}
