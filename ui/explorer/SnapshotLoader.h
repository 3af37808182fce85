#pragma once

#include "ExplorerContext.h"
#include "index/SnapshotFetch.h"

#include <QObject>
#include <QPointer>

#include <memory>

class SnapshotIndex;

// Gets one snapshot ready to be looked at: its index (and with Need::Archive its archive too),
// downloading and indexing through SnapshotFetch when the cache lacks them, then opens the index.
// One finished() follows start(), also when the cache already had everything.
class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    SnapshotLoader(const ExplorerContext &context, const Snapshot &snapshot, SnapshotFetch::Need need,
                   QObject *parent = nullptr);
    ~SnapshotLoader() override;

    void start();
    void cancel();

    const Snapshot &snapshot() const { return m_snapshot; }
    std::shared_ptr<SnapshotIndex> index() const { return m_index; }
    QString archivePath() const;
    QString error() const { return m_error; } // translated, after finished(false)

Q_SIGNALS:
    // A sentence for a status line; permille 0–1000, or -1 while the total is unknown.
    void progress(const QString &text, int permille);
    void finished(bool ok);

private:
    void onFetchFinished(bool ok);

    IndexCache m_cache;
    QPointer<ApiClient> m_api;
    QPointer<TransferManager> m_transfers;
    Snapshot m_snapshot;
    SnapshotFetch::Need m_need;
    SnapshotFetch *m_fetch = nullptr;
    std::shared_ptr<SnapshotIndex> m_index;
    QString m_error;
};
