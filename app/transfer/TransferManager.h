#pragma once

#include "Download.h"
#include "RequestFactory.h"
#include "SpeedMeter.h"
#include "TransferInfo.h"
#include "TransferRecord.h"
#include "TransferStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>

// The downloads of one account: a queue with a concurrency limit, pause/resume/cancel, smoothed
// speed and ETA, and persistence so transfers survive an application or CLI restart.
//
// Built for a QAbstractItemModel on top: ids are stable (also across restarts), transfers()
// gives the rows in a stable order, transferAdded/Removed bracket row changes, and
// transferChanged(id) is batched: state changes at once, progress at most once per
// Options::updateIntervalMs per transfer. Everything runs in the thread that owns the manager;
// heavy work (writing, hashing) happens on each download's writer thread.
class TransferManager : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxConcurrent = 3;
        QString stateDirectory;   // where records are persisted; empty = nothing persisted
        int updateIntervalMs = 100;
        Download::Options download;
    };

    using ByteSinks = std::function<std::shared_ptr<ByteSink>()>;

    struct Request
    {
        QUrl url;                 // API download URL (ApiClient::downloadUrl)
        QString site;
        QString snapshotId;
        QStringList selectors;
        QString directory;        // destination folder
        QString fileName;         // empty = the server's suggestion, made safe
        // fileName is what a person typed (mf -o): used exactly as typed, or the transfer is
        // refused with a sentence (SafeFileName::checkTyped); never silently changed into
        // another name, which --force would then replace. Otherwise fileName is a suggestion
        // built from server data and made safe like the server's own.
        bool fileNameAsTyped = false;
        // Called at every start of the transfer's download for a fresh sink of the archive's
        // bytes (a sink sees them from byte 0: the .part's first on a resume), e.g. the snapshot
        // indexer; empty or returning null = none.
        ByteSinks byteSinks;
    };

    // Inline so that code without an ApiClient (tests, benchmark) does not link one.
    static Request snapshotRequest(const ApiClient &api, const QString &site, const QString &snapshotId,
                                   const QStringList &selectors, const QString &directory)
    {
        return {api.downloadUrl(site, snapshotId, selectors), site, snapshotId, selectors, directory, {}, false, {}};
    }

    TransferManager(const RequestFactory &requests, const Options &options, QObject *parent = nullptr);
    // Stops running downloads; what they wrote stays in their .part and records.
    ~TransferManager() override;

    // Queues a download; returns its id. With a fileName under ConflictPolicy::Fail that exists,
    // the transfer is added as Failed (FileExists).
    QString add(const Request &request);
    // Loads persisted transfers as Paused (call once at start-up); returns how many.
    int restore();
    // The paused or resumable failed transfer that `request` continues: the same archive (site,
    // snapshot, selectors) into the same folder, compared as canonical paths ("dir/", "dir/." and
    // a link to dir are one folder), under the request's typed name or else a server-chosen one.
    // The one with most bytes is kept; the others that match (left by interrupted runs of earlier
    // versions, each under "… (1).tar.gz") are removed with their .part. Empty when none.
    QString adoptResumable(const Request &request);

    // Request::byteSinks for a transfer already added (adopted or joined): from its next start.
    void setByteSinks(const QString &id, ByteSinks sinks);

    void pause(const QString &id);   // Queued or Running → Paused (the .part is flushed)
    void resume(const QString &id);  // Paused or Failed → Queued
    void cancel(const QString &id);  // anything but Completed → Cancelled, the .part deleted
    void remove(const QString &id);  // forget it (a transfer not Completed is cancelled first)
    void pauseAll();
    void resumeAll();
    void setMaxConcurrent(int n);

    QList<TransferInfo> transfers() const; // in the order added
    TransferInfo transfer(const QString &id) const; // empty id when unknown
    bool contains(const QString &id) const { return m_entries.count(id) > 0; }
    // Body bytes read from the network by this transfer in this session, over all attempts.
    qint64 bytesReceived(const QString &id) const;

Q_SIGNALS:
    void transferAdded(const QString &id);
    void transferChanged(const QString &id);
    void transferRemoved(const QString &id);
    // Reached Completed, Failed or Cancelled (also emitted as transferChanged).
    void transferFinished(const QString &id);

private:
    struct Entry
    {
        TransferInfo info;
        TransferRecord record;
        Download *download = nullptr;
        SpeedMeter speed;
        qint64 received = 0;
        bool dirty = false;
        bool cancelWhenStopped = false;
        bool removeWhenStopped = false;
        ByteSinks byteSinks;
    };

    Entry *entry(const QString &id) const;
    QString insert(const TransferRecord &record, TransferInfo::State state);
    void schedule();
    void startEntry(Entry *e);
    void takeRecord(Entry *e);
    void finishDownload(Entry *e);
    void onRecordChanged(Entry *e);
    void onStopped(Entry *e);
    void releaseEmptyPart(const TransferRecord &record);
    void discard(Entry *e);
    void forget(const QString &id);
    void setState(Entry *e, TransferInfo::State state);
    void emitChanged(Entry *e);
    void tick();
    int runningCount() const;

    RequestFactory m_requests;
    Options m_options;
    TransferStore m_store;
    std::unordered_map<QString, std::unique_ptr<Entry>> m_entries;
    QStringList m_order;
    QTimer m_ticker;
    QElapsedTimer m_clock;
};
