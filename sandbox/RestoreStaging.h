#pragma once

#include <QString>
#include <QStringList>

class QDateTime;
class Store;

// The on-disk protocol of a restore, which is also its crash record. Everything is extracted
// and verified in <env>.restore-<job>/ beside the environment; a `ready` file there (holding
// the selectors) says verification passed. The files swap in with renameat2(RENAME_EXCHANGE),
// the incoming tree carrying a mark; the database swaps in with rename(2). The marks and the
// staging folder stay until the job's end is recorded in the Store, so after a crash at any
// point the disk alone says what happened:
//   files mark live + database still staged  -> half applied: the old files go back (failed);
//   files mark live, database not staged      -> applied (succeeded);
//   ready, db selected, database not staged   -> applied (database only; succeeded);
//   anything else                             -> nothing changed (failed).
class RestoreStaging
{
public:
    enum class State { NothingChanged, HalfApplied, Applied };

    RestoreStaging(const QString &envDir, const QString &jobId);
    QString path() const { return m_staging; }
    QString stagedFiles() const;
    QString stagedDatabase() const;
    QString liveFiles() const;

    // Before the swaps, after verification: marks the incoming files and writes `ready`.
    bool markReady(const QStringList &selectors, QString *error) const;
    // Exchanges the staged and the live files in one step (renameat2 RENAME_EXCHANGE): the
    // environment's files are all old or all new, never a mix, even if the process dies here.
    bool swapFiles() const;
    State state() const;
    // Once the job's end is recorded: removes the mark from the live files and the staging.
    void remove() const;

    // At start, before serving (the caller holds the data dir's lock): settles every restore
    // a crash left behind, on disk and in the Store (a job still queued/running ends as what
    // happened on disk). Returns how many were settled.
    static int recoverAll(Store *store, const QDateTime &now);

private:
    static void settle(Store *store, const QString &staging, const QDateTime &now);

    QString m_envDir;
    QString m_staging;
};
