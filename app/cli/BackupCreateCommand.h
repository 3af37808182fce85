#pragma once

#include "Command.h"
#include "api/Job.h"

class BulkBackupCommand;
class JobStart;
class JobTracker;

// mf backup create --site SITE --env ENV [--label LABEL] [--wait]
// mf backup create --all-sites … --wait: many environments, by BulkBackupCommand
class BackupCreateCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    QString notFoundText() const override;
    QString notFoundHint() const override;
    void onAccepted(const Accepted &accepted);
    void onJobEnded(const Job &job);
    void onSnapshot(ApiReply *reply, const Job &job);

    QString m_site;
    QString m_env;
    QString m_label;
    bool m_wait = false;
    Accepted m_accepted;
    JobStart *m_start = nullptr;
    JobTracker *m_jobs = nullptr; // while waiting: the account's follower
    BulkBackupCommand *m_bulk = nullptr; // the bulk form
};
