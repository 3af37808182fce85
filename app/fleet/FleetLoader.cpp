#include "FleetLoader.h"

#include "SiteListing.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QTimer>
#include <QtConcurrent>

// Policies are read-only plan settings: a few per second is plenty and leaves most of the
// rate limit (20/s) to the requests the user is waiting for.
static constexpr int PolicyIntervalMs = 150;
static constexpr int MaxPoliciesInFlight = 2;

FleetLoader::FleetLoader(const FleetCache &cache, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
    , m_policyPacer(new QTimer(this))
    , m_saveDelay(new QTimer(this))
{
    m_policyPacer->setInterval(PolicyIntervalMs);
    connect(m_policyPacer, &QTimer::timeout, this, &FleetLoader::fetchNextPolicy);
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(2000);
    connect(m_saveDelay, &QTimer::timeout, this, &FleetLoader::saveCache);
}

FleetLoader::~FleetLoader()
{
    if (m_saveDelay->isActive())
        saveCache();
}

void FleetLoader::setSession(ApiClient *api, const QString &accountId)
{
    if (m_saveDelay->isActive())
        saveCache();
    delete m_listing; // cancels its request; what it listed so far is not news any more
    if (m_jobsReply)
        m_jobsReply->cancel();
    const bool sameAccount = !accountId.isEmpty() && accountId == m_accountId;
    m_api = api;
    m_policyQueue.clear();
    m_policyPacer->stop();
    if (sameAccount)
        return; // the cached fleet shown while the key was being read stays on screen
    m_accountId = accountId;
    m_policies.clear();
    m_lastSites.clear();
    m_lastUpdated = {};
    m_showingCache = false;
    Q_EMIT sitesReset({});
    Q_EMIT lastUpdatedChanged();
}

void FleetLoader::prefetchCache(const QString &accountId)
{
    m_prefetch = {};
    m_prefetchAccount = accountId;
    if (accountId.isEmpty())
        return;
    m_prefetch = QtConcurrent::run([cache = m_cache, accountId]() -> std::optional<FleetCache::Contents> {
        FleetCache::Contents contents;
        if (!cache.load(accountId, &contents))
            return std::nullopt;
        return contents;
    });
}

bool FleetLoader::loadCache()
{
    std::optional<FleetCache::Contents> loaded;
    if (m_prefetch.isValid() && m_prefetchAccount == m_accountId) {
        // Waits at most for the rest of a local file read started earlier (or runs it here if
        // the pool has not begun it); the window must not first appear without its fleet.
        loaded = m_prefetch.result();
    } else if (!m_accountId.isEmpty()) {
        FleetCache::Contents contents;
        if (m_cache.load(m_accountId, &contents))
            loaded = std::move(contents);
    }
    m_prefetch = {};
    m_prefetchAccount.clear();
    if (!loaded)
        return false;
    FleetCache::Contents &contents = *loaded;
    Q_EMIT sitesReset(contents.sites);
    m_policies.clear();
    for (const BackupPolicy &policy : std::as_const(contents.policies)) {
        m_policies.insert(policy.siteId, policy);
        Q_EMIT policyReceived(policy);
    }
    m_lastSites = std::move(contents.sites);
    m_lastUpdated = contents.savedAt;
    m_showingCache = true;
    Q_EMIT lastUpdatedChanged();
    return true;
}

void FleetLoader::refresh()
{
    if (!m_api || m_listing)
        return;
    m_firstPage = true;
    auto *listing = new SiteListing(m_api, {}, this);
    m_listing = listing;
    connect(listing, &SiteListing::pageReceived, this, &FleetLoader::onPage);
    connect(listing, &SiteListing::finished, this, &FleetLoader::onListingFinished);
    Q_EMIT refreshStarted();
    refreshJobs();
}

void FleetLoader::onPage(const QList<Site> &sites)
{
    Q_EMIT sitesReceived(sites);
    if (m_firstPage) {
        m_firstPage = false;
        Q_EMIT firstPageShown();
    }
}

void FleetLoader::onListingFinished()
{
    SiteListing *listing = m_listing;
    m_listing = nullptr;
    listing->deleteLater();
    if (!listing->ok()) {
        // Keep what is shown (the cache or the previous listing): stale beats empty.
        Q_EMIT listingEnded(false);
        if (listing->error().kind != ApiError::Kind::Cancelled)
            Q_EMIT refreshFailed(listing->error());
        return;
    }
    Q_EMIT listingEnded(true);
    m_lastSites = listing->sites();
    m_lastUpdated = m_clock->now();
    m_showingCache = false;
    saveCache();
    Q_EMIT lastUpdatedChanged();
    Q_EMIT refreshFinished();
    queuePolicies();
}

void FleetLoader::refreshJobs()
{
    if (!m_api || m_jobsReply)
        return;
    ApiReply *reply = m_api->listJobs(QStringLiteral("running"));
    m_jobsReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_jobsReply = nullptr;
        if (!reply->ok())
            return;
        const QList<Job> *jobs = reply->as<QList<Job>>();
        if (!jobs)
            return;
        QList<Job> running;
        for (const Job &job : *jobs) {
            if (!job.isFinished())
                running << job;
        }
        Q_EMIT runningJobsReceived(running);
    });
}

void FleetLoader::refreshSite(const QString &siteId)
{
    if (!m_api || siteId.isEmpty())
        return;
    ApiReply *reply = m_api->site(siteId);
    connect(reply, &ApiReply::finished, this, [this, reply, api = m_api] {
        if (!reply->ok() || api != m_api)
            return; // the next full listing will tell; a failed look at one site is no news
        const Site *site = reply->as<Site>();
        if (!site)
            return;
        Q_EMIT sitesReceived({*site});
        // A full listing in progress collects its own pages; the last complete one is what
        // the cache keeps, so that is what learns of this site's new state.
        for (Site &known : m_lastSites) {
            if (known.id == site->id)
                known = *site;
        }
        m_saveDelay->start();
    });
}

void FleetLoader::queuePolicies()
{
    m_policyQueue.clear();
    // Sites whose policy is already known (from the cache) come last: they are refreshed too,
    // but the unknown ones decide the colours the user is looking at.
    QStringList known;
    for (const Site &site : std::as_const(m_lastSites)) {
        if (m_policies.contains(site.id))
            known << site.id;
        else
            m_policyQueue << site.id;
    }
    m_policyQueue << known;
    if (!m_policyQueue.isEmpty())
        m_policyPacer->start();
}

void FleetLoader::fetchNextPolicy()
{
    if (!m_api || m_policyQueue.isEmpty()) {
        m_policyPacer->stop();
        return;
    }
    if (m_policiesInFlight >= MaxPoliciesInFlight)
        return;
    const QString siteId = m_policyQueue.takeFirst();
    ApiReply *reply = m_api->backupPolicy(siteId);
    ++m_policiesInFlight;
    QPointer<ApiClient> api = m_api;
    connect(reply, &ApiReply::finished, this, [this, reply, siteId, api] {
        --m_policiesInFlight;
        if (!reply->ok() || api != m_api)
            return;
        const BackupPolicy *policy = reply->as<BackupPolicy>();
        if (!policy)
            return;
        m_policies.insert(siteId, *policy);
        Q_EMIT policyReceived(*policy);
        m_saveDelay->start();
    });
}

void FleetLoader::saveCache()
{
    m_saveDelay->stop();
    m_prefetch = {}; // older than what is about to be written
    if (m_accountId.isEmpty() || m_lastSites.isEmpty())
        return;
    FleetCache::Contents contents;
    contents.savedAt = m_showingCache ? m_lastUpdated : m_clock->now();
    contents.sites = m_lastSites;
    contents.policies = m_policies.values();
    m_cache.save(m_accountId, contents);
}
