#include "RecentJobsScan.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"

RecentJobsScan::RecentJobsScan(ApiClient *client, const QString &oldestId, int maxPages, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_oldestId(oldestId)
    , m_maxPages(qMax(1, maxPages))
{
}

RecentJobsScan::~RecentJobsScan()
{
    cancel();
}

void RecentJobsScan::start()
{
    ApiReply *reply = m_client->listJobs();
    m_reply = reply;
    connect(reply, &ApiReply::pageReceived, this, &RecentJobsScan::onPage);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        // Stopping after enough pages is this scan's own cancel, not a failure.
        if (reply->ok())
            m_complete = true;
        else if (!(m_stoppedEarly && reply->error().kind == ApiError::Kind::Cancelled))
            m_error = reply->error();
        Q_EMIT finished();
    });
}

void RecentJobsScan::cancel()
{
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->cancel();
    m_reply = nullptr;
}

bool RecentJobsScan::covers(const QString &jobId) const
{
    if (m_error.isError())
        return false;
    return m_complete || (!m_boundary.isEmpty() && jobId >= m_boundary);
}

void RecentJobsScan::onPage()
{
    const QList<Job> *jobs = m_reply ? m_reply->pageAs<Job>() : nullptr;
    if (!jobs)
        return;
    ++m_pages;
    for (const Job &j : *jobs) {
        if (m_boundary.isEmpty() || j.id < m_boundary)
            m_boundary = j.id;
    }
    Q_EMIT page(*jobs);
    // Newest first: once a page reaches past the oldest job asked about, later pages hold only
    // older ones.
    if (m_pages >= m_maxPages || (!m_boundary.isEmpty() && m_boundary <= m_oldestId)) {
        m_stoppedEarly = true;
        if (m_reply)
            m_reply->cancel();
    }
}
