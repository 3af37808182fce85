#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class ApiClient;

// Takes a snapshot of many environments (every production, a search result…), a few at a time.
//
// - At most concurrency() captures are in flight at once (requested and not yet ended), so a
//   fleet-wide run neither floods the platform nor runs into its rate limit; the ApiClient's
//   token bucket queues what is left.
// - One JobStart per environment: its Idempotency-Key is kept for every retry whose outcome is
//   unknown — ApiClient's own retries and the extra rounds here — so an environment never gets
//   two snapshots, and replaced after a refusal.
// - environment_busy: BusyPolicy::Wait follows the running job (details.job_id) and asks again
//   when it ends; BusyPolicy::Skip reports the environment as skipped, with the reason.
// - Each capture is followed to its end by the account's JobTracker (the runner polls nothing
//   itself): "done" means the snapshot is ready.
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

    enum class BusyPolicy { Wait, Skip };
    enum class Outcome { Queued, Requesting, Capturing, WaitingForBusy, Done, Failed, Skipped };

    struct Entry
    {
        Target target;
        Outcome outcome = Outcome::Queued;
        QString jobId;
        QString snapshotId;
        QString busyJobId;   // the other job we wait for (BusyPolicy::Wait)
        int progress = 0;
        QString phase;
        QString reason;      // why it failed or was skipped, a translated sentence
        QString requestId;   // of the request that decided a failure, when there was one
        int rounds = 0;      // requests sent (each with ApiClient's own retries)
        bool isFinal() const { return outcome == Outcome::Done || outcome == Outcome::Failed || outcome == Outcome::Skipped; }
    };

    BulkSnapshotRunner(ApiClient *api, const QList<Target> &targets, const QString &label,
                       QObject *parent = nullptr);
    ~BulkSnapshotRunner() override;

    void setConcurrency(int n);              // default 4
    int concurrency() const;
    void setBusyPolicy(BusyPolicy policy);   // default Wait
    BusyPolicy busyPolicy() const;
    void setMaxRounds(int n);                // requests per environment after ambiguous failures; default 4
    void setRoundDelay(int ms);              // pause before another round; default 2000

    void start();
    // Starts nothing more; environments not yet requested are reported as skipped. Captures the
    // platform already accepted go on there and are still followed to their end.
    void cancel();

    bool isRunning() const;
    bool isFinished() const;
    const QList<Entry> &entries() const;
    int count(Outcome outcome) const;
    QString label() const;

    // The report as tab-separated text (environment, result, detail), for the clipboard.
    QString reportText() const;
    static QString outcomeText(Outcome outcome);

Q_SIGNALS:
    void entryChanged(int index);
    // The platform accepted a capture: the snapshot exists as pending (refresh timelines).
    void captureAccepted(int index, const Accepted &accepted);
    // A capture ended (ready or failed).
    void captureEnded(int index, const Job &job);
    void unauthorized(const ApiError &error);
    void finished();

private:
    void schedule();
    int inFlight() const;
    void request(int index);
    void onAccepted(int index, const Accepted &accepted);
    void onRequestFailed(int index, const ApiError &error);
    void follow(int index, const QString &jobId, bool busyJob);
    void onJobUpdated(const Job &job);
    void onJobFinished(const Job &job);
    void onJobLost(const QString &jobId, const ApiError &error);
    void finish(int index, Outcome outcome, const QString &reason = {}, const QString &requestId = {});
    bool signedOut(int index); // the client is gone: ends the entry and the run, and says so
    void checkFinished();

    struct Private;
    std::unique_ptr<Private> d;
};
