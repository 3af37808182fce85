#include "BulkSnapshotRunner.h"

#include "JobStart.h"
#include "JobTracker.h"
#include "api/ApiClient.h"
#include "api/ErrorText.h"

#include "util/LogCategories.h"
#include <QMultiHash>
#include <QPointer>
#include <QTimer>


struct BulkSnapshotRunner::Private
{
    // Guarded: the session (and its client) may end while entries wait.
    QPointer<ApiClient> api;
    QPointer<JobTracker> jobs;
    QString label;
    QList<Entry> entries;
    QList<JobStart *> starts;                      // one per entry
    struct Follow
    {
        int index;
        bool busyJob; // another job we wait for, not our capture
    };
    QMultiHash<QString, Follow> following;         // job id → who waits for it
    int concurrency = 4;
    BusyPolicy busyPolicy = BusyPolicy::Wait;
    int maxRounds = 4;
    int roundDelayMs = 2000;
    bool started = false;
    bool cancelled = false;
    bool finished = false;
};

BulkSnapshotRunner::BulkSnapshotRunner(ApiClient *api, const QList<Target> &targets, const QString &label,
                                       QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->api = api;
    d->jobs = JobTracker::of(api);
    d->label = label;
    for (const Target &t : targets) {
        Entry e;
        e.target = t;
        const int index = int(d->entries.size());
        d->entries.append(e);
        auto *start = new JobStart(api, JobStart::Capture{t.siteRef, t.environment, label}, this);
        connect(start, &JobStart::accepted, this, [this, index](const Accepted &a) { onAccepted(index, a); });
        connect(start, &JobStart::failed, this, [this, index](const ApiError &error) { onRequestFailed(index, error); });
        d->starts.append(start);
    }
    if (d->jobs) {
        connect(d->jobs, &JobTracker::jobUpdated, this, &BulkSnapshotRunner::onJobUpdated);
        connect(d->jobs, &JobTracker::jobFinished, this, &BulkSnapshotRunner::onJobFinished);
        connect(d->jobs, &JobTracker::jobLost, this, &BulkSnapshotRunner::onJobLost);
    }
}

BulkSnapshotRunner::~BulkSnapshotRunner() = default;

void BulkSnapshotRunner::setConcurrency(int n) { d->concurrency = qMax(1, n); }
int BulkSnapshotRunner::concurrency() const { return d->concurrency; }
void BulkSnapshotRunner::setBusyPolicy(BusyPolicy policy) { d->busyPolicy = policy; }
BulkSnapshotRunner::BusyPolicy BulkSnapshotRunner::busyPolicy() const { return d->busyPolicy; }
void BulkSnapshotRunner::setMaxRounds(int n) { d->maxRounds = qMax(1, n); }
void BulkSnapshotRunner::setRoundDelay(int ms) { d->roundDelayMs = qMax(0, ms); }
bool BulkSnapshotRunner::isRunning() const { return d->started && !d->finished; }
bool BulkSnapshotRunner::isFinished() const { return d->finished; }
const QList<BulkSnapshotRunner::Entry> &BulkSnapshotRunner::entries() const { return d->entries; }
QString BulkSnapshotRunner::label() const { return d->label; }

int BulkSnapshotRunner::count(Outcome outcome) const
{
    return int(std::count_if(d->entries.cbegin(), d->entries.cend(),
                             [outcome](const Entry &e) { return e.outcome == outcome; }));
}

void BulkSnapshotRunner::start()
{
    if (d->started)
        return;
    d->started = true;
    qCInfo(lcJobs) << "bulk snapshot of" << d->entries.size() << "environments, concurrency" << d->concurrency;
    schedule();
    checkFinished(); // an empty run ends at once
}

void BulkSnapshotRunner::cancel()
{
    if (d->finished)
        return;
    d->cancelled = true;
    for (int i = 0; i < d->entries.size(); ++i) {
        if (d->entries[i].outcome == Outcome::Queued)
            finish(i, Outcome::Skipped, tr("Cancelled before it started."));
    }
    checkFinished();
}

int BulkSnapshotRunner::inFlight() const
{
    return int(std::count_if(d->entries.cbegin(), d->entries.cend(), [](const Entry &e) {
        return e.outcome == Outcome::Requesting || e.outcome == Outcome::Capturing
            || e.outcome == Outcome::WaitingForBusy;
    }));
}

void BulkSnapshotRunner::schedule()
{
    if (d->cancelled)
        return;
    for (int i = 0; i < d->entries.size() && inFlight() < d->concurrency; ++i) {
        if (d->entries[i].outcome == Outcome::Queued)
            request(i);
    }
}

void BulkSnapshotRunner::request(int index)
{
    Entry &e = d->entries[index];
    e.outcome = Outcome::Requesting;
    e.phase.clear();
    ++e.rounds;
    Q_EMIT entryChanged(index);
    if (signedOut(index))
        return;
    d->starts[index]->send();
}

bool BulkSnapshotRunner::signedOut(int index)
{
    if (d->api && d->jobs)
        return false;
    finish(index, Outcome::Failed, tr("The session ended (signed out or another account chosen); check this "
                                      "environment's snapshots after signing in again."), QString());
    cancel();
    return true;
}

void BulkSnapshotRunner::onRequestFailed(int index, const ApiError &error)
{
    Entry &e = d->entries[index];
    if (error.isUnauthorized()) {
        finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
        Q_EMIT unauthorized(error);
        cancel();
        return;
    }
    if (error.isCode("environment_busy")) {
        const QString busyJob = d->starts[index]->busyJobId();
        if (d->busyPolicy == BusyPolicy::Skip || busyJob.isEmpty() || d->cancelled) {
            finish(index, Outcome::Skipped,
                   tr("Another capture or restore is running on this environment."), error.requestId);
        } else {
            e.outcome = Outcome::WaitingForBusy;
            e.busyJobId = busyJob;
            e.phase = tr("Waiting for the running job to end");
            Q_EMIT entryChanged(index);
            follow(index, busyJob, true);
        }
        return;
    }
    if (JobStart::outcomeUnknown(error) && e.rounds < d->maxRounds && !d->cancelled) {
        // Sent again with the same key: a capture the platform did take is replayed, not repeated.
        qCInfo(lcJobs) << "capture request failed, retrying with the same key:" << error.message;
        e.phase = tr("Retrying");
        Q_EMIT entryChanged(index);
        QTimer::singleShot(d->roundDelayMs, this, [this, index] { request(index); });
        return;
    }
    finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
}

void BulkSnapshotRunner::onAccepted(int index, const Accepted &accepted)
{
    Entry &e = d->entries[index];
    e.outcome = Outcome::Capturing;
    e.jobId = accepted.job.id;
    e.snapshotId = accepted.snapshot ? accepted.snapshot->id : accepted.job.snapshotId;
    e.progress = accepted.job.progress;
    e.phase = accepted.job.phase;
    Q_EMIT entryChanged(index);
    Q_EMIT captureAccepted(index, accepted);
    if (d->jobs)
        d->jobs->track(accepted.job);
    follow(index, e.jobId, false);
}

void BulkSnapshotRunner::follow(int index, const QString &jobId, bool busyJob)
{
    if (signedOut(index))
        return;
    d->following.insert(jobId, {index, busyJob});
    d->jobs->track(jobId);
}

void BulkSnapshotRunner::onJobUpdated(const Job &job)
{
    if (job.isFinished())
        return; // told by onJobFinished()
    const QList<Private::Follow> who = d->following.values(job.id);
    for (const Private::Follow &f : who) {
        if (f.busyJob)
            continue;
        Entry &e = d->entries[f.index];
        e.progress = job.progress;
        e.phase = job.phase;
        Q_EMIT entryChanged(f.index);
    }
}

void BulkSnapshotRunner::onJobFinished(const Job &job)
{
    const QList<Private::Follow> who = d->following.values(job.id);
    d->following.remove(job.id);
    for (const Private::Follow &f : who) {
        Entry &e = d->entries[f.index];
        if (f.busyJob) {
            // The environment is free again: ask for our capture (JobStart took a fresh key when
            // the platform said busy).
            e.busyJobId.clear();
            e.rounds = 0;
            request(f.index);
            continue;
        }
        e.progress = job.progress;
        e.phase = job.phase;
        Q_EMIT captureEnded(f.index, job);
        if (job.status == JobStatus::Succeeded) {
            e.progress = 100;
            finish(f.index, Outcome::Done);
        } else {
            finish(f.index, Outcome::Failed,
                   job.error ? job.error->message : tr("The capture failed without saying why."));
        }
    }
}

void BulkSnapshotRunner::onJobLost(const QString &jobId, const ApiError &error)
{
    const QList<Private::Follow> who = d->following.values(jobId);
    d->following.remove(jobId);
    for (const Private::Follow &f : who) {
        finish(f.index, Outcome::Failed, ErrorText::describe(error), error.requestId);
        if (error.isUnauthorized()) {
            Q_EMIT unauthorized(error);
            cancel();
        }
    }
}

void BulkSnapshotRunner::finish(int index, Outcome outcome, const QString &reason, const QString &requestId)
{
    Entry &e = d->entries[index];
    e.outcome = outcome;
    e.reason = reason;
    e.requestId = requestId;
    if (outcome == Outcome::Done)
        e.phase.clear();
    Q_EMIT entryChanged(index);
    // Schedule from the event loop: finishing one entry inside a reply's finished() must not
    // recurse into the next request.
    QTimer::singleShot(0, this, [this] {
        schedule();
        checkFinished();
    });
}

void BulkSnapshotRunner::checkFinished()
{
    if (d->finished || !d->started)
        return;
    for (const Entry &e : std::as_const(d->entries)) {
        if (!e.isFinal())
            return;
    }
    d->finished = true;
    qCInfo(lcJobs) << "bulk snapshot ended:" << count(Outcome::Done) << "done," << count(Outcome::Failed)
                   << "failed," << count(Outcome::Skipped) << "skipped";
    Q_EMIT finished();
}

QString BulkSnapshotRunner::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Queued: return tr("Queued");
    case Outcome::Requesting: return tr("Requesting");
    case Outcome::Capturing: return tr("Capturing");
    case Outcome::WaitingForBusy: return tr("Waiting (environment busy)");
    case Outcome::Done: return tr("Done");
    case Outcome::Failed: return tr("Failed");
    case Outcome::Skipped: return tr("Skipped");
    }
    return {};
}

QString BulkSnapshotRunner::reportText() const
{
    QString text = tr("Site") + u'\t' + tr("Environment") + u'\t' + tr("Result") + u'\t' + tr("Snapshot")
        + u'\t' + tr("Detail") + u'\n';
    for (const Entry &e : std::as_const(d->entries)) {
        QString detail = e.reason;
        if (!e.requestId.isEmpty())
            detail += QStringLiteral(" (") + tr("request id %1").arg(e.requestId) + u')';
        detail.replace(u'\t', u' ').replace(u'\n', u' ');
        text += e.target.siteName + u'\t' + e.target.environment + u'\t' + outcomeText(e.outcome) + u'\t'
            + e.snapshotId + u'\t' + detail.trimmed() + u'\n';
    }
    return text;
}
