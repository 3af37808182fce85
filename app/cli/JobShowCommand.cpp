#include "JobShowCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ErrorText.h"
#include "jobs/JobTracker.h"

#include <QCommandLineParser>

JobShowCommand::JobShowCommand(CommandContext *context, QObject *parent)
    : JobShowCommand(context, Mode::Show, parent)
{
}

JobShowCommand::JobShowCommand(CommandContext *context, Mode mode, QObject *parent)
    : Command(context, parent), m_mode(mode)
{
}

QString JobShowCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the job id"));
    if (problem.isEmpty()) {
        m_jobId = parser.positionalArguments().constFirst();
        problem = Arguments::checkJobId(m_jobId);
    }
    return problem;
}

void JobShowCommand::start()
{
    withApi([this](ApiClient *api) {
        // The follower polls (and states the failure policy); this command only presents.
        m_jobs = JobTracker::of(api);
        connect(m_jobs, &JobTracker::jobUpdated, this, [this](const Job &job) {
            if (job.id == m_jobId)
                onUpdated(job);
        });
        connect(m_jobs, &JobTracker::jobFinished, this, [this](const Job &job) {
            if (job.id == m_jobId)
                onEnded(job);
        });
        connect(m_jobs, &JobTracker::jobLost, this, [this](const QString &jobId, const ApiError &e) {
            if (jobId == m_jobId)
                failApi(e);
        });
        connect(m_jobs, &JobTracker::pollFailed, this, [this](const QString &jobId, const ApiError &e, int failures) {
            if (jobId == m_jobId)
                onPollFailed(e, failures);
        });
        m_jobs->track(m_jobId);
    });
}

void JobShowCommand::interrupt()
{
    if (m_jobs)
        m_jobs->untrack(m_jobId);
    if (m_mode == Mode::Watch && !isFinished() && !json())
        term().errLine(tr("Stopped watching. The job goes on; watch it again with 'mf job watch %1'.").arg(m_jobId));
    Command::interrupt();
}

QString JobShowCommand::progressLine(const Job &job)
{
    QString what;
    switch (job.type) {
    case JobType::Capture:
        what = tr("Capturing %1").arg(job.environment);
        break;
    case JobType::Restore:
        what = tr("Restoring into %1").arg(job.environment);
        break;
    case JobType::Unknown:
        what = tr("%1 on %2").arg(job.typeRaw, job.environment);
        break;
    }
    return tr("%1  %2  %3").arg(what, Display::jobState(job), job.phase);
}

void JobShowCommand::onUpdated(const Job &job)
{
    if (m_mode == Mode::Show) {
        // One look is all "show" wants, whatever the state.
        m_jobs->untrack(m_jobId);
        printDetails(job);
        finish(ExitCode::Ok);
        return;
    }
    if (!job.isFinished())
        term().progress(progressLine(job));
}

void JobShowCommand::onPollFailed(const ApiError &error, int failures)
{
    // Said while it goes on: a silent wait through an outage looks like a hang.
    if (!json())
        term().errLine(noNewsLine(m_jobId, error, failures, m_jobs->intervals().lostAfterFailures));
}

QString JobShowCommand::noNewsLine(const QString &jobId, const ApiError &error, int failures, int maxFailures)
{
    return tr("No news of job %1 (%2); trying again (%3 of %4).")
        .arg(jobId, ErrorText::describe(error))
        .arg(failures)
        .arg(maxFailures);
}

void JobShowCommand::onEnded(const Job &job)
{
    if (isFinished())
        return;
    printDetails(job);
    if (job.status == JobStatus::Succeeded) {
        finish(ExitCode::Ok);
    } else {
        const QString why = job.error ? job.error->message : tr("no reason given");
        fail(ExitCode::Error, tr("The job failed: %1").arg(why));
    }
}

void JobShowCommand::printDetails(const Job &job)
{
    if (json()) {
        printJson(JsonView::job(job));
        return;
    }
    const Clock *clock = ctx().clock();
    auto when = [clock](const QDateTime &t) {
        return t.isValid() ? tr("%1 (%2)").arg(Display::timestamp(t), Display::relative(t, clock)) : Display::dash();
    };
    QString text;
    auto row = [&text](const QString &label, const QString &value) {
        text += label.leftJustified(14) + value + QLatin1Char('\n');
    };
    row(tr("Job"), job.id);
    row(tr("Type"), job.typeRaw);
    row(tr("Status"), Display::jobState(job));
    row(tr("Phase"), job.phase.isEmpty() ? Display::dash() : job.phase);
    row(tr("Site"), job.siteId);
    row(tr("Environment"), job.environment);
    row(tr("Snapshot"), job.snapshotId);
    row(tr("Restores"), job.type == JobType::Restore ? Display::selectors(job.selectors) : Display::dash());
    row(tr("Created"), when(job.createdAt));
    row(tr("Started"), when(job.startedAt));
    row(tr("Finished"), when(job.finishedAt));
    if (job.error)
        row(tr("Error"), tr("%1 (%2)").arg(job.error->message, job.error->code));
    term().out(text);
}

QString JobShowCommand::notFoundText() const
{
    return tr("There is no job %1 that this key can see; the platform keeps jobs for 7 days.").arg(m_jobId);
}

QString JobShowCommand::notFoundHint() const
{
    return tr("List recent jobs with 'mf job list'.");
}
