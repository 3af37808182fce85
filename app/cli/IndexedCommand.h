#pragma once

#include "Command.h"
#include "api/Snapshot.h"
#include "index/IndexCache.h"
#include "index/SnapshotFetch.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class TransferManager;

// What `mf snapshot ls|diff|cat|history` share: the account's index cache (the desktop's, with
// the same account), and "make sure these snapshots are indexed", reading each snapshot from the
// API and downloading its archive through a TransferManager when the cache lacks it, with a
// progress line on stderr. An interrupted download is paused and resumed by the next run.
class IndexedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void interrupt() override;

protected:
    // After withApi(): the cache of the account in use (a stored account by its id; MF_API_KEY by
    // the API URL and the key's public prefix).
    IndexCache cache();
    // GET each snapshot of `site`, then fetch() them. Reports any failure and finishes.
    void fetchSnapshots(ApiClient *api, const QString &site, const QStringList &ids, SnapshotFetch::Need need,
                        std::function<void(const QList<Snapshot> &)> done);
    // One after another; done() only when all succeeded, otherwise reported and finished.
    void fetch(ApiClient *api, const QList<Snapshot> &snapshots, SnapshotFetch::Need need, std::function<void()> done);
    // Opens a fetched snapshot's index, or reports why not and finishes.
    std::unique_ptr<SnapshotIndex> openIndex(const QString &snapshotId);
    // A path inside a component as typed ("wp-content/plugins/", "/config.php"): cleaned, without
    // slashes at either end; "" for the component's root. Null when it climbs out or is otherwise
    // not a relative path (then *problem says why).
    static QString cleanPath(const QString &argument, QString *problem);
    // The --db option: the database component instead of the files.
    static void addComponentOption(QCommandLineParser &parser);
    static IndexComponent componentOption(const QCommandLineParser &parser);

    QString m_site;

private:
    void fetchNext(ApiClient *api, QList<Snapshot> left, SnapshotFetch::Need need, std::function<void()> done);
    TransferManager *transfers(ApiClient *api);

    TransferManager *m_transfers = nullptr;
    QPointer<SnapshotFetch> m_fetch;
};
