#include "RestoreFlow.h"

#include "BulkSnapshotRunner.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "api/ErrorText.h"

#include "util/LogCategories.h"
#include <QPointer>
#include <QTimer>


namespace {
constexpr int MaxConsecutivePollFailures = 8;
// Share of the overall progress bar given to the safety capture when there is one.
constexpr int SafetyShare = 40;
}

struct RestoreFlow::Private
{
    // Guarded: the session (and its client) may end while a step waits on a timer.
    QPointer<ApiClient> api;
    Request request;
    Stage stage = Stage::Idle;
    int progress = 0;
    QString phase;
    QString captureKey;
    QString restoreKey;
    Snapshot safety;
    Job safetyJob;
    bool safetyReady = false;
    Job restoreJob;
    QString restoreRequestId;
    ApiError error;
    QString failureMessage;
    bool failedInSafety = false;
    QString busyJobId;
    int pollMs = 1000;
    int pollFailures = 0;
    // Bumped by cancel(): answers to requests sent before are then ignored.
    int generation = 0;
};

RestoreFlow::RestoreFlow(ApiClient *api, const Request &request, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->api = api;
    d->request = request;
    d->captureKey = ApiClient::newIdempotencyKey();
    d->restoreKey = ApiClient::newIdempotencyKey();
}

RestoreFlow::~RestoreFlow()
{
    delete d;
}

void RestoreFlow::setPollInterval(int ms) { d->pollMs = qMax(10, ms); }
const RestoreFlow::Request &RestoreFlow::request() const { return d->request; }
RestoreFlow::Stage RestoreFlow::stage() const { return d->stage; }
int RestoreFlow::progress() const { return d->progress; }
QString RestoreFlow::phase() const { return d->phase; }
const Snapshot &RestoreFlow::safetySnapshot() const { return d->safety; }
const Job &RestoreFlow::restoreJob() const { return d->restoreJob; }
QString RestoreFlow::restoreRequestId() const { return d->restoreRequestId; }
const ApiError &RestoreFlow::error() const { return d->error; }
QString RestoreFlow::failureMessage() const { return d->failureMessage; }
bool RestoreFlow::failedInSafetyCapture() const { return d->failedInSafety; }
QString RestoreFlow::busyJobId() const { return d->busyJobId; }

void RestoreFlow::start()
{
    if (d->stage != Stage::Idle)
        return;
    if (d->request.safetySnapshot)
        captureSafety();
    else
        sendRestore();
}

void RestoreFlow::retry()
{
    if (d->stage != Stage::Failed)
        return;
    d->error = {};
    d->failureMessage.clear();
    d->busyJobId.clear();
    d->pollFailures = 0;
    if (d->failedInSafety && !d->safetyReady) {
        if (!d->safetyJob.id.isEmpty() && !d->safetyJob.isFinished()) {
            setStage(Stage::CapturingSafety);
            poll(d->safetyJob.id); // we lost track of it, the capture itself may be fine
        } else {
            captureSafety();
        }
        return;
    }
    if (!d->restoreJob.id.isEmpty() && !d->restoreJob.isFinished()) {
        setStage(Stage::Restoring);
        poll(d->restoreJob.id);
        return;
    }
    sendRestore();
}

bool RestoreFlow::canCancel() const
{
    switch (d->stage) {
    case Stage::Idle:
    case Stage::CapturingSafety:
        return true;
    case Stage::Failed:
        return d->restoreJob.id.isEmpty();
    default:
        return false;
    }
}

bool RestoreFlow::cancel()
{
    if (!canCancel())
        return false;
    ++d->generation;
    qCInfo(lcJobs) << "restore cancelled before it was sent";
    setStage(Stage::Cancelled);
    return true;
}

bool RestoreFlow::stillWanted() const
{
    return d->stage != Stage::Cancelled;
}

void RestoreFlow::captureSafety()
{
    d->failedInSafety = false;
    d->safetyReady = false;
    setStage(Stage::CapturingSafety);
    setProgress(0, tr("Requesting a safety snapshot"));
    if (signedOut())
        return;
    ApiReply *reply = d->api->createBackup(d->request.siteRef, d->request.targetEnvironment,
                                           d->request.safetyLabel, d->captureKey);
    const int generation = d->generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation == d->generation)
            onCaptureReply(reply);
    });
}

void RestoreFlow::onCaptureReply(ApiReply *reply)
{
    if (!reply->ok()) {
        d->failedInSafety = true;
        fail(reply->error());
        return;
    }
    const Result<Accepted> accepted = ApiParser::accepted(reply->json());
    if (!accepted || !accepted->snapshot) {
        d->failedInSafety = true;
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.requestId = reply->requestId();
        error.parseProblem = accepted ? QStringLiteral("no snapshot in a capture's answer") : accepted.error().toString();
        fail(error);
        return;
    }
    d->safety = *accepted->snapshot;
    d->safetyJob = accepted->job;
    Q_EMIT safetySnapshotAccepted(accepted.value());
    setProgress(accepted->job.progress, accepted->job.phase);
    poll(d->safetyJob.id);
}

void RestoreFlow::checkSafetySnapshot()
{
    // The capture job succeeding is not the contract's condition: the snapshot must be ready.
    setProgress(100, tr("Checking the safety snapshot"));
    if (signedOut())
        return;
    ApiReply *reply = d->api->snapshot(d->request.siteRef, d->safety.id);
    const int generation = d->generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != d->generation)
            return;
        if (!reply->ok()) {
            d->failedInSafety = true;
            fail(reply->error());
            return;
        }
        const Result<Snapshot> snap = ApiParser::snapshot(reply->json());
        if (!snap || !snap->isReady()) {
            d->failedInSafety = true;
            d->safetyJob = {}; // capture again on retry
            d->captureKey = ApiClient::newIdempotencyKey();
            fail({}, tr("The safety snapshot is not ready (%1), so the restore was not started.")
                         .arg(snap ? snap->statusRaw : tr("unreadable answer")));
            return;
        }
        d->safety = snap.value();
        d->safetyReady = true;
        Q_EMIT safetySnapshotReady(d->safety);
        sendRestore();
    });
}

void RestoreFlow::sendRestore()
{
    d->failedInSafety = false;
    setStage(Stage::Restoring);
    setProgress(0, tr("Requesting the restore"));
    if (signedOut())
        return;
    ApiReply *reply = d->api->restoreSnapshot(d->request.siteRef, d->request.snapshotId, d->request.selectors,
                                              d->request.targetEnvironment, d->restoreKey);
    const int generation = d->generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation == d->generation)
            onRestoreReply(reply);
    });
}

void RestoreFlow::onRestoreReply(ApiReply *reply)
{
    if (!reply->ok()) {
        fail(reply->error());
        return;
    }
    d->restoreRequestId = reply->requestId();
    const Result<Accepted> accepted = ApiParser::accepted(reply->json());
    if (!accepted) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.requestId = reply->requestId();
        error.parseProblem = accepted.error().toString();
        fail(error);
        return;
    }
    d->restoreJob = accepted->job;
    Q_EMIT restoreAccepted(d->restoreJob);
    setProgress(d->restoreJob.progress, d->restoreJob.phase);
    poll(d->restoreJob.id);
}

void RestoreFlow::poll(const QString &jobId)
{
    const int generation = d->generation;
    QTimer::singleShot(d->pollMs, this, [this, jobId, generation] {
        if (generation != d->generation)
            return;
        if (signedOut())
            return;
        ApiReply *reply = d->api->job(jobId);
        connect(reply, &ApiReply::finished, this, [this, jobId, reply, generation] {
            if (generation == d->generation)
                onPollReply(jobId, reply);
        });
    });
}

void RestoreFlow::onPollReply(const QString &jobId, ApiReply *reply)
{
    const bool inSafety = d->stage == Stage::CapturingSafety;
    const Result<Job> job = reply->ok() ? ApiParser::job(reply->json()) : Result<Job>(ParseError{});
    if (!reply->ok() || !job) {
        const bool transient = !reply->ok() ? BulkSnapshotRunner::outcomeUnknown(reply->error()) : true;
        if (transient && ++d->pollFailures < MaxConsecutivePollFailures && !reply->error().isUnauthorized()) {
            poll(jobId);
            return;
        }
        d->failedInSafety = inSafety;
        if (reply->ok()) {
            ApiError error;
            error.kind = ApiError::Kind::BadResponse;
            error.requestId = reply->requestId();
            error.parseProblem = job.error().toString();
            fail(error);
        } else {
            fail(reply->error());
        }
        return;
    }
    d->pollFailures = 0;
    (inSafety ? d->safetyJob : d->restoreJob) = job.value();
    setProgress(job->progress, job->phase);
    if (job->isFinished())
        onJobEnded(job.value());
    else
        poll(jobId);
}

void RestoreFlow::onJobEnded(const Job &job)
{
    const bool ok = job.status == JobStatus::Succeeded;
    const QString why = job.error ? job.error->message : tr("no reason given");
    if (d->stage == Stage::CapturingSafety) {
        if (ok) {
            checkSafetySnapshot();
            return;
        }
        d->failedInSafety = true;
        d->captureKey = ApiClient::newIdempotencyKey(); // that capture is over: a retry is a new one
        fail({}, tr("The safety snapshot failed (%1), so the restore was not started.").arg(why));
        return;
    }
    if (ok) {
        setProgress(100, job.phase);
        setStage(Stage::Succeeded);
        Q_EMIT succeeded(job);
        return;
    }
    d->restoreKey = ApiClient::newIdempotencyKey();
    fail({}, tr("The restore failed: %1").arg(why));
}

void RestoreFlow::setStage(Stage stage)
{
    if (d->stage == stage)
        return;
    d->stage = stage;
    Q_EMIT stageChanged(stage);
}

void RestoreFlow::setProgress(int stagePercent, const QString &phase)
{
    stagePercent = qBound(0, stagePercent, 100);
    int overall = stagePercent;
    if (d->request.safetySnapshot) {
        overall = d->stage == Stage::CapturingSafety ? stagePercent * SafetyShare / 100
                                                     : SafetyShare + stagePercent * (100 - SafetyShare) / 100;
    }
    d->progress = overall;
    d->phase = phase;
    Q_EMIT progressChanged(overall, phase);
}

bool RestoreFlow::signedOut()
{
    if (d->api)
        return false;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    fail(error, tr("The session ended (signed out or another account chosen) before the restore was sent or "
                   "followed. Sign in again and check the environment's jobs before trying again."));
    return true;
}

void RestoreFlow::fail(const ApiError &error, const QString &message)
{
    d->error = error;
    d->failureMessage = message.isEmpty() ? ErrorText::describe(error) : message;
    if (error.isError() && !BulkSnapshotRunner::outcomeUnknown(error)) {
        // Refused outright: nothing happened, and the same key would only replay the refusal.
        (d->failedInSafety ? d->captureKey : d->restoreKey) = ApiClient::newIdempotencyKey();
    }
    qCInfo(lcJobs) << "restore flow failed:" << d->failureMessage << error.requestId;
    setStage(Stage::Failed);
    if (error.isCode("environment_busy")) {
        d->busyJobId = error.details.value(QStringLiteral("job_id")).toString();
        Q_EMIT environmentBusy(d->busyJobId);
    }
    if (error.isUnauthorized())
        Q_EMIT unauthorized(error);
    Q_EMIT failed(d->failureMessage);
}
