#pragma once

#include "Command.h"
#include "api/Job.h"

class JobTracker;

// mf job show ID, and mf job watch ID (follows it to its end; exit 0 only if it succeeded).
class JobShowCommand : public Command
{
    Q_OBJECT
public:
    enum class Mode { Show, Watch };

    JobShowCommand(CommandContext *context, QObject *parent = nullptr);
    JobShowCommand(CommandContext *context, Mode mode, QObject *parent = nullptr);

    QString syntax() const override { return tr("JOB_ID"); }
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

    // Shared with other commands that wait for a job: "Capturing production 42% Archiving files".
    static QString progressLine(const Job &job);
    // "No news of job …; trying again (2 of 8)": said while the follower retries a failed poll.
    static QString noNewsLine(const QString &jobId, const ApiError &error, int failures, int maxFailures);

private:
    QString notFoundText() const override;
    QString notFoundHint() const override;
    void onUpdated(const Job &job);
    void onEnded(const Job &job);
    void onPollFailed(const ApiError &error, int failures);
    void printDetails(const Job &job);

    Mode m_mode;
    QString m_jobId;
    JobTracker *m_jobs = nullptr; // the account's follower (JobTracker::of)
};
