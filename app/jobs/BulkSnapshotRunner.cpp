#include "BulkSnapshotRunner.h"

#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "api/ErrorText.h"

#include "util/LogCategories.h"
#include <QPointer>
#include <QTimer>


namespace {
// Polling a job keeps going through transient failures (the client already retried each one);
// only this many in a row mean we have lost the platform.
constexpr int MaxConsecutivePollFailures = 8;
}

struct BulkSnapshotRunner::Private
{
    // Guarded: the session (and its client) may end while entries wait on timers.
    QPointer<ApiClient> api;
    QString label;
    QList<Entry> entries;
    QList<int> pollFailures;
    int concurrency = 4;
    BusyPolicy busyPolicy = BusyPolicy::Wait;
    int pollMs = 1000;
    int maxRounds = 4;
    int roundDelayMs = 2000;
    bool started = false;
    bool cancelled = false;
    bool finished = false;
};

BulkSnapshotRunner::BulkSnapshotRunner(ApiClient *api, const QList<Target> &targets, const QString &label,
                                       QObject *parent)
    : QObject(parent), d(new Private)
{
    d->api = api;
    d->label = label;
    for (const Target &t : targets) {
        Entry e;
        e.target = t;
        e.idempotencyKey = ApiClient::newIdempotencyKey();
        d->entries.append(e);
        d->pollFailures.append(0);
    }
}

BulkSnapshotRunner::~BulkSnapshotRunner()
{
    delete d;
}

void BulkSnapshotRunner::setConcurrency(int n) { d->concurrency = qMax(1, n); }
int BulkSnapshotRunner::concurrency() const { return d->concurrency; }
void BulkSnapshotRunner::setBusyPolicy(BusyPolicy policy) { d->busyPolicy = policy; }
BulkSnapshotRunner::BusyPolicy BulkSnapshotRunner::busyPolicy() const { return d->busyPolicy; }
void BulkSnapshotRunner::setPollInterval(int ms) { d->pollMs = qMax(10, ms); }
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

bool BulkSnapshotRunner::outcomeUnknown(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 429 || error.httpStatus == 408;
    case ApiError::Kind::BadResponse:
        // A 2xx we could not read: the platform did act.
        return true;
    default:
        return false;
    }
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
    ApiReply *reply = d->api->createBackup(e.target.siteRef, e.target.environment, d->label, e.idempotencyKey);
    connect(reply, &ApiReply::finished, this, [this, index, reply] { onRequestFinished(index, reply); });
}

bool BulkSnapshotRunner::signedOut(int index)
{
    if (d->api)
        return false;
    finish(index, Outcome::Failed, tr("The session ended (signed out or another account chosen); check this "
                                      "environment's snapshots after signing in again."), QString());
    cancel();
    return true;
}

void BulkSnapshotRunner::onRequestFinished(int index, ApiReply *reply)
{
    Entry &e = d->entries[index];
    if (!reply->ok()) {
        const ApiError &error = reply->error();
        if (error.isUnauthorized()) {
            finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
            Q_EMIT unauthorized(error);
            cancel();
            return;
        }
        if (error.isCode("environment_busy")) {
            const QString busyJob = error.details.value(QStringLiteral("job_id")).toString();
            e.idempotencyKey = ApiClient::newIdempotencyKey(); // refused: nothing was taken
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
        if (outcomeUnknown(error) && e.rounds < d->maxRounds && !d->cancelled) {
            qCInfo(lcJobs) << "capture request failed, retrying with the same key:" << error.message;
            e.phase = tr("Retrying");
            Q_EMIT entryChanged(index);
            QTimer::singleShot(d->roundDelayMs, this, [this, index] { request(index); });
            return;
        }
        finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
        return;
    }
    const Result<Accepted> accepted = ApiParser::accepted(reply->json());
    if (!accepted) {
        // The platform took the request; without a job id we cannot follow it, but a retry with
        // the same key replays the stored answer without taking a second snapshot.
        qCWarning(lcJobs) << "unreadable 202:" << accepted.error().toString();
        if (e.rounds < d->maxRounds) {
            QTimer::singleShot(d->roundDelayMs, this, [this, index] { request(index); });
            return;
        }
        finish(index, Outcome::Failed, tr("The platform's answer could not be understood."), reply->requestId());
        return;
    }
    e.outcome = Outcome::Capturing;
    e.jobId = accepted->job.id;
    e.snapshotId = accepted->snapshot ? accepted->snapshot->id : accepted->job.snapshotId;
    e.progress = accepted->job.progress;
    e.phase = accepted->job.phase;
    Q_EMIT entryChanged(index);
    Q_EMIT captureAccepted(index, accepted.value());
    follow(index, e.jobId, false);
}

void BulkSnapshotRunner::follow(int index, const QString &jobId, bool busyJob)
{
    QTimer::singleShot(d->pollMs, this, [this, index, jobId, busyJob] {
        if (signedOut(index))
            return;
        ApiReply *reply = d->api->job(jobId);
        connect(reply, &ApiReply::finished, this,
                [this, index, busyJob, reply] { onPollFinished(index, busyJob, reply); });
    });
}

void BulkSnapshotRunner::onPollFinished(int index, bool busyJob, ApiReply *reply)
{
    Entry &e = d->entries[index];
    Result<Job> job = reply->ok() ? ApiParser::job(reply->json()) : Result<Job>(ParseError{});
    if (!reply->ok() || !job) {
        const ApiError &error = reply->error();
        if (error.isUnauthorized()) {
            finish(index, Outcome::Failed, ErrorText::describe(error), error.requestId);
            Q_EMIT unauthorized(error);
            cancel();
            return;
        }
        const bool transient = !reply->ok() ? outcomeUnknown(error) : true;
        if (transient && ++d->pollFailures[index] < MaxConsecutivePollFailures) {
            follow(index, busyJob ? e.busyJobId : e.jobId, busyJob);
            return;
        }
        finish(index, Outcome::Failed,
               reply->ok() ? tr("The platform's answer about the capture could not be understood.")
                           : ErrorText::describe(error),
               reply->requestId());
        return;
    }
    d->pollFailures[index] = 0;
    const Job &j = job.value();
    if (busyJob) {
        if (j.isFinished()) {
            // The environment is free again: ask for our capture (fresh key, see onRequestFinished).
            e.busyJobId.clear();
            e.rounds = 0;
            request(index);
        } else {
            follow(index, j.id, true);
        }
        return;
    }
    e.progress = j.progress;
    e.phase = j.phase;
    if (!j.isFinished()) {
        Q_EMIT entryChanged(index);
        follow(index, j.id, false);
        return;
    }
    Q_EMIT captureEnded(index, j);
    if (j.status == JobStatus::Succeeded) {
        e.progress = 100;
        finish(index, Outcome::Done);
    } else {
        finish(index, Outcome::Failed,
               j.error ? j.error->message : tr("The capture failed without saying why."));
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
