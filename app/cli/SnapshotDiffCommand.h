#pragma once

#include "IndexedCommand.h"

class SnapshotDiff;

// mf snapshot diff OLD NEW --site SITE [--json]: files added, removed and changed (with sizes)
// and database tables added, removed and changed (rows, schema) between two snapshots, from
// their indexes (each built first, downloading its archive, when the cache lacks it).
class SnapshotDiffCommand : public IndexedCommand
{
    Q_OBJECT
public:
    using IndexedCommand::IndexedCommand;

    QString syntax() const override { return tr("OLD_SNAPSHOT_ID NEW_SNAPSHOT_ID"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    void compare();
    void print(const SnapshotDiff &diff);

    QString m_old;
    QString m_new;
};
