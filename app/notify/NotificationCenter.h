#pragma once

#include "Announcement.h"
#include "HealthTransitions.h"
#include "NotificationSettings.h"

#include "api/Job.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class Clock;
class JobTracker;
class Notifier;
class QTimer;

// Decides what one account's user is told, and when: only when something changes state, never
// twice for the same state, grouped, plus an optional daily digest.
//
// - Fleet health: successive readings (observeHealth, after each complete listing) go through
//   HealthTransitions: an environment falling behind is announced once; states seen for the
//   first time are recorded silently (see HealthTransitions for why).
// - Jobs: a snapshot that failed and a restore that ended (watchJobs: the account's JobTracker),
//   each job once, even though the tracker repeats an end for late subscribers and after a
//   restart.
// - Everything that arrives within coalesceMs makes one notification per kind.
// - The digest: once a day, at the first check at or after the chosen hour (local time) — a
//   machine that was asleep at nine gets it when it wakes.
// The last states, the jobs already told and the last digest's day are persisted per account
// (Settings::notificationStateGroup), so a restart does not announce anything again. They are
// recorded even while notifications are off, so turning them on does not replay the past.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    // notifier is not owned; clock null: the system clock.
    NotificationCenter(const QString &accountId, Notifier *notifier, const Clock *clock = nullptr,
                       QObject *parent = nullptr);
    ~NotificationCenter() override;

    QString accountId() const { return m_accountId; }
    const NotificationSettings &settings() const { return m_settings; }
    // Applies and stores the account's choices.
    void setSettings(const NotificationSettings &settings);
    void setCoalesceMs(int ms);

    void watchJobs(JobTracker *tracker);
    // A reading of the whole fleet (complete) or of part of it.
    void observeHealth(const QList<EnvironmentHealth> &reading, bool complete = true);
    void jobFinished(const Job &job);
    // Whether this job's end is announced by the center (by the account's choices), so other
    // parts of the app need not tell it again.
    bool tells(const Job &job) const;
    // Sends what is waiting now instead of after the coalescing delay.
    void flush();
    // Sends the digest if it is due (also checked every minute and after each reading).
    void checkDigest();

Q_SIGNALS:
    // Given to the notifier (also for the status bar and tests).
    void announced(const Announcement &announcement);
    // The user picked an action of one of this center's notifications.
    void actionRequested(const QString &action, const QString &siteId, const QString &environment);

private:
    void load();
    void saveStates() const;
    void saveJobs() const;
    void send(const Announcement &announcement);
    void schedule();
    int failuresInLastDay() const;

    QString m_accountId;
    QPointer<Notifier> m_notifier;
    const Clock *m_clock;
    NotificationSettings m_settings;
    QTimer *m_coalesce;
    QTimer *m_digestTimer;
    QPointer<JobTracker> m_tracker;

    QHash<QString, Freshness> m_known; // environment key → last state
    struct ToldJob
    {
        QString kind; // "capture-failed", "restore"
        QDateTime finishedAt;
    };
    QHash<QString, ToldJob> m_toldJobs; // job id → what it was, pruned after the job retention
    QDate m_lastDigest;

    bool m_haveReading = false;
    HealthCounts m_counts;
    QList<HealthTransitions::Change> m_behind; // the latest reading's late/stale/never, for the digest
    QHash<QString, QString> m_siteNames; // site id → slug

    QList<HealthTransitions::Change> m_pendingHealth;
    QList<Job> m_pendingFailures;
    QList<Job> m_pendingRestores;
    QSet<QString> m_sentIds; // announcements of this center, whose actions it answers
};
