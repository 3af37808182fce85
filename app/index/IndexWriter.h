#pragma once

#include "IndexEntry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct sqlite3;

// Writes one snapshot index (IndexSchema) as ArchiveIndexer reads the archive: entries in archive
// order into one transaction, then finish() adds what needs the whole tree (folder totals,
// folders only implied by their children's paths, each component's digest by SEMANTICS.md) and
// the children index, and commits. Nothing is visible at `path` until finish() succeeded; the
// caller renames the finished file into place.
class IndexWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveIndexer)

public:
    IndexWriter() = default;
    ~IndexWriter();
    IndexWriter(const IndexWriter &) = delete;
    IndexWriter &operator=(const IndexWriter &) = delete;

    bool open(const QString &path, QString *error);
    // A later entry with the same path replaces the earlier one (as extracting would).
    bool addEntry(const IndexEntry &entry, QString *error);
    std::optional<IndexEntry> find(IndexComponent component, const QString &path) const;
    bool addTable(const IndexTable &table, QString *error);
    // Fills in the computed parts of *info and writes it. The file is closed afterwards.
    bool finish(IndexInfo *info, QString *error);
    // Closes and deletes the file.
    void abandon();

private:
    bool aggregate(IndexComponent component, IndexInfo *info, QString *error);
    QString digest(IndexComponent component, QString *error);

    sqlite3 *m_db = nullptr;
    QString m_path;
    struct Statements;
    Statements *m_statements = nullptr;
};
