#include "IndexWriter.h"

#include "IndexSchema.h"
#include "transfer/Sha256.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <sqlite3.h>

using IndexSchema::Statement;

struct IndexWriter::Statements
{
    explicit Statements(sqlite3 *db)
        : insert(db,
                 "INSERT OR REPLACE INTO entries (component, path, parent, name, type, rank, size, mode, mtime, "
                 "sha256, link, file_count, implicit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
        , find(db,
               "SELECT component, path, name, type, size, mode, mtime, sha256, link, file_count, implicit "
               "FROM entries WHERE component = ? AND path = ?")
        , table(db, "INSERT OR REPLACE INTO tables (name, rows, schema, source) VALUES (?, ?, ?, ?)")
    {
    }
    Statement insert;
    Statement find;
    Statement table;
};

namespace {
QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}
} // namespace

IndexWriter::~IndexWriter()
{
    abandon();
}

bool IndexWriter::open(const QString &path, QString *error)
{
    QFile::remove(path);
    m_path = path;
    QString why;
    m_db = IndexSchema::open(path, true, &why);
    // One transaction, no journal: the file is ours alone until finish() and deleted on failure.
    if (!m_db || !IndexSchema::exec(m_db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", &why)
        || !IndexSchema::exec(m_db, IndexSchema::createSql(), &why) || !IndexSchema::exec(m_db, "BEGIN", &why)) {
        *error = tr("Could not create the index %1: %2").arg(path, why);
        abandon();
        return false;
    }
    m_statements = new Statements(m_db);
    if (!m_statements->insert.isValid() || !m_statements->find.isValid() || !m_statements->table.isValid()) {
        *error = tr("Could not create the index %1: %2").arg(path, IndexSchema::lastError(m_db));
        abandon();
        return false;
    }
    return true;
}

bool IndexWriter::addEntry(const IndexEntry &e, QString *error)
{
    Statement &s = m_statements->insert;
    s.bind(1, qint64(e.component)).bind(2, e.path).bind(3, e.path.isEmpty() ? QString() : parentOf(e.path));
    s.bind(4, e.name)
        .bind(5, qint64(e.type))
        .bind(6, qint64(e.isDir() ? 0 : 1))
        .bind(7, e.size)
        .bind(8, qint64(e.mode));
    if (e.mtime.isValid())
        s.bind(9, e.mtime.toSecsSinceEpoch());
    else
        s.bindNull(9);
    s.bindBlob(10, IndexSchema::toBlob(e.sha256));
    if (e.linkTarget.isEmpty())
        s.bindNull(11);
    else
        s.bind(11, e.linkTarget);
    s.bind(12, qint64(e.implicit));
    if (!s.run()) {
        *error = tr("Could not write the index: %1").arg(IndexSchema::lastError(m_db));
        return false;
    }
    return true;
}

std::optional<IndexEntry> IndexWriter::find(IndexComponent component, const QString &path) const
{
    Statement &s = m_statements->find;
    s.bind(1, qint64(component)).bind(2, path);
    std::optional<IndexEntry> found;
    if (s.step())
        found = IndexSchema::readEntry(s);
    s.reset();
    return found;
}

bool IndexWriter::addTable(const IndexTable &t, QString *error)
{
    Statement &s = m_statements->table;
    s.bind(1, t.name).bind(2, t.rows).bind(3, t.schema).bind(4, t.source);
    if (!s.run()) {
        *error = tr("Could not write the index: %1").arg(IndexSchema::lastError(m_db));
        return false;
    }
    return true;
}

bool IndexWriter::aggregate(IndexComponent component, IndexInfo *info, QString *error)
{
    struct Total
    {
        qint64 bytes = 0;
        qint64 files = 0;
    };
    QHash<QString, Total> folders;
    qint64 entries = 0;
    {
        Statement all(m_db, "SELECT path, type, size FROM entries WHERE component = ?");
        all.bind(1, qint64(component));
        while (all.step()) {
            ++entries;
            const QString path = all.text(0);
            const auto type = IndexEntry::Type(all.int64(1));
            if (type == IndexEntry::Type::Dir) {
                folders[path]; // present, perhaps empty
                continue;
            }
            // Every folder on the way up, the component's root ("") included, counts this entry.
            const bool content = type == IndexEntry::Type::File || type == IndexEntry::Type::Hardlink;
            const qint64 size = content ? all.int64(2) : 0;
            QString folder = path;
            do {
                folder = parentOf(folder);
                Total &t = folders[folder];
                t.bytes += size;
                t.files += content ? 1 : 0;
            } while (!folder.isEmpty());
        }
    }
    if (entries == 0)
        return true;
    folders[QString()]; // the root, even when the archive only had "files/" itself
    Statement update(m_db, "UPDATE entries SET size = ?, file_count = ? WHERE component = ? AND path = ? AND type = 1");
    Statement clash(m_db, "SELECT 1 FROM entries WHERE component = ? AND path = ?");
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        update.bind(1, it->bytes).bind(2, it->files).bind(3, qint64(component)).bind(4, it.key());
        if (!update.run()) {
            *error = tr("Could not write the index: %1").arg(IndexSchema::lastError(m_db));
            return false;
        }
        if (sqlite3_changes(m_db) > 0)
            continue;
        clash.bind(1, qint64(component)).bind(2, it.key());
        const bool taken = clash.step();
        clash.reset();
        if (taken) {
            *error = tr("The archive was refused: \"%1\" is both a file and a folder.").arg(it.key());
            return false;
        }
        IndexEntry dir;
        dir.component = component;
        dir.path = it.key();
        dir.name = it.key().mid(it.key().lastIndexOf(QLatin1Char('/')) + 1);
        dir.type = IndexEntry::Type::Dir;
        dir.mode = 0755;
        dir.implicit = true;
        if (!addEntry(dir, error))
            return false;
        update.bind(1, it->bytes).bind(2, it->files).bind(3, qint64(component)).bind(4, it.key());
        update.run();
        ++entries;
    }
    info->entryCount += entries;
    if (component == IndexComponent::Files)
        info->fileBytes = folders.value(QString()).bytes;
    (component == IndexComponent::Files ? info->hasFiles : info->hasDb) = true;
    return true;
}

QString IndexWriter::digest(IndexComponent component, QString *error)
{
    // SEMANTICS.md "Archive layout": "<hex>  <relative path>\n" for every file, in byte order of
    // the paths, which is the primary key's own order (BINARY collation over UTF-8).
    Statement files(m_db, "SELECT path, sha256 FROM entries WHERE component = ? AND type = 0 ORDER BY path");
    files.bind(1, qint64(component));
    Sha256 sha;
    while (files.step()) {
        const QByteArray line = IndexSchema::toHex(files.blob(1)) + "  " + files.text(0).toUtf8() + '\n';
        sha.update(line);
    }
    const QByteArray hex = sha.finalHex();
    if (hex.isEmpty())
        *error = tr("Could not compute a checksum.");
    return QString::fromLatin1(hex);
}

bool IndexWriter::finish(IndexInfo *info, QString *error)
{
    info->entryCount = 0;
    if (!aggregate(IndexComponent::Files, info, error) || !aggregate(IndexComponent::Db, info, error))
        return false;
    if (info->hasFiles && (info->filesSha256 = digest(IndexComponent::Files, error)).isEmpty())
        return false;
    if (info->hasDb && (info->dbSha256 = digest(IndexComponent::Db, error)).isEmpty())
        return false;
    info->indexedAt = QDateTime::currentDateTimeUtc();
    QString why;
    // The children index is built once, over the finished table: cheaper than keeping it up to
    // date through a million inserts.
    if (!IndexSchema::writeInfo(m_db, *info, &why)
        || !IndexSchema::exec(m_db, "CREATE INDEX entries_children ON entries (component, parent, rank, name)", &why)) {
        *error = tr("Could not write the index: %1").arg(why);
        return false;
    }
    delete m_statements;
    m_statements = nullptr;
    if (!IndexSchema::exec(m_db, "COMMIT", &why)) {
        *error = tr("Could not write the index: %1").arg(why);
        return false;
    }
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    return true;
}

void IndexWriter::abandon()
{
    delete m_statements;
    m_statements = nullptr;
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        QFile::remove(m_path);
    }
}
