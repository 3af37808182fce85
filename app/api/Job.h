#pragma once

#include "Snapshot.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class JobType { Capture, Restore, Unknown };
enum class JobStatus { Queued, Running, Succeeded, Failed, Unknown };

struct Job
{
    QString id;
    JobType type = JobType::Unknown;
    QString typeRaw;
    JobStatus status = JobStatus::Unknown;
    QString statusRaw;
    int progress = 0;
    QString phase;
    QString siteId;
    QString environment;
    QString snapshotId;
    QStringList selectors;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<JobError> error;

    bool isFinished() const { return status == JobStatus::Succeeded || status == JobStatus::Failed; }
};

// 202 answer of a capture or a restore.
struct Accepted
{
    Job job;
    std::optional<Snapshot> snapshot; // capture only
};

Q_DECLARE_METATYPE(Job)
