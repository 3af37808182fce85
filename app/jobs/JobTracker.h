#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ApiClient;
class ApiReply;
class Clock;
class QSettings;
class QTimer;

// Follows capture and restore jobs to their end by polling GET /jobs/{id}: about once a second
// while running, slower while queued (the contract asks for no more). In-flight job ids are kept
// in the caller's QSettings group (one per account), so an app or CLI that was closed mid-job
// follows it again after resume(), together with anything GET /jobs?status=running reports.
// Entirely signal-driven: no waiting in place, one request in flight per job.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int runningMs = 1000;
        int queuedMs = 3000;
        int errorMs = 5000;     // after a failed poll (the client already retried it)
        int maxErrorMs = 30000; // the error interval doubles up to this
    };

    explicit JobTracker(ApiClient *client, QObject *parent = nullptr);
    ~JobTracker() override;

    void setClock(const Clock *clock);                // default Clock::system()
    void setIntervals(const Intervals &intervals);
    // Where in-flight ids live, e.g. ("accounts/<id>/jobs"). The settings object must outlive
    // the tracker. Without it nothing is remembered across restarts.
    void setPersistence(QSettings *settings, const QString &group);

    // Starts following a job (usually the one in a 202 answer). A job already finished is
    // reported as finished at once, from the event loop.
    void track(const Job &job);
    // Follows a job known only by its id (a stored id, or `mf jobs wait <id>`).
    void track(const QString &jobId);
    // Stops following (the job itself goes on on the platform).
    void untrack(const QString &jobId);
    // Follows every remembered in-flight job and every job the platform reports queued or
    // running. Remembered ids older than the platform's 7-day job retention are dropped.
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
    // The platform no longer knows the job (404 after its retention) or the key was refused:
    // polling has stopped for it.
    void jobLost(const QString &jobId, const ApiError &error);
    // A poll failed for a reason that may pass (network, 5xx after retries): polling continues.
    void pollFailed(const QString &jobId, const ApiError &error);
    // resume() has tracked everything it found (or failed to list; error says why).
    void resumed(int count, const ApiError &error);

private:
    struct Entry
    {
        std::optional<Job> job;
        QDateTime trackedAt;
        QDateTime lastUpdate;
        QTimer *timer = nullptr;
        QPointer<ApiReply> reply;
        int errorStreak = 0;
        bool active = true;
    };

    Entry &ensure(const QString &id);
    void schedule(const QString &id, int ms);
    void poll(const QString &id);
    void onPolled(const QString &id, ApiReply *reply);
    void apply(const QString &id, const Job &job);
    void stopPolling(const QString &id);
    void remember(const QString &id, const QDateTime &since);
    void forget(const QString &id);
    int intervalFor(const Job &job) const;

    ApiClient *m_client;
    const Clock *m_clock;
    Intervals m_intervals;
    QPointer<QSettings> m_settings;
    QString m_group;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    int m_pendingLists = 0;
    int m_resumeCount = 0;
    ApiError m_resumeError;
};
