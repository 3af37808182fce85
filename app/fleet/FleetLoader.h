#pragma once

#include "FleetCache.h"
#include "SiteListing.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/Job.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiReply;
class Clock;
class QTimer;

// Reads an account's fleet: the cached fleet at once, then GET /sites page by page, the running
// jobs, and the backup policies in the background at a gentle pace so they never crowd out what
// the user clicks on. Writes the cache after each full listing. Knows nothing of views: it says
// what arrived through its signals, and a model (the desktop's FleetModel) shows it.
class FleetLoader : public QObject
{
    Q_OBJECT
public:
    FleetLoader(const FleetCache &cache, const Clock *clock, QObject *parent = nullptr);
    ~FleetLoader() override;

    // api may be null (signed out): sitesReset({}) empties what is shown.
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

    bool isRefreshing() const { return m_listing != nullptr; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    bool showingCache() const { return m_showingCache; }
    // The last complete listing (or the cache), and the policies known for its sites.
    const QList<Site> &sites() const { return m_lastSites; }
    QList<BackupPolicy> policies() const { return m_policies.values(); }

Q_SIGNALS:
    // Everything shown so far is replaced: another account, or its cached fleet.
    void sitesReset(const QList<Site> &sites);
    // A listing began; its pages follow as sitesReceived(), then listingEnded().
    void refreshStarted();
    // Sites to merge into what is shown: a page of a listing, or one site read again.
    void sitesReceived(const QList<Site> &sites);
    // complete: the listing reached its last page, so sites it did not name are gone; otherwise
    // (failed, cancelled) every site shown stays. Comes before refreshFinished/refreshFailed.
    void listingEnded(bool complete);
    void policyReceived(const BackupPolicy &policy);
    // The jobs running now (replaces the previous set).
    void runningJobsReceived(const QList<Job> &jobs);
    void firstPageShown();
    void refreshFinished();
    void refreshFailed(const ApiError &error);
    void lastUpdatedChanged();

private:
    void onPage(const QList<Site> &sites);
    void onListingFinished();
    void queuePolicies();
    void fetchNextPolicy();
    void saveCache();

    FleetCache m_cache;
    const Clock *m_clock;
    QPointer<ApiClient> m_api;
    QString m_accountId;

    QPointer<SiteListing> m_listing;
    QPointer<ApiReply> m_jobsReply;
    QList<Site> m_lastSites;        // of the last complete listing (or the cache)
    QHash<QString, BackupPolicy> m_policies; // by site id, as cached
    bool m_firstPage = false;

    QStringList m_policyQueue;
    int m_policiesInFlight = 0;
    QTimer *m_policyPacer;
    QTimer *m_saveDelay;

    QFuture<std::optional<FleetCache::Contents>> m_prefetch;
    QString m_prefetchAccount;

    QDateTime m_lastUpdated;
    bool m_showingCache = false;
};
