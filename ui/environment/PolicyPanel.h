#pragma once

#include "api/BackupPolicy.h"

#include <QWidget>

#include <optional>

class Clock;
class QLabel;

// The environment's scheduled-backup policy, as the plan sets it (read-only): cadence, next
// run, retention window and how many scheduled snapshots are kept.
class PolicyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyPanel(const Clock *clock, QWidget *parent = nullptr);

    void setPolicy(const std::optional<EnvironmentPolicy> &policy, const QString &plan);
    void setLoading();
    void setError(const QString &message);
    void refreshTimes();

private:
    const Clock *m_clock;
    std::optional<EnvironmentPolicy> m_policy;
    QString m_plan;
    QLabel *m_cadence;
    QLabel *m_nextRun;
    QLabel *m_retention;
    QLabel *m_kept;
    QLabel *m_planLabel;
};
