#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class Cadence { Hourly, Daily, Weekly, None, Unknown };

struct EnvironmentPolicy
{
    QString environment;
    Cadence cadence = Cadence::Unknown;
    QString cadenceRaw;
    QDateTime nextRunAt;                // invalid when null
    int retentionDays = 0;
    std::optional<int> maxSnapshots;    // nullopt = no count limit

    // Seconds between scheduled runs; 0 for none/unknown.
    qint64 cadenceSeconds() const;
};

struct BackupPolicy
{
    QString siteId;
    QString plan;
    QList<EnvironmentPolicy> environments;

    const EnvironmentPolicy *forEnvironment(const QString &name) const;
};
