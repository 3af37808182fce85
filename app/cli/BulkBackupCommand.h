#pragma once

#include "Command.h"
#include "jobs/BulkSnapshotRunner.h"

#include <QList>
#include <QPointer>
#include <QStringList>

class BulkRunJournal;
class QTimer;
class SiteListing;

// mf backup create --all-sites [--env NAME] [--site SLUG …] [--sites-from FILE] [--label TEXT]
//                  [--concurrency N] --wait [--json]
// One snapshot of every chosen environment, paced by the rate limit (BulkSnapshotRunner), kept on
// disk as it goes so that the same command started again continues an interrupted run. Made by
// BackupCreateCommand when the arguments ask for more than one environment.
class BulkBackupCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~BulkBackupCommand() override;

    // The options BackupCreateCommand adds for the bulk form (--site, --env and --label are its own).
    static void addBulkOptions(QCommandLineParser &parser);
    static bool wantsBulk(const QCommandLineParser &parser);

    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    QString readSitesFile(const QString &path);
    void onSitesListed();
    QString journalOwner();
    void run(const QList<BulkSnapshotRunner::Target> &targets);
    void showProgress();
    void onFinished();
    void printTable();
    void printJsonReport();

    QStringList m_sites;      // --site and --sites-from, in order; empty = all
    QString m_env;
    QString m_label;
    int m_concurrency = 0;
    QPointer<SiteListing> m_listing;
    BulkSnapshotRunner *m_runner = nullptr;
    BulkRunJournal *m_journal = nullptr;
    QTimer *m_ticker = nullptr;
    bool m_unauthorized = false;
    bool m_stopping = false;
};
