#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

class Clock;
class JobTracker;

// Capture and restore jobs followed by JobTracker — those started here and those found again
// after a restart — newest first: type, site and environment names, phase, progress, status,
// started, duration. Raw values in roles; the progress column is painted by ProgressDelegate.
// Updates are coalesced into one dataChanged per interval spanning the changed rows, and the
// running jobs' durations tick once a second the same way.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, SiteColumn, EnvironmentColumn, PhaseColumn, ProgressColumn, StatusColumn,
                  StartedColumn, DurationColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        TypeRole,          // JobType as int
        StatusRole,        // JobStatus as int
        ProgressRole,      // 0–100
        SiteIdRole,
        EnvironmentRole,
        StartedRole,       // QDateTime (UTC), invalid while queued
        DurationRole,      // seconds, -1 while queued
        FinishedRole,      // bool; also true for a job the tracker lost (no longer followed)
        ErrorRole,         // the job's error message, empty when none
    };

    explicit JobsModel(JobTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSiteName(const QString &siteId, const QString &name);
    void setClock(const Clock *clock);   // for durations; default Clock::system()
    void setUpdateInterval(int ms);      // default 200
    // Forgets the finished jobs (the tracker keeps following nothing for them anyway).
    void clearFinished();

    Job jobAt(int row) const;
    int rowOf(const QString &jobId) const;

private:
    void upsert(const Job &job);
    void onLost(const QString &jobId, const ApiError &error);
    void flush();
    void tick();

    QPointer<JobTracker> m_tracker;
    const Clock *m_clock;
    QList<Job> m_jobs;               // newest first
    QHash<QString, QString> m_siteNames;
    QHash<QString, QString> m_lost;  // job id → why we stopped hearing about it
    QSet<QString> m_dirty;
    QTimer m_flush;
    QTimer m_ticker;
};
