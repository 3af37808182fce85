#include "FleetReader.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"

FleetReader::FleetReader(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void FleetReader::start(const QString &filter)
{
    auto *listing = new SiteListing(m_api, filter, this);
    m_listing = listing;
    connect(listing, &SiteListing::finished, this, &FleetReader::onSitesListed);
}

void FleetReader::cancel()
{
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    end(cancelled);
}

void FleetReader::onSitesListed()
{
    SiteListing *listing = m_listing;
    listing->deleteLater();
    if (!listing->ok()) {
        end(listing->error());
        return;
    }
    m_sites = listing->sites();
    for (const Site &site : std::as_const(m_sites))
        m_queue << site.id;
    fetchPolicies();
}

void FleetReader::fetchPolicies()
{
    m_inFlight.removeAll(nullptr);
    if (m_finished)
        return;
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        end({});
        return;
    }
    // A few at a time: the client's rate limiter paces them, and a failure stops the rest soon.
    while (!m_queue.isEmpty() && m_inFlight.size() < PoliciesInFlight) {
        ApiReply *reply = m_api->backupPolicy(m_queue.takeFirst());
        m_inFlight << reply;
        connect(reply, &ApiReply::finished, this, [this, reply] {
            m_inFlight.removeAll(reply);
            if (m_finished)
                return;
            if (!reply->ok()) {
                end(reply->error());
                return;
            }
            const BackupPolicy *policy = reply->as<BackupPolicy>(); // checked where it was received
            if (policy)
                m_policies << *policy;
            fetchPolicies();
        });
    }
}

void FleetReader::end(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_listing)
        m_listing->cancel();
    for (const QPointer<ApiReply> &r : std::as_const(m_inFlight)) {
        if (r && !r->isFinished()) {
            r->disconnect(this);
            r->cancel();
        }
    }
    m_inFlight.clear();
    Q_EMIT finished();
}
