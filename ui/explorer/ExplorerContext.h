#pragma once

#include "api/ApiClient.h"
#include "api/Site.h"
#include "api/Snapshot.h"
#include "index/IndexCache.h"
#include "transfer/TransferManager.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

// What the explorer, compare and history windows work with: the account's index cache and the
// session's API client and transfer list (downloads show there like any other), and the
// environment whose snapshots are looked at (newest first, as the timeline lists them).
struct ExplorerContext
{
    explicit ExplorerContext(const IndexCache &indexCache)
        : cache(indexCache)
    {
    }

    IndexCache cache;
    QPointer<ApiClient> api;
    QPointer<TransferManager> transfers;
    Site site;
    QString environment;
    QList<Snapshot> snapshots;

    // "2 Dec 2026 02:00 · Scheduled" or with the label: how people recognise a snapshot.
    static QString describe(const Snapshot &snapshot);
    // Ready snapshots (those with an archive), newest first.
    QList<Snapshot> readySnapshots() const;
    // The ready snapshot taken just before `snapshot`, if any.
    std::optional<Snapshot> previousOf(const Snapshot &snapshot) const;
    std::optional<Snapshot> newest() const;
};
