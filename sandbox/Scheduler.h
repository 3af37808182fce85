#pragma once

#include <QObject>
#include <QTimer>

class JobRunner;
class SandboxClock;
class Store;

// Runs scheduled backups on each environment's cadence (by the sandbox clock, so
// --clock-speed makes a day pass in minutes) and applies retention: snapshots past
// retention_days, or beyond max_snapshots scheduled ones, become `expired` and lose their archive.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    Scheduler(Store *store, JobRunner *jobs, const SandboxClock *clock, QObject *parent = nullptr);
    void start();
    void tick();

private:
    static constexpr int kMaxScheduledInFlight = 4; // a large fleet is backed up in waves

    Store *m_store;
    JobRunner *m_jobs;
    const SandboxClock *m_clock;
    QTimer m_timer;
};
