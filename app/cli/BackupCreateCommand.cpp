#include "BackupCreateCommand.h"

#include "Arguments.h"
#include "BulkBackupCommand.h"
#include "Display.h"
#include "ExitCode.h"
#include "JobShowCommand.h"
#include "JsonView.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "jobs/JobStart.h"
#include "jobs/JobTracker.h"

#include <QCommandLineParser>
#include <QJsonObject>

void BackupCreateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    parser.addOption({{QStringLiteral("env"), QStringLiteral("e")}, tr("The environment to capture."), tr("ENV")});
    parser.addOption({QStringLiteral("label"), tr("A label for the snapshot (up to 200 characters)."), tr("LABEL")});
    parser.addOption({QStringLiteral("wait"), tr("Wait until the snapshot is ready (progress on a terminal).")});
    BulkBackupCommand::addBulkOptions(parser);
}

QString BackupCreateCommand::readArguments(const QCommandLineParser &parser)
{
    if (BulkBackupCommand::wantsBulk(parser)) {
        m_bulk = new BulkBackupCommand(&ctx(), this);
        return m_bulk->readArguments(parser);
    }
    if (parser.values(QStringLiteral("site")).size() > 1)
        return tr("one --site for a single environment; several need --all-sites");
    if (parser.isSet(QStringLiteral("concurrency")))
        return tr("--concurrency needs --all-sites");
    QString problem = Arguments::positional(parser, 0, QString());
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    m_env = Arguments::required(parser, QStringLiteral("env"), &problem);
    m_label = parser.value(QStringLiteral("label"));
    m_wait = parser.isSet(QStringLiteral("wait"));
    return Arguments::firstProblem({problem, Arguments::checkSite(m_site), Arguments::checkEnvironment(m_env),
                                      Arguments::checkLabel(m_label)});
}

void BackupCreateCommand::start()
{
    if (m_bulk) {
        connect(m_bulk, &Command::finished, this, [this](int code) { finish(code); });
        m_bulk->start();
        return;
    }
    withApi([this](ApiClient *api) {
        term().progress(tr("Requesting a snapshot of %1/%2…").arg(m_site, m_env));
        // One run is one user action: JobStart makes its Idempotency-Key and ApiClient's retries
        // of the POST carry it.
        m_start = new JobStart(api, JobStart::Capture{m_site, m_env, m_label}, this);
        connect(m_start, &JobStart::accepted, this, &BackupCreateCommand::onAccepted);
        connect(m_start, &JobStart::failed, this, [this](const ApiError &e) { failApi(e); });
        m_start->send();
    });
}

void BackupCreateCommand::onAccepted(const Accepted &accepted)
{
    m_accepted = accepted; // JobStart accepts no capture's answer without its snapshot
    const Snapshot &snap = *m_accepted.snapshot;
    if (!m_wait) {
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("job"), JsonView::job(m_accepted.job)},
                                  {QStringLiteral("snapshot"), JsonView::snapshot(snap)}});
        } else {
            term().outLine(tr("Snapshot %1 of %2/%3 was requested (job %4).").arg(snap.id, m_site, m_env, m_accepted.job.id));
            term().outLine(tr("Follow it with 'mf job watch %1'.").arg(m_accepted.job.id));
        }
        finish(ExitCode::Ok);
        return;
    }
    // Said before the wait: if it is interrupted, the job goes on and this is how to find it.
    if (!json())
        term().errLine(tr("Snapshot %1 of %2/%3 was requested (job %4); waiting for it to end.").arg(snap.id, m_site, m_env, m_accepted.job.id));
    const QString jobId = m_accepted.job.id;
    m_jobs = JobTracker::of(ctx().api());
    connect(m_jobs, &JobTracker::jobUpdated, this, [this, jobId](const Job &job) {
        if (job.id == jobId && !job.isFinished())
            term().progress(JobShowCommand::progressLine(job));
    });
    connect(m_jobs, &JobTracker::jobFinished, this, [this, jobId](const Job &job) {
        if (job.id == jobId)
            onJobEnded(job);
    });
    connect(m_jobs, &JobTracker::jobLost, this, [this, jobId](const QString &id, const ApiError &e) {
        if (id == jobId)
            failApi(e);
    });
    connect(m_jobs, &JobTracker::pollFailed, this, [this, jobId](const QString &id, const ApiError &e, int failures) {
        if (id == jobId && !json())
            term().errLine(JobShowCommand::noNewsLine(jobId, e, failures, m_jobs->intervals().lostAfterFailures));
    });
    m_jobs->track(m_accepted.job);
}

void BackupCreateCommand::onJobEnded(const Job &job)
{
    if (job.status != JobStatus::Succeeded) {
        const QString why = job.error ? job.error->message : job.statusRaw;
        fail(ExitCode::Error, tr("The snapshot of %1/%2 failed: %3").arg(m_site, m_env, why));
        return;
    }
    // The job says done; the snapshot itself says how big it is and when it expires.
    ApiReply *reply = track(ctx().api()->snapshot(m_site, m_accepted.snapshot->id));
    connect(reply, &ApiReply::finished, this, [this, reply, job] { onSnapshot(reply, job); });
}

void BackupCreateCommand::onSnapshot(ApiReply *reply, const Job &job)
{
    const std::optional<Snapshot> snap = parsed<Snapshot>(reply);
    if (!snap)
        return;
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("job"), JsonView::job(job)},
                              {QStringLiteral("snapshot"), JsonView::snapshot(*snap)}});
    } else if (snap->isReady()) {
        const QString expires = snap->expiresAt.isValid() ? Display::relative(snap->expiresAt, ctx().clock()) : tr("never");
        term().outLine(tr("Snapshot %1 of %2/%3 is ready: %4, expires %5.")
                           .arg(snap->id, m_site, m_env, Display::size(snap->sizeBytes), expires));
    } else {
        term().outLine(tr("Snapshot %1 of %2/%3 is %4.").arg(snap->id, m_site, m_env, snap->statusRaw));
    }
    finish(snap->isReady() ? ExitCode::Ok : ExitCode::Error);
}

void BackupCreateCommand::interrupt()
{
    if (m_bulk) {
        m_bulk->interrupt(); // its finish is ours
        return;
    }
    if (m_jobs) {
        m_jobs->untrack(m_accepted.job.id);
        if (!json())
            term().errLine(tr("Stopped waiting. The capture goes on; follow it with 'mf job watch %1'.")
                               .arg(m_accepted.job.id));
    }
    Command::interrupt();
}

QString BackupCreateCommand::notFoundText() const
{
    return tr("Site %1 has no environment '%2' (or this key cannot see the site).").arg(m_site, m_env);
}

QString BackupCreateCommand::notFoundHint() const
{
    return tr("List its environments with 'mf env list --site %1'.").arg(m_site);
}
