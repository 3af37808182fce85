#include "BulkSnapshotRunner.h"

#include "BulkRunJournal.h"
#include "BulkSnapshotReport.h"
#include "JobStart.h"
#include "JobTracker.h"
#include "api/ApiClient.h"
#include "api/ErrorText.h"
#include "util/LogCategories.h"

#include <QElapsedTimer>
#include <QMultiHash>
#include <QPointer>
#include <QTimer>

#include <array>

struct BulkSnapshotRunner::Private
{
    // Guarded: the session (and its client) may end while entries wait.
    QPointer<ApiClient> api;
    QPointer<JobTracker> jobs;
    QPointer<BulkRunJournal> journal;
    QString label;
    QList<Entry> entries;
    QList<JobStart *> starts;                      // one per entry
    struct Follow
    {
        int index;
        FollowKind kind;
    };
    QMultiHash<QString, Follow> following;         // job id → who waits for it
    std::array<int, 7> counts{};                   // entries per Outcome
    int sending = 0;                               // capture requests out now
    int nextQueued = 0;                            // entries before it are no longer queued
    int concurrency = 0;
    int requestWindow = 8;
    BusyPolicy busyPolicy = BusyPolicy::Join;
    int maxRounds = 4;
    int roundDelayMs = 2000;
    QTimer *holdTimer = nullptr;                   // new starts wait for a Retry-After
    QElapsedTimer clock;
    int finalAtStart = 0;                          // entries an earlier start had finished
    bool scheduled = false;
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
    d->holdTimer = new QTimer(this);
    d->holdTimer->setSingleShot(true);
    connect(d->holdTimer, &QTimer::timeout, this, &BulkSnapshotRunner::schedule);
    d->entries.reserve(targets.size());
    d->starts.reserve(targets.size());
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
    d->counts[int(Outcome::Queued)] = int(d->entries.size());
    if (d->jobs) {
        connect(d->jobs, &JobTracker::jobUpdated, this, &BulkSnapshotRunner::onJobUpdated);
        connect(d->jobs, &JobTracker::jobFinished, this, &BulkSnapshotRunner::onJobFinished);
        connect(d->jobs, &JobTracker::jobLost, this, &BulkSnapshotRunner::onJobLost);
    }
}

BulkSnapshotRunner::~BulkSnapshotRunner() = default;

void BulkSnapshotRunner::setConcurrency(int n) { d->concurrency = qMax(0, n); }
int BulkSnapshotRunner::concurrency() const { return d->concurrency; }
void BulkSnapshotRunner::setRequestWindow(int n) { d->requestWindow = qMax(1, n); }
void BulkSnapshotRunner::setBusyPolicy(BusyPolicy policy) { d->busyPolicy = policy; }
BulkSnapshotRunner::BusyPolicy BulkSnapshotRunner::busyPolicy() const { return d->busyPolicy; }
void BulkSnapshotRunner::setMaxRounds(int n) { d->maxRounds = qMax(1, n); }
void BulkSnapshotRunner::setRoundDelay(int ms) { d->roundDelayMs = qMax(0, ms); }
void BulkSnapshotRunner::setJournal(BulkRunJournal *journal) { d->journal = journal; }
bool BulkSnapshotRunner::isRunning() const { return d->started && !d->finished; }
bool BulkSnapshotRunner::isFinished() const { return d->finished; }
bool BulkSnapshotRunner::isCancelled() const { return d->cancelled; }
const QList<BulkSnapshotRunner::Entry> &BulkSnapshotRunner::entries() const { return d->entries; }
QString BulkSnapshotRunner::label() const { return d->label; }
int BulkSnapshotRunner::count(Outcome outcome) const { return d->counts[int(outcome)]; }

int BulkSnapshotRunner::inFlight() const
{
    return count(Outcome::Requesting) + count(Outcome::Capturing) + count(Outcome::WaitingForBusy);
}

QString BulkSnapshotRunner::targetKey(const Target &target)
{
    return target.siteRef + u'/' + target.environment;
}

int BulkSnapshotRunner::secondsLeft() const
{
    const int final = count(Outcome::Done) + count(Outcome::Failed) + count(Outcome::Skipped);
    const int doneHere = final - d->finalAtStart;
    if (!d->started || d->finished || doneHere <= 0 || !d->clock.isValid())
        return d->finished ? 0 : -1;
    const double perEntryMs = double(d->clock.elapsed()) / doneHere;
    return int((d->entries.size() - final) * perEntryMs / 1000.0 + 0.5);
}

void BulkSnapshotRunner::setOutcome(int index, Outcome outcome)
{
    Entry &e = d->entries[index];
    --d->counts[int(e.outcome)];
    e.outcome = outcome;
    ++d->counts[int(outcome)];
}

void BulkSnapshotRunner::start()
{
    if (d->started)
        return;
    d->started = true;
    d->clock.start();
    if (d->journal) {
        restoreFromJournal();
        QString error;
        if (!d->journal->flush(&error)) {
            stopFor(error);
            return;
        }
    }
    d->finalAtStart = count(Outcome::Done) + count(Outcome::Failed) + count(Outcome::Skipped);
    qCInfo(lcJobs) << "bulk snapshot of" << d->entries.size() << "environments," << count(Outcome::Done)
                   << "done before; concurrency" << d->concurrency << "request window" << d->requestWindow;
    schedule();
    checkFinished(); // an empty (or already finished) run ends at once
}

void BulkSnapshotRunner::restoreFromJournal()
{
    for (int i = 0; i < d->entries.size(); ++i) {
        Entry &e = d->entries[i];
        const QString key = targetKey(e.target);
        if (!d->journal->contains(key)) {
            record(i);
            continue;
        }
        const BulkRunJournal::Record r = d->journal->record(key);
        e.jobId = r.jobId;
        e.snapshotId = r.snapshotId;
        e.joined = r.joined;
        if (r.state == QLatin1String("done")) {
            e.earlier = true;
            e.progress = 100;
            setOutcome(i, Outcome::Done);
        } else if (r.jobFailed || r.key.isEmpty()) {
            // The platform ran a capture with the old key and it failed: a new request this time.
            e.jobId.clear();
            e.snapshotId.clear();
            e.joined = false;
            record(i);
        } else {
            // Whatever happened to the old key's request, sending it again replays it.
            d->starts[i]->continueWithKey(r.key);
            if (r.state == QLatin1String("capturing") && !r.jobId.isEmpty()) {
                setOutcome(i, Outcome::Capturing);
                follow(i, r.jobId, FollowKind::Own);
            }
        }
    }
}

void BulkSnapshotRunner::cancel()
{
    if (d->finished)
        return;
    d->cancelled = true;
    d->holdTimer->stop();
    for (int i = d->nextQueued; i < d->entries.size(); ++i) {
        if (d->entries[i].outcome == Outcome::Queued)
            finish(i, Outcome::Skipped, tr("Cancelled before it started."));
    }
    checkFinished();
}

void BulkSnapshotRunner::stopFor(const QString &reason)
{
    qCWarning(lcJobs) << "bulk snapshot stopped:" << reason;
    d->cancelled = true;
    for (int i = 0; i < d->entries.size(); ++i) {
        if (d->entries[i].outcome == Outcome::Queued)
            finish(i, Outcome::Skipped, reason);
    }
    checkFinished();
}

void BulkSnapshotRunner::scheduleSoon()
{
    // From the event loop: finishing one entry inside a reply's finished() must not recurse into
    // the next request; and one pass serves every change of this turn.
    if (d->scheduled)
        return;
    d->scheduled = true;
    QTimer::singleShot(0, this, [this] {
        d->scheduled = false;
        schedule();
        checkFinished();
    });
}

void BulkSnapshotRunner::holdFor(int ms)
{
    if (ms <= 0 || d->holdTimer->remainingTime() >= ms)
        return;
    qCInfo(lcJobs) << "bulk snapshot: no new capture for" << ms << "ms (Retry-After)";
    d->holdTimer->start(ms);
}

void BulkSnapshotRunner::schedule()
{
    if (d->cancelled || d->finished || d->holdTimer->isActive())
        return;
    while (d->nextQueued < d->entries.size() && d->sending < d->requestWindow
           && (d->concurrency == 0 || inFlight() < d->concurrency)) {
        const int index = d->nextQueued++;
        if (d->entries[index].outcome == Outcome::Queued)
            request(index);
    }
}

bool BulkSnapshotRunner::saveKey(int index)
{
    if (!d->journal)
        return true;
    const QString key = targetKey(d->entries[index].target);
    if (d->journal->record(key).key == d->starts[index]->idempotencyKey())
        return true;
    // A key the platform may see must be on disk first: after a crash it is what makes the
    // request again a replay rather than a second capture.
    record(index);
    QString error;
    if (d->journal->flush(&error))
        return true;
    finish(index, Outcome::Failed, error);
    stopFor(error);
    return false;
}

void BulkSnapshotRunner::request(int index)
{
    Entry &e = d->entries[index];
    setOutcome(index, Outcome::Requesting);
    e.phase.clear();
    ++e.rounds;
    Q_EMIT entryChanged(index);
    if (signedOut(index) || !saveKey(index))
        return;
    ++d->sending;
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
    --d->sending;
    scheduleSoon();
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
            setOutcome(index, Outcome::WaitingForBusy);
            e.busyJobId = busyJob;
            e.phase = tr("Waiting for the running job to end");
            Q_EMIT entryChanged(index);
            record(index);
            follow(index, busyJob, FollowKind::Busy);
        }
        return;
    }
    const bool slowDown = (error.httpStatus == 429 || error.httpStatus == 503) && error.retryAfterSeconds > 0;
    if (slowDown)
        holdFor(error.retryAfterSeconds * 1000);
    if (JobStart::outcomeUnknown(error) && e.rounds < d->maxRounds && !d->cancelled) {
        // Sent again with the same key: a capture the platform did take is replayed, not repeated.
        qCInfo(lcJobs) << "capture request failed, retrying with the same key:" << error.httpStatus << error.message;
        e.phase = tr("Retrying");
        Q_EMIT entryChanged(index);
        const int delay = qMax(d->roundDelayMs, slowDown ? error.retryAfterSeconds * 1000 : 0);
        QTimer::singleShot(delay, this, [this, index] { request(index); });
        return;
    }
    finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
}

void BulkSnapshotRunner::onAccepted(int index, const Accepted &accepted)
{
    --d->sending;
    scheduleSoon();
    Entry &e = d->entries[index];
    setOutcome(index, Outcome::Capturing);
    e.jobId = accepted.job.id;
    e.snapshotId = accepted.snapshot ? accepted.snapshot->id : accepted.job.snapshotId;
    e.progress = accepted.job.progress;
    e.phase = accepted.job.phase;
    record(index);
    Q_EMIT entryChanged(index);
    Q_EMIT captureAccepted(index, accepted);
    if (d->jobs)
        d->jobs->track(accepted.job);
    follow(index, e.jobId, FollowKind::Own);
}

void BulkSnapshotRunner::follow(int index, const QString &jobId, FollowKind kind)
{
    if (signedOut(index))
        return;
    d->following.insert(jobId, {index, kind});
    d->jobs->track(jobId);
}

bool BulkSnapshotRunner::joinable(int index, const Job &job) const
{
    return d->busyPolicy == BusyPolicy::Join && job.type == JobType::Capture
        && job.environment == d->entries[index].target.environment && !job.snapshotId.isEmpty();
}

void BulkSnapshotRunner::join(int index, const Job &job)
{
    // The capture already running gives this environment its snapshot: a second one right after
    // it would only duplicate it.
    Entry &e = d->entries[index];
    d->following.remove(job.id);
    d->following.insert(job.id, {index, FollowKind::Own});
    e.busyJobId.clear();
    e.joined = true;
    e.jobId = job.id;
    e.snapshotId = job.snapshotId;
    setOutcome(index, Outcome::Capturing);
    record(index);
    qCInfo(lcJobs) << "joined capture" << job.id << "already running on" << targetKey(e.target);
}

void BulkSnapshotRunner::onJobUpdated(const Job &job)
{
    if (job.isFinished())
        return; // told by onJobFinished()
    const QList<Private::Follow> who = d->following.values(job.id);
    for (const Private::Follow &f : who) {
        if (f.kind == FollowKind::Busy) {
            if (!joinable(f.index, job))
                continue;
            join(f.index, job);
        }
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
        if (f.kind == FollowKind::Busy && joinable(f.index, job) && job.status == JobStatus::Succeeded) {
            join(f.index, job);
            d->following.remove(job.id);
            onOwnJobEnded(f.index, job);
        } else if (f.kind == FollowKind::Busy) {
            // The environment is free again: ask for our capture (JobStart took a fresh key when
            // the platform said busy).
            e.busyJobId.clear();
            e.rounds = 0;
            request(f.index);
        } else {
            onOwnJobEnded(f.index, job);
        }
    }
}

void BulkSnapshotRunner::onOwnJobEnded(int index, const Job &job)
{
    Entry &e = d->entries[index];
    e.progress = job.progress;
    e.phase = job.phase;
    Q_EMIT captureEnded(index, job);
    if (job.status == JobStatus::Succeeded) {
        e.progress = 100;
        finish(index, Outcome::Done);
    } else if (e.joined && !d->cancelled) {
        // The capture we joined failed: this environment still needs its own.
        e.joined = false;
        e.jobId.clear();
        e.snapshotId.clear();
        e.rounds = 0;
        request(index);
    } else {
        e.captureFailed = true;
        finish(index, Outcome::Failed, job.error ? job.error->message : tr("The capture failed without saying why."));
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
    setOutcome(index, outcome);
    e.reason = reason;
    e.requestId = requestId;
    if (outcome == Outcome::Done)
        e.phase.clear();
    record(index);
    Q_EMIT entryChanged(index);
    scheduleSoon();
}

void BulkSnapshotRunner::record(int index)
{
    if (!d->journal)
        return;
    const Entry &e = d->entries[index];
    BulkRunJournal::Record r;
    r.key = d->starts[index]->idempotencyKey();
    r.jobId = e.jobId;
    r.snapshotId = e.snapshotId;
    r.reason = e.reason;
    r.requestId = e.requestId;
    r.joined = e.joined;
    r.jobFailed = e.captureFailed; // a lost job keeps its key: asking again replays it
    switch (e.outcome) {
    case Outcome::Done: r.state = QStringLiteral("done"); break;
    case Outcome::Capturing: r.state = QStringLiteral("capturing"); break;
    case Outcome::Failed: r.state = QStringLiteral("failed"); break;
    case Outcome::Skipped: r.state = QStringLiteral("skipped"); break;
    default: r.state = QStringLiteral("queued"); break;
    }
    d->journal->set(targetKey(e.target), r);
}

void BulkSnapshotRunner::checkFinished()
{
    if (d->finished || !d->started)
        return;
    if (count(Outcome::Done) + count(Outcome::Failed) + count(Outcome::Skipped) < d->entries.size())
        return;
    d->finished = true;
    d->holdTimer->stop();
    if (d->journal) {
        // Complete: nothing to continue. Otherwise kept, so the next start does what is left.
        if (count(Outcome::Done) == d->entries.size())
            d->journal->discard();
        else
            d->journal->flush();
    }
    qCInfo(lcJobs) << "bulk snapshot ended:" << count(Outcome::Done) << "done," << count(Outcome::Failed)
                   << "failed," << count(Outcome::Skipped) << "skipped";
    Q_EMIT finished();
}

QString BulkSnapshotRunner::outcomeText(Outcome outcome) { return BulkSnapshotReport::outcomeText(outcome); }
QString BulkSnapshotRunner::outcomeKey(Outcome outcome) { return BulkSnapshotReport::outcomeKey(outcome); }
QString BulkSnapshotRunner::reportText() const { return BulkSnapshotReport::text(d->entries); }
QString BulkSnapshotRunner::reportCsv() const { return BulkSnapshotReport::csv(d->entries); }
