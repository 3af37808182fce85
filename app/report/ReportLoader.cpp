#include "ReportLoader.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/BackupPolicy.h"
#include "api/ErrorText.h"
#include "api/Job.h"
#include "api/Me.h"
#include "api/Snapshot.h"
#include "util/Clock.h"

#include <QSet>

#include <memory>

ReportLoader::ReportLoader(ApiClient *api, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_clock(clock ? clock : Clock::system())
{
}

ReportLoader::~ReportLoader()
{
    cancel();
}

ApiReply *ReportLoader::track(ApiReply *reply)
{
    m_replies << reply;
    return reply;
}

void ReportLoader::start(const ReportRequest &request)
{
    cancel();
    m_request = request;
    m_start = request.start();
    m_end = request.end(m_clock->now());
    m_builder = std::make_unique<ReportBuilder>(m_start, m_end);
    m_organization.reset();
    m_sitesListed = m_jobsRead = false;
    m_queue.clear();
    m_sitesTotal = m_sitesDone = m_inFlight = 0;
    m_running = true;
    if (!m_api) {
        // Asynchronous like every other outcome, so a caller can connect after start().
        QMetaObject::invokeMethod(this, [this] {
            ApiError none;
            none.kind = ApiError::Kind::NoCredentials;
            fail(tr("Sign in to an account to make a report."), none);
        }, Qt::QueuedConnection);
        return;
    }

    ApiReply *me = track(m_api->me());
    connect(me, &ApiReply::finished, this, [this, me] {
        if (!me->ok())
            return failApi(tr("The organization's name could not be read."), me->error());
        m_organization = me->as<Me>()->organizationName;
        m_builder->setOrganization(*m_organization);
        finishIfComplete();
    });

    ApiReply *jobs = track(m_api->listJobs());
    connect(jobs, &ApiReply::finished, this, [this, jobs] {
        if (!jobs->ok())
            return failApi(tr("The list of restores could not be read."), jobs->error());
        m_builder->setJobs(*jobs->as<QList<Job>>());
        m_jobsRead = true;
        finishIfComplete();
    });

    ApiReply *sites = track(m_api->listSites());
    connect(sites, &ApiReply::finished, this, [this, sites] { onSitesListed(sites); });
}

void ReportLoader::cancel()
{
    m_running = false; // first: cancelled replies finish later and must find nothing to do
    for (const QPointer<ApiReply> &r : std::as_const(m_replies)) {
        if (r) {
            r->disconnect(this); // a later start() must not hear this run's replies end
            r->cancel();
        }
    }
    m_replies.clear();
}

void ReportLoader::onSitesListed(ApiReply *reply)
{
    if (!m_running)
        return;
    if (!reply->ok())
        return failApi(tr("The list of sites could not be read."), reply->error());

    QList<Site> sites = *reply->as<QList<Site>>();
    if (!m_request.sites.isEmpty()) {
        QSet<QString> known;
        for (const Site &s : sites)
            known.insert(s.slug);
        for (const QString &wanted : std::as_const(m_request.sites)) {
            if (!known.contains(wanted)) {
                ApiError notFound;
                notFound.kind = ApiError::Kind::Http;
                notFound.httpStatus = 404;
                notFound.code = QStringLiteral("not_found");
                return fail(tr("There is no site '%1' in this organization.").arg(wanted), notFound);
            }
        }
        sites.removeIf([this](const Site &s) { return !m_request.sites.contains(s.slug); });
    }
    m_queue = sites;
    m_sitesTotal = int(sites.size());
    m_sitesListed = true;
    Q_EMIT progress(0, m_sitesTotal);
    startNextSites();
    finishIfComplete();
}

void ReportLoader::startNextSites()
{
    while (m_running && m_inFlight < SitesInFlight && !m_queue.isEmpty())
        readSite(m_queue.takeFirst());
}

void ReportLoader::readSite(const Site &site)
{
    ++m_inFlight;
    // Both halves of a site arrive in either order; the site is added once both are here.
    struct Parts
    {
        std::optional<BackupPolicy> policy;
        std::optional<QList<Snapshot>> snapshots;
    };
    auto parts = std::make_shared<Parts>();
    auto complete = [this, site, parts] {
        if (!parts->policy || !parts->snapshots)
            return;
        m_builder->addSite(site, *parts->policy, *parts->snapshots);
        siteDone();
    };

    ApiReply *policy = track(m_api->backupPolicy(site.id));
    connect(policy, &ApiReply::finished, this, [this, policy, site, parts, complete] {
        if (!m_running)
            return;
        if (!policy->ok())
            return failApi(tr("The backup policy of %1 could not be read.").arg(site.slug), policy->error());
        parts->policy = *policy->as<BackupPolicy>();
        complete();
    });

    // The platform's bounds are exclusive and its times may carry fractions of a second: ask
    // for a little more and let the builder keep exactly [start, end).
    ApiClient::SnapshotFilter filter;
    filter.createdAfter = m_start.addSecs(-1);
    filter.createdBefore = m_end.addSecs(1);
    ApiReply *snapshots = track(m_api->listSnapshots(site.id, filter));
    connect(snapshots, &ApiReply::finished, this, [this, snapshots, site, parts, complete] {
        if (!m_running)
            return;
        if (!snapshots->ok())
            return failApi(tr("The snapshots of %1 could not be read.").arg(site.slug), snapshots->error());
        parts->snapshots = *snapshots->as<QList<Snapshot>>();
        complete();
    });
}

void ReportLoader::siteDone()
{
    --m_inFlight;
    ++m_sitesDone;
    Q_EMIT progress(m_sitesDone, m_sitesTotal);
    startNextSites();
    finishIfComplete();
}

void ReportLoader::finishIfComplete()
{
    if (!m_running || !m_organization || !m_jobsRead || !m_sitesListed || m_sitesDone < m_sitesTotal)
        return;
    m_running = false;
    m_replies.clear();
    const QDateTime now = m_clock->now();
    Q_EMIT finished(m_builder->build(m_request.firstDay, m_request.lastDay, now.toLocalTime()));
}

void ReportLoader::fail(const QString &message, const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(message, error);
}

void ReportLoader::failApi(const QString &what, const ApiError &error)
{
    fail(what + QLatin1Char(' ') + ErrorText::describe(error), error);
}
