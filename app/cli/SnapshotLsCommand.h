#pragma once

#include "IndexedCommand.h"

struct IndexEntry;

// mf snapshot ls ID --site SITE [PATH] [--db] [--json]: what a snapshot holds at PATH (a folder's
// entries, folders first; or the one file), from the snapshot's index, which is built first
// (downloading the archive) when the cache does not have it. With --db: the database
// component's files and its tables.
class SnapshotLsCommand : public IndexedCommand
{
    Q_OBJECT
public:
    using IndexedCommand::IndexedCommand;

    QString syntax() const override { return tr("SNAPSHOT_ID [PATH]"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    void list();
    static QString typeText(const IndexEntry &e);

    QString m_snapshotId;
    QString m_path;
    QString m_typedPath;
    IndexComponent m_component = IndexComponent::Files;
};
