#pragma once

#include "IndexedCommand.h"
#include "index/EntryExtractor.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

// mf snapshot cat ID PATH --site SITE [--db]: one file's bytes from a snapshot, to stdout, as
// archived. Needs the archive: downloaded (verified, resumable) into the cache when not there.
class SnapshotCatCommand : public IndexedCommand
{
    Q_OBJECT
public:
    using IndexedCommand::IndexedCommand;

    QString syntax() const override { return tr("SNAPSHOT_ID PATH"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    QString notFoundText() const override;
    void write();
    void onWritten();

    QString m_snapshotId;
    QString m_path;
    QString m_typedPath;
    IndexComponent m_component = IndexComponent::Files;
    QFutureWatcher<EntryExtractor::Result> m_writing;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};
