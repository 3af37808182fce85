#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class ApiClient;
class BulkRunJournal;

// Takes a snapshot of many environments (every production, a plan, the late and stale ones…):
// hundreds or thousands in one run, as fast as the platform's rate limit allows.
//
// - Paced by the rate-limit budget, not by a fixed number of captures: at most requestWindow()
//   capture requests are out at once, so the ApiClient's token bucket sends them as fast as the
//   key may while the follower's one look a second still gets its turn. setConcurrency() can
//   also cap the captures in flight (requested and not yet ended); 0 = no cap (the default).
// - A request that still fails with 429 or 503 after ApiClient's own retries holds every new
//   start for its Retry-After, and is tried again after it.
// - One JobStart per environment: its Idempotency-Key is kept for every retry whose outcome is
//   unknown — ApiClient's own retries and the extra rounds here — so an environment never gets
//   two snapshots, and replaced after a refusal.
// - environment_busy: BusyPolicy::Join takes a capture already running there as this run's
//   snapshot (waits for a restore, then asks); Wait always waits and then asks; Skip reports the
//   environment as skipped, with the reason.
// - Each capture is followed to its end by the account's JobTracker (the runner polls nothing
//   itself, and the follower reads many jobs from one list): "done" means the snapshot is ready.
// - With a journal (setJournal()), every key is on disk before its request, and progress soon
//   after: a run that is killed and started again continues without a second snapshot.
// - A 401 stops the whole run: every other request would fail the same way.
class BulkSnapshotRunner : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString siteRef;     // id or slug, for the API
        QString siteName;    // for people
        QString environment; // name
    };

    enum class BusyPolicy { Join, Wait, Skip };
    enum class Outcome { Queued, Requesting, Capturing, WaitingForBusy, Done, Failed, Skipped };

    struct Entry
    {
        Target target;
        Outcome outcome = Outcome::Queued;
        QString jobId;
        QString snapshotId;
        QString busyJobId;   // the other job we wait for
        int progress = 0;
        QString phase;
        QString reason;      // why it failed or was skipped, a translated sentence
        QString requestId;   // of the request that decided a failure, when there was one
        int rounds = 0;      // requests sent (each with ApiClient's own retries)
        bool joined = false; // the snapshot is a capture that was already running
        bool earlier = false; // done by an earlier start of this run
        bool captureFailed = false; // the platform ran the capture and it failed
        bool isFinal() const { return outcome == Outcome::Done || outcome == Outcome::Failed || outcome == Outcome::Skipped; }
    };

    BulkSnapshotRunner(ApiClient *api, const QList<Target> &targets, const QString &label,
                       QObject *parent = nullptr);
    ~BulkSnapshotRunner() override;

    void setConcurrency(int n);              // captures in flight at most; 0 (default) = no cap
    int concurrency() const;
    void setRequestWindow(int n);            // capture requests out at once; default 8
    void setBusyPolicy(BusyPolicy policy);   // default Join
    BusyPolicy busyPolicy() const;
    void setMaxRounds(int n);                // requests per environment after ambiguous failures; default 4
    void setRoundDelay(int ms);              // pause before another round; default 2000
    // Where the run is kept across restarts (opened by the caller; must outlive the runner's run).
    void setJournal(BulkRunJournal *journal);
    // The journal's key for a target.
    static QString targetKey(const Target &target);

    void start();
    // Starts nothing more; environments not yet requested are reported as skipped. Captures the
    // platform already accepted go on there and are still followed to their end.
    void cancel();

    bool isRunning() const;
    bool isFinished() const;
    bool isCancelled() const;
    const QList<Entry> &entries() const;
    int count(Outcome outcome) const;
    int inFlight() const;
    QString label() const;
    // Seconds until every environment is done, from the pace so far; -1 while unknown.
    int secondsLeft() const;

    // The report as tab-separated text (environment, result, detail), for the clipboard.
    QString reportText() const;
    // The report as CSV (RFC 4180), with the job and snapshot ids, for a spreadsheet.
    QString reportCsv() const;
    static QString outcomeText(Outcome outcome);
    // A stable, untranslated name for scripts (JSON): queued, requesting, capturing, waiting,
    // done, failed, skipped.
    static QString outcomeKey(Outcome outcome);

Q_SIGNALS:
    void entryChanged(int index);
    // The platform accepted a capture: the snapshot exists as pending (refresh timelines).
    void captureAccepted(int index, const Accepted &accepted);
    // A capture ended (ready or failed).
    void captureEnded(int index, const Job &job);
    void unauthorized(const ApiError &error);
    void finished();

private:
    enum class FollowKind { Own, Busy };
    void setOutcome(int index, Outcome outcome);
    void scheduleSoon();
    void schedule();
    void holdFor(int ms);
    void restoreFromJournal();
    void request(int index);
    bool saveKey(int index);
    void onAccepted(int index, const Accepted &accepted);
    void onRequestFailed(int index, const ApiError &error);
    void follow(int index, const QString &jobId, FollowKind kind);
    bool joinable(int index, const Job &job) const;
    void join(int index, const Job &job);
    void onJobUpdated(const Job &job);
    void onJobFinished(const Job &job);
    void onOwnJobEnded(int index, const Job &job);
    void onJobLost(const QString &jobId, const ApiError &error);
    void finish(int index, Outcome outcome, const QString &reason = {}, const QString &requestId = {});
    void record(int index);
    bool signedOut(int index); // the client is gone: ends the entry and the run, and says so
    void stopFor(const QString &reason);
    void checkFinished();

    struct Private;
    std::unique_ptr<Private> d;
};
