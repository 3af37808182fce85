#include "SnapshotIndex.h"

#include "IndexSchema.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

using IndexSchema::Statement;

namespace {
QByteArray select(const char *rest)
{
    return QByteArray("SELECT ") + IndexSchema::entryColumns() + " FROM entries " + rest;
}
} // namespace

SnapshotIndex::~SnapshotIndex()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SnapshotIndex> SnapshotIndex::open(const QString &path, QString *error)
{
    std::unique_ptr<SnapshotIndex> index(new SnapshotIndex);
    index->m_path = path;
    QString why;
    if (!index->load(&why)) {
        if (error)
            *error = tr("The index %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    }
    return index;
}

bool SnapshotIndex::load(QString *error)
{
    if (!QFileInfo(m_path).isFile()) {
        *error = tr("it does not exist.");
        return false;
    }
    m_db = IndexSchema::open(m_path, false, error);
    if (!m_db)
        return false;
    Statement version(m_db, "PRAGMA user_version");
    if (!version.step()) {
        *error = IndexSchema::lastError(m_db);
        return false;
    }
    if (version.int64(0) != IndexSchema::Version) {
        *error = tr("it was made by another version (format %1).").arg(version.int64(0));
        return false;
    }
    return IndexSchema::readInfo(m_db, &m_info, error);
}

QList<IndexEntry> SnapshotIndex::children(IndexComponent component, const QString &folder) const
{
    // Served by entries_children (component, parent, rank, name): no sort, no scan.
    static const QByteArray sql = select("WHERE component = ? AND parent = ? AND path <> '' ORDER BY rank, name");
    Statement s(m_db, sql.constData());
    s.bind(1, qint64(component)).bind(2, QDir::cleanPath(folder) == QLatin1String(".") ? QString() : folder);
    QList<IndexEntry> list;
    while (s.step())
        list << IndexSchema::readEntry(s);
    return list;
}

std::optional<IndexEntry> SnapshotIndex::entry(IndexComponent component, const QString &path) const
{
    static const QByteArray sql = select("WHERE component = ? AND path = ?");
    Statement s(m_db, sql.constData());
    QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String(".") || clean == QLatin1String("/"))
        clean.clear();
    if (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    s.bind(1, qint64(component)).bind(2, clean);
    if (!s.step())
        return std::nullopt;
    return IndexSchema::readEntry(s);
}

QList<IndexEntry> SnapshotIndex::search(const QString &text, int limit, bool *more) const
{
    // instr() over lower(): a plain substring, with no LIKE wildcards to escape in the user's text.
    static const QByteArray sql
        = select("WHERE path <> '' AND instr(lower(name), lower(?)) > 0 ORDER BY component, path LIMIT ?");
    Statement s(m_db, sql.constData());
    s.bind(1, text).bind(2, qint64(limit) + 1);
    QList<IndexEntry> list;
    while (s.step())
        list << IndexSchema::readEntry(s);
    if (more)
        *more = list.size() > limit;
    if (list.size() > limit)
        list.removeLast();
    return list;
}

QList<IndexTable> SnapshotIndex::tables() const
{
    Statement s(m_db, "SELECT name, rows, schema, source FROM tables ORDER BY name");
    QList<IndexTable> list;
    while (s.step()) {
        IndexTable t;
        t.name = s.text(0);
        t.rows = s.isNull(1) ? -1 : s.int64(1);
        t.schema = s.text(2);
        t.source = s.text(3);
        list << t;
    }
    return list;
}

void SnapshotIndex::forEach(IndexComponent component, const std::function<bool(const IndexEntry &)> &visit) const
{
    static const QByteArray sql = select("WHERE component = ? ORDER BY path");
    Statement s(m_db, sql.constData());
    s.bind(1, qint64(component));
    while (s.step()) {
        if (!visit(IndexSchema::readEntry(s)))
            return;
    }
}

qint64 SnapshotIndex::count(IndexComponent component) const
{
    Statement s(m_db, "SELECT count(*) FROM entries WHERE component = ? AND path <> ''");
    s.bind(1, qint64(component));
    return s.step() ? s.int64(0) : 0;
}
