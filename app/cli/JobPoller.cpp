#include "JobPoller.h"

#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "api/TransportPolicy.h"

JobPoller::JobPoller(ApiClient *api, const QString &jobId, QObject *parent)
    : QObject(parent), m_api(api), m_jobId(jobId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::poll);
}

void JobPoller::start()
{
    poll();
}

void JobPoller::stop()
{
    m_timer.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

void JobPoller::poll()
{
    m_reply = m_api->job(m_jobId);
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void JobPoller::onReply(ApiReply *reply)
{
    if (!reply->ok()) {
        constexpr int MaxFailedPolls = 3;
        if (TransportPolicy::isRetryable(reply->error()) && ++m_failedPolls < MaxFailedPolls) {
            m_timer.start(m_intervalMs);
            return;
        }
        Q_EMIT failed(reply->error(), QString());
        return;
    }
    m_failedPolls = 0;
    const Result<Job> job = ApiParser::job(reply->json());
    if (!job) {
        Q_EMIT failed(reply->error(), job.error().toString());
        return;
    }
    Q_EMIT updated(*job);
    // A status we do not know is not actionable: report it rather than poll forever.
    if (job->isFinished() || job->status == JobStatus::Unknown) {
        Q_EMIT ended(*job);
        return;
    }
    m_timer.start(job->status == JobStatus::Queued ? 2 * m_intervalMs : m_intervalMs);
}
