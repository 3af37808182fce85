#pragma once

#include "Store.h"

#include <QString>
#include <QStringList>

class JobRunner;
class SandboxClock;

// Fills an empty data dir: `demo` (a small agency with a dozen sites, a month of real
// backups), `wordpress` (one WordPress-like site with 30 nightly backups to look inside),
// `fleet:N` (N sites with metadata-only history for scale), `big:SIZE_MB` (one
// snapshot with an archive of about SIZE_MB incompressible bytes). Specs combine with commas.
// Content is documented in docs/sandbox.md; names are fixed, ids are not.
class Seeder
{
public:
    Seeder(Store *store, JobRunner *jobs, const SandboxClock *clock);
    static bool validateSpec(const QString &spec, QString *error);
    // Returns the API key created for the seed's organization (empty if already seeded).
    bool seed(const QString &spec, QString *key, QString *error);
    // --catch-up: takes a scheduled backup now of every schedule that is behind (see
    // Store::schedulesBehind), before the sandbox serves, so a client's first look is current.
    bool catchUp(int *taken, QString *error);

private:
    bool ensureOrganization(QString *error);
    bool seedDemo(QString *error);
    bool seedWordPress(QString *error);
    bool seedFleet(int count, QString *error);
    bool seedBig(int sizeMb, QString *error);
    bool addSite(const QString &slug, const QString &name, const QString &plan, const QString &region,
                 const QStringList &envs, SiteInfo *site, QString *error);
    bool addHistory(const SiteInfo &site, const QString &env, int days, QString *error);
    static SnapInfo newSnapshot(const SiteInfo &site, const QString &env, const QString &kind, const QDateTime &at);
    // A ready scheduled snapshot of the environment as it is now, stamped `at`.
    bool takeScheduled(const SiteInfo &site, const QString &env, const QDateTime &at, QString *error, int gzipLevel = 6);
    bool addManual(const SiteInfo &site, const QString &env, const QString &label, int daysAgo, bool fail, QString *error);

    Store *m_store;
    JobRunner *m_jobs;
    const SandboxClock *m_clock;
    QString m_orgId, m_email;
};
