#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

enum class SnapshotKind { Manual, Scheduled, Unknown };
enum class SnapshotStatus { Pending, Capturing, Ready, Failed, Expired, Unknown };

struct SnapshotComponent
{
    qint64 sizeBytes = 0;
    QString sha256;
    qint64 fileCount = -1; // files only; -1 when not sent
};

struct JobError
{
    QString code;
    QString message;
};

struct SnapshotSummary
{
    QString id;
    SnapshotKind kind = SnapshotKind::Unknown;
    QString kindRaw;
    QDateTime createdAt;
};

struct Snapshot
{
    QString id;
    QString siteId;
    QString environment;
    SnapshotKind kind = SnapshotKind::Unknown;
    QString kindRaw;                // as sent, shown when kind is Unknown
    SnapshotStatus status = SnapshotStatus::Unknown;
    QString statusRaw;
    QString label;                  // empty when null
    QDateTime createdAt;
    QDateTime completedAt;          // invalid when null
    QDateTime expiresAt;            // invalid = kept until deleted by the platform
    qint64 sizeBytes = 0;
    std::optional<SnapshotComponent> db;
    std::optional<SnapshotComponent> files;
    QString createdBy;              // empty for scheduled
    QString jobId;
    std::optional<JobError> error;

    bool isReady() const { return status == SnapshotStatus::Ready; }
};

Q_DECLARE_METATYPE(Snapshot)
