#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class ApiClient;
class ApiReply;
class Clock;
class QSettings;
class QTimer;
class RecentJobsScan;

// The account's job follower: the one place that polls capture and restore jobs. Flows
// (RestoreFlow, BulkSnapshotRunner), the desktop (JobsModel, ActionController) and `mf` all
// subscribe to JobTracker::of(client), so a job is followed once however many listen; they
// filter the signals by job id.
//
// Polling (SEMANTICS "Async jobs": once a second is enough, slower while queued):
// - while anything is followed, one GET /jobs?status=running (all pages) per runningMs covers
//   every running job, however many;
// - a running job that has left that list gets one GET /jobs/{id} to learn how it ended;
// - a job known only by its id gets one GET /jobs/{id} at once; a queued job (or one in a status
//   this version does not know) one every queuedMs, until the list shows it running or it ends.
// - while more than windowAbove jobs are followed (a bulk run), one look at the organization's
//   recent jobs (GET /jobs, newest first, at most windowPages pages of 100) per runningMs tells
//   how every job it reaches stands, queued, running or ended, so a thousand captures cost one
//   request a second instead of one each; only jobs older than what it reached are followed as
//   above.
// Failure policy, the same for every subscriber: a poll that fails for a reason that may pass
// (network, timeout, 5xx, 429, an unreadable body — after ApiClient's own retries) is reported
// by pollFailed() and tried again after errorMs, doubling up to maxErrorMs; after
// lostAfterFailures such failures in a row the job is reported lost and no longer polled. A
// definite answer ends it at once: 404 (past the 7-day retention) is lost and forgotten; 401,
// 403, no key or an insecure URL is lost with its id kept, so resume() or track() after a new key
// picks it up again. A failed list counts against every running job it covers.
//
// Followed ids are kept in the caller's QSettings group (one per account), so an app or CLI that
// was closed mid-job follows it again after resume(), together with anything the platform
// reports running or queued. Entirely signal-driven: no waiting in place.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int runningMs = 1000;   // the running list
        int queuedMs = 3000;    // GET /jobs/{id} of a queued job
        int errorMs = 5000;     // after a failed poll (the client already retried it)
        int maxErrorMs = 30000; // the error interval doubles up to this
        int lostAfterFailures = 8;
        int windowAbove = 16;   // more active jobs than this: the recent-jobs list follows them
        int windowPages = 3;    // pages of that list per look, at most
    };

    // The first tracker made for a client becomes that client's follower (see of()); tests may
    // make more, which then follow only what they are given.
    explicit JobTracker(ApiClient *client, QObject *parent = nullptr);
    ~JobTracker() override;

    // The account's follower: the one registered for client, made (as the client's child) on
    // first use. Null for a null client.
    static JobTracker *of(ApiClient *client);

    void setClock(const Clock *clock);                // default Clock::system()
    void setIntervals(const Intervals &intervals);
    const Intervals &intervals() const;
    // Where followed ids live, e.g. ("accounts/<id>/jobs"). The settings object must outlive
    // the tracker. Without it nothing is remembered across restarts.
    void setPersistence(QSettings *settings, const QString &group);

    // Starts following a job (usually the one in a 202 answer). A job already finished is
    // reported as finished at once, from the event loop.
    void track(const Job &job);
    // Follows a job known only by its id (a stored id, environment_busy's job, `mf job watch`).
    // Also picks up again a job that was lost.
    void track(const QString &jobId);
    // Stops following (the job itself goes on on the platform).
    void untrack(const QString &jobId);
    // Follows every remembered job and every job the platform reports queued or running.
    // Remembered ids older than the platform's 7-day job retention are dropped.
    void resume();

    QList<Job> jobs() const;                       // every job seen, in the order tracked
    std::optional<Job> job(const QString &id) const;
    bool isTracking(const QString &id) const;      // still being polled
    int activeCount() const;
    QDateTime lastUpdate(const QString &id) const; // when we last heard about it (Clock time)
    QStringList storedIds() const;                 // what the persistence currently holds

Q_SIGNALS:
    void jobUpdated(const Job &job);   // status, progress or phase changed (also the first sight)
    void jobFinished(const Job &job);  // succeeded or failed; polling has stopped
    // Polling has stopped without an end (see the failure policy above).
    void jobLost(const QString &jobId, const ApiError &error);
    // A poll failed for a reason that may pass: polling goes on (failures: in a row, so far).
    void pollFailed(const QString &jobId, const ApiError &error, int failures);
    // resume() has tracked everything it found (or failed to list; error says why).
    void resumed(int count, const ApiError &error);

private:
    struct Entry
    {
        std::optional<Job> job;
        QDateTime trackedAt;
        QDateTime lastUpdate;
        QTimer *timer = nullptr;   // the next GET /jobs/{id}
        QPointer<ApiReply> reply;  // the GET /jobs/{id} in flight
        int errorStreak = 0;
        bool active = true;
        bool needsLook = false;    // left the running list: only GET /jobs/{id} can say how it ended
        QDateTime windowAt;        // when the recent-jobs list last showed it
    };

    Entry &ensure(const QString &id);
    bool listCovers(const Entry &e) const;
    bool listUseful() const;
    void scheduleGet(const QString &id, int ms);
    void get(const QString &id);
    void onGot(const QString &id, ApiReply *reply);
    void scheduleList();
    void list();
    void listRunning();
    void onListed(ApiReply *reply);
    bool windowMode() const;
    bool windowFresh(const Entry &e) const;
    void scanRecent();
    void onScanPage(const QList<Job> &jobs);
    void onScanned();
    void apply(const Job &job);
    void failed(const QString &id, const ApiError &error);
    int backoff(int streak) const;
    void stopPolling(const QString &id);
    void remember(const QString &id, const QDateTime &since);
    void forget(const QString &id);

    ApiClient *m_client;
    const Clock *m_clock;
    Intervals m_intervals;
    QPointer<QSettings> m_settings;
    QString m_group;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QTimer *m_listTimer;
    QPointer<ApiReply> m_listReply;
    QPointer<RecentJobsScan> m_scan;
    QSet<QString> m_scanSeen;      // listed by the scan in progress
    QSet<QString> m_listCovered;   // running jobs when the list in flight was asked for
    int m_listStreak = 0;
    int m_pendingLists = 0;
    int m_resumeCount = 0;
    ApiError m_resumeError;
};
