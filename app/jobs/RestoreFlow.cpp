#include "RestoreFlow.h"

#include "JobStart.h"
#include "JobTracker.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/ErrorText.h"

#include "util/LogCategories.h"
#include <QPointer>


namespace {
// Share of the overall progress bar given to the safety capture when there is one.
constexpr int SafetyShare = 40;
}

struct RestoreFlow::Private
{
    // Guarded: the session (and its client) may end while a step waits.
    QPointer<ApiClient> api;
    QPointer<JobTracker> jobs;
    Request request;
    JobStart *capture = nullptr;
    JobStart *restore = nullptr;
    Stage stage = Stage::Idle;
    int progress = 0;
    QString phase;
    Snapshot safety;
    Job safetyJob;
    bool safetyReady = false;
    Job restoreJob;
    QString restoreRequestId;
    QString following; // the job whose news this flow waits for
    ApiError error;
    QString failureMessage;
    bool failedInSafety = false;
    QString busyJobId;
    // Bumped by cancel(): the answer to a snapshot check sent before is then ignored.
    int generation = 0;
};

RestoreFlow::RestoreFlow(ApiClient *api, const Request &request, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->api = api;
    d->jobs = JobTracker::of(api);
    d->request = request;
    d->capture = new JobStart(api, JobStart::Capture{request.siteRef, request.targetEnvironment, request.safetyLabel}, this);
    d->restore = new JobStart(api, JobStart::Restore{request.siteRef, request.snapshotId, request.selectors,
                                                     request.targetEnvironment}, this);
    connect(d->capture, &JobStart::accepted, this, &RestoreFlow::onCaptureAccepted);
    connect(d->capture, &JobStart::failed, this, [this](const ApiError &error) {
        d->failedInSafety = true;
        fail(error);
    });
    connect(d->restore, &JobStart::accepted, this, &RestoreFlow::onRestoreAccepted);
    connect(d->restore, &JobStart::failed, this, [this](const ApiError &error) { fail(error); });
    if (d->jobs) {
        connect(d->jobs, &JobTracker::jobUpdated, this, &RestoreFlow::onJobUpdated);
        connect(d->jobs, &JobTracker::jobFinished, this, [this](const Job &job) {
            if (job.id == d->following) {
                d->following.clear();
                onJobEnded(job);
            }
        });
        connect(d->jobs, &JobTracker::jobLost, this, [this](const QString &jobId, const ApiError &error) {
            if (jobId != d->following)
                return;
            d->following.clear();
            d->failedInSafety = d->stage == Stage::CapturingSafety;
            fail(error);
        });
    }
}

RestoreFlow::~RestoreFlow() = default;

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
    if (d->failedInSafety && !d->safetyReady) {
        if (!d->safetyJob.id.isEmpty() && !d->safetyJob.isFinished()) {
            setStage(Stage::CapturingSafety);
            follow(d->safetyJob.id); // we lost track of it, the capture itself may be fine
        } else {
            captureSafety();
        }
        return;
    }
    if (!d->restoreJob.id.isEmpty() && !d->restoreJob.isFinished()) {
        setStage(Stage::Restoring);
        follow(d->restoreJob.id);
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
    d->capture->abandon();
    d->following.clear(); // the safety capture goes on (and stays in the Jobs panel); we stop here
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
    d->capture->send();
}

void RestoreFlow::onCaptureAccepted(const Accepted &accepted)
{
    if (!stillWanted())
        return;
    d->safety = *accepted.snapshot; // JobStart accepts no capture without its snapshot
    d->safetyJob = accepted.job;
    Q_EMIT safetySnapshotAccepted(accepted);
    setProgress(accepted.job.progress, accepted.job.phase);
    if (d->jobs)
        d->jobs->track(accepted.job);
    follow(d->safetyJob.id);
}

void RestoreFlow::follow(const QString &jobId)
{
    if (signedOut())
        return;
    d->following = jobId;
    d->jobs->track(jobId);
}

void RestoreFlow::onJobUpdated(const Job &job)
{
    if (job.id != d->following || job.isFinished())
        return; // the end comes with jobFinished
    (d->stage == Stage::CapturingSafety ? d->safetyJob : d->restoreJob) = job;
    setProgress(job.progress, job.phase);
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
        const Snapshot *snap = reply->as<Snapshot>();
        if (!snap || !snap->isReady()) {
            d->failedInSafety = true;
            d->safetyJob = {}; // capture again on retry, as a new action
            d->capture->renew();
            fail({}, tr("The safety snapshot is not ready (%1), so the restore was not started.")
                         .arg(snap ? snap->statusRaw : tr("unreadable answer")));
            return;
        }
        d->safety = *snap;
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
    d->restore->send();
}

void RestoreFlow::onRestoreAccepted(const Accepted &accepted)
{
    d->restoreRequestId = d->restore->requestId();
    d->restoreJob = accepted.job;
    Q_EMIT restoreAccepted(d->restoreJob);
    setProgress(d->restoreJob.progress, d->restoreJob.phase);
    if (d->jobs)
        d->jobs->track(accepted.job);
    follow(d->restoreJob.id);
}

void RestoreFlow::onJobEnded(const Job &job)
{
    const bool ok = job.status == JobStatus::Succeeded;
    const QString why = job.error ? job.error->message : tr("no reason given");
    if (d->stage == Stage::CapturingSafety) {
        d->safetyJob = job;
        if (ok) {
            checkSafetySnapshot();
            return;
        }
        d->failedInSafety = true;
        d->capture->renew(); // that capture is over: a retry is a new one
        fail({}, tr("The safety snapshot failed (%1), so the restore was not started.").arg(why));
        return;
    }
    d->restoreJob = job;
    if (ok) {
        setProgress(100, job.phase);
        setStage(Stage::Succeeded);
        Q_EMIT succeeded(job);
        return;
    }
    d->restore->renew();
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
    if (d->api && d->jobs)
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
    qCInfo(lcJobs) << "restore flow failed:" << d->failureMessage << error.requestId;
    setStage(Stage::Failed);
    if (error.isCode("environment_busy")) {
        d->busyJobId = (d->failedInSafety ? d->capture : d->restore)->busyJobId();
        Q_EMIT environmentBusy(d->busyJobId);
    }
    if (error.isUnauthorized())
        Q_EMIT unauthorized(error);
    Q_EMIT failed(d->failureMessage);
}
