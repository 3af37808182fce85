#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiReply;

// One look at the organization's recent jobs (GET /jobs, newest first, 100 a page) for a
// follower with many jobs: a page tells the state of up to 100 jobs in one request, where
// following each would cost a GET /jobs/{id} apiece. Pages are read while they may still hold
// jobs at least as new as `oldestId` (ids sort by creation time), and never more than maxPages.
// Internal to JobTracker.
class RecentJobsScan : public QObject
{
    Q_OBJECT
public:
    RecentJobsScan(ApiClient *client, const QString &oldestId, int maxPages, QObject *parent = nullptr);
    ~RecentJobsScan() override;

    void start();
    void cancel();

    // After finished(): true when the list was read to its end (every job of the organization
    // was seen); otherwise the jobs at least as new as boundary() were.
    bool complete() const { return m_complete; }
    QString boundary() const { return m_boundary; }
    const ApiError &error() const { return m_error; }
    // Whether the scan shows how a job with this id stands (listed, or absent though covered).
    bool covers(const QString &jobId) const;

Q_SIGNALS:
    void page(const QList<Job> &jobs);
    void finished();

private:
    void onPage();

    ApiClient *m_client;
    QString m_oldestId;
    int m_maxPages;
    QPointer<ApiReply> m_reply;
    int m_pages = 0;
    bool m_stoppedEarly = false;
    bool m_complete = false;
    QString m_boundary;
    ApiError m_error;
};
