#pragma once

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "FleetCache.h"

#include "api/ApiError.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class Clock;
class FleetModel;
class QTimer;

// Fills the fleet model: the cached fleet at once, then GET /sites page by page (merged as each
// page arrives), the running jobs, and the backup policies in the background at a gentle pace
// so they never crowd out what the user clicks on. Writes the cache after each full listing.
class FleetLoader : public QObject
{
    Q_OBJECT
public:
    FleetLoader(FleetModel *model, const FleetCache &cache, const Clock *clock, QObject *parent = nullptr);
    ~FleetLoader() override;

    // api may be null (signed out): the model is emptied.
    void setSession(ApiClient *api, const QString &accountId);
    // Starts reading accountId's cache on a worker thread, for the next loadCache() of that
    // account: at start-up the read overlaps with building the window.
    void prefetchCache(const QString &accountId);
    bool loadCache();
    // The account signed out: its cached fleet is deleted.
    void forgetAccount(const QString &accountId) { m_cache.remove(accountId); }
    void refresh();
    void refreshJobs();
    // One site again (its environments' newest backups), after the app took or restored a
    // snapshot there: the fleet's age must not wait for the next full listing.
    void refreshSite(const QString &siteId);

    bool isRefreshing() const { return m_sitesReply != nullptr; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    bool showingCache() const { return m_showingCache; }
    int skippedSites() const { return m_skipped; }

Q_SIGNALS:
    void refreshStarted();
    void firstPageShown();
    void refreshFinished();
    void refreshFailed(const ApiError &error);
    void lastUpdatedChanged();

private:
    void onPage(const QJsonArray &items);
    void onSitesFinished();
    void queuePolicies();
    void fetchNextPolicy();
    void saveCache();

    FleetModel *m_model;
    FleetCache m_cache;
    const Clock *m_clock;
    QPointer<ApiClient> m_api;
    QString m_accountId;

    QPointer<ApiReply> m_sitesReply;
    QPointer<ApiReply> m_jobsReply;
    QList<Site> m_pendingSites;     // of the listing in progress
    QList<Site> m_lastSites;        // of the last complete listing (or the cache)
    QHash<QString, BackupPolicy> m_policies; // by site id, as cached
    bool m_firstPage = false;
    int m_skipped = 0;

    QStringList m_policyQueue;
    int m_policiesInFlight = 0;
    QTimer *m_policyPacer;
    QTimer *m_saveDelay;

    QFuture<std::optional<FleetCache::Contents>> m_prefetch;
    QString m_prefetchAccount;

    QDateTime m_lastUpdated;
    bool m_showingCache = false;
};
