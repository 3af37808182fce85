#include "SnapshotDiff.h"

#include "SnapshotIndex.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace {
struct Seen
{
    IndexEntry::Type type;
    qint64 size;
    QByteArray sha256;
    QString link;
};

bool samePathOrder(const SnapshotDiff::FileChange &a, const SnapshotDiff::FileChange &b)
{
    return a.path < b.path;
}

QJsonValue rows(qint64 n)
{
    return n < 0 ? QJsonValue() : QJsonValue(double(n));
}
} // namespace

SnapshotDiff SnapshotDiff::compare(const SnapshotIndex &older, const SnapshotIndex &newer)
{
    SnapshotDiff diff;
    diff.olderId = older.info().snapshotId;
    diff.newerId = newer.info().snapshotId;

    // Folders are not compared: what is inside them is. A hash rather than a merge of the two
    // ordered walks: QString's order is not SQLite's byte order for every character.
    QHash<QString, Seen> before;
    before.reserve(int(older.count(IndexComponent::Files)));
    older.forEach(IndexComponent::Files, [&before](const IndexEntry &e) {
        if (!e.isDir())
            before.insert(e.path, {e.type, e.size, e.sha256, e.linkTarget});
        return true;
    });
    newer.forEach(IndexComponent::Files, [&diff, &before](const IndexEntry &e) {
        if (e.isDir())
            return true;
        const auto it = before.constFind(e.path);
        if (it == before.cend()) {
            diff.added.append({e.path, e.type, e.type, -1, e.size, {}, e.sha256});
            return true;
        }
        if (it->type != e.type || it->sha256 != e.sha256 || it->link != e.linkTarget)
            diff.changed.append({e.path, it->type, e.type, it->size, e.size, it->sha256, e.sha256});
        before.erase(it);
        return true;
    });
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        diff.removed.append({it.key(), it->type, it->type, it->size, -1, it->sha256, {}});
    std::sort(diff.added.begin(), diff.added.end(), samePathOrder);
    std::sort(diff.changed.begin(), diff.changed.end(), samePathOrder);
    std::sort(diff.removed.begin(), diff.removed.end(), samePathOrder);

    diff.dbKnown = older.info().hasDb && newer.info().hasDb;
    diff.dbChanged = diff.dbKnown && older.info().dbSha256 != newer.info().dbSha256;
    QMap<QString, IndexTable> oldTables;
    for (const IndexTable &t : older.tables())
        oldTables.insert(t.name, t);
    QMap<QString, TableChange> tables;
    for (const IndexTable &t : newer.tables()) {
        const auto it = oldTables.constFind(t.name);
        if (it == oldTables.cend()) {
            tables.insert(t.name, {t.name, TableChange::Kind::Added, -1, t.rows, {}, t.schema});
            continue;
        }
        if (it->rows != t.rows || it->schema != t.schema)
            tables.insert(t.name, {t.name, TableChange::Kind::Changed, it->rows, t.rows, it->schema, t.schema});
        oldTables.erase(it);
    }
    for (const IndexTable &t : std::as_const(oldTables))
        tables.insert(t.name, {t.name, TableChange::Kind::Removed, t.rows, -1, t.schema, {}});
    diff.tables = tables.values();
    return diff;
}

QJsonObject SnapshotDiff::toJson() const
{
    QJsonArray addedJson, removedJson, changedJson, tablesJson;
    for (const FileChange &c : added)
        addedJson.append(QJsonObject {{QStringLiteral("path"), c.path}, {QStringLiteral("size"), double(c.sizeNew)}});
    for (const FileChange &c : removed)
        removedJson.append(QJsonObject {{QStringLiteral("path"), c.path}, {QStringLiteral("size"), double(c.sizeOld)}});
    for (const FileChange &c : changed) {
        changedJson.append(QJsonObject {{QStringLiteral("path"), c.path},
                                        {QStringLiteral("size_old"), double(c.sizeOld)},
                                        {QStringLiteral("size_new"), double(c.sizeNew)}});
    }
    for (const TableChange &t : tables) {
        const QString kind = t.kind == TableChange::Kind::Added ? QStringLiteral("added")
            : t.kind == TableChange::Kind::Removed              ? QStringLiteral("removed")
                                                                : QStringLiteral("changed");
        tablesJson.append(QJsonObject {{QStringLiteral("name"), t.name},
                                       {QStringLiteral("change"), kind},
                                       {QStringLiteral("rows_old"), rows(t.rowsOld)},
                                       {QStringLiteral("rows_new"), rows(t.rowsNew)},
                                       {QStringLiteral("schema_changed"), t.schemaChanged()}});
    }
    return {{QStringLiteral("files"),
             QJsonObject {{QStringLiteral("added"), addedJson},
                          {QStringLiteral("removed"), removedJson},
                          {QStringLiteral("changed"), changedJson}}},
            {QStringLiteral("db"),
             QJsonObject {{QStringLiteral("changed"), dbKnown ? QJsonValue(dbChanged) : QJsonValue()},
                          {QStringLiteral("tables"), tablesJson}}}};
}
