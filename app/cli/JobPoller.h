#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class ApiClient;
class ApiReply;

// Follows one job until it ends: GET /jobs/{id} once a second while running, every two seconds
// while queued (as the contract suggests). Transient failures are retried by ApiClient; the job
// goes on on the platform whatever happens to one poll, so a watch also survives a couple of
// polls whose retries all failed (a long 429 storm, a platform restart). A failure that cannot
// change (404, 401, a bad body) or keeps coming ends the watch.
class JobPoller : public QObject
{
    Q_OBJECT
public:
    JobPoller(ApiClient *api, const QString &jobId, QObject *parent = nullptr);

    void setInterval(int ms) { m_intervalMs = ms; }
    void start();
    void stop();

Q_SIGNALS:
    void updated(const Job &job);
    void ended(const Job &job); // succeeded, failed, or a status this version does not know as running
    void failed(const ApiError &error, const QString &parseProblem);

private:
    void poll();
    void onReply(ApiReply *reply);

    ApiClient *m_api;
    QString m_jobId;
    int m_intervalMs = 1000;
    int m_failedPolls = 0; // in a row
    QTimer m_timer;
    QPointer<ApiReply> m_reply;
};
