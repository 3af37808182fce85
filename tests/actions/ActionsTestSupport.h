#pragma once

#include "api/Job.h"
#include "api/Site.h"
#include "api/Snapshot.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "jobs/JobTracker.h"

#include <memory>

class ApiClient;
class ApiReply;
class SandboxProcess;

// Helpers for the tests of the snapshot actions: blocking API calls (fine in tests, never in
// app/ or ui/) and digests of an environment's live data on the sandbox's disk, so a test can
// tell exactly which components a restore changed.
namespace ActionsTestSupport {

// Starts the sandbox as most action tests want it: no schedule (nothing runs unasked on the
// test's environments) and every job phase slowed by jobDelayMs, so progress can be watched.
bool startQuietSandbox(SandboxProcess &sandbox, int jobDelayMs);
// A client with the sandbox's key.
std::unique_ptr<ApiClient> clientFor(const SandboxProcess &sandbox);
// Poll intervals short enough for tests.
JobTracker::Intervals fastIntervals();
// A snapshot label no earlier run used, to find "our" snapshot among the seed's.
QString uniqueLabel(const QString &prefix = QStringLiteral("ui"));

// Waits for reply to finish; returns its json (Null on error, with *error filled).
QJsonValue await(ApiReply *reply, QString *error = nullptr, int timeoutMs = 60000);

Site site(ApiClient &api, const QString &siteRef);
QList<Snapshot> snapshots(ApiClient &api, const QString &siteRef, const QString &environment = {});
Snapshot snapshot(ApiClient &api, const QString &siteRef, const QString &snapshotId);
QList<Job> jobs(ApiClient &api, const QString &siteRef = {});
Job job(ApiClient &api, const QString &jobId);
// The environment is free again only once the job has ended (its snapshot may be ready a moment
// before): wait for this, not for the snapshot, before starting other work there.
bool jobEnded(ApiClient &api, const QString &jobId);
// Takes a snapshot and waits until it is ready (or failed); returns it.
Snapshot takeReadySnapshot(ApiClient &api, const QString &siteRef, const QString &environment,
                           const QString &label);

// Content digest of an SQLite database: every table's name and rows, in a stable order. Bytes
// of the file may differ between equal databases (page layout), the content may not.
QByteArray databaseDigest(const QString &dbPath, QString *error = nullptr);
// Digest of a file tree: relative paths, content SHA-256 and permissions, sorted.
QByteArray filesDigest(const QString &dir);
// Changes the database (a new table with a row) / the files (one edited, one added), as use would.
bool changeDatabase(const QString &dbPath, const QString &marker, QString *error = nullptr);
bool changeFiles(const QString &dir, const QString &marker);

} // namespace ActionsTestSupport
