#include "ActionsTestSupport.h"

#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

namespace ActionsTestSupport {

bool startQuietSandbox(SandboxProcess &sandbox, int jobDelayMs)
{
    SandboxProcess::Options o;
    o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"), QString::number(jobDelayMs)};
    return sandbox.start(o);
}

std::unique_ptr<ApiClient> clientFor(const SandboxProcess &sandbox)
{
    auto api = std::make_unique<ApiClient>(sandbox.apiUrl());
    api->setApiKey(sandbox.apiKey());
    return api;
}

JobTracker::Intervals fastIntervals()
{
    JobTracker::Intervals i;
    i.runningMs = 100;
    i.queuedMs = 100;
    i.errorMs = 200;
    return i;
}

QString uniqueLabel(const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonValue await(ApiReply *reply, QString *error, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        if (!spy.wait(timeoutMs)) {
            if (error)
                *error = QStringLiteral("timeout");
            return {};
        }
    }
    if (!reply->ok()) {
        if (error)
            *error = reply->error().code + u' ' + reply->error().message;
        return {};
    }
    return reply->json();
}

Site site(ApiClient &api, const QString &siteRef)
{
    const Result<Site> s = ApiParser::site(await(api.site(siteRef)));
    return s ? s.value() : Site();
}

QList<Snapshot> snapshots(ApiClient &api, const QString &siteRef, const QString &environment)
{
    ApiClient::SnapshotFilter filter;
    filter.environment = environment;
    const QJsonValue v = await(api.listSnapshots(siteRef, filter));
    QList<Snapshot> out;
    for (const QJsonValue &item : v.toArray()) {
        const Result<Snapshot> s = ApiParser::snapshot(item);
        if (s)
            out.append(s.value());
    }
    return out;
}

Snapshot snapshot(ApiClient &api, const QString &siteRef, const QString &snapshotId)
{
    const Result<Snapshot> s = ApiParser::snapshot(await(api.snapshot(siteRef, snapshotId)));
    return s ? s.value() : Snapshot();
}

QList<Job> jobs(ApiClient &api, const QString &siteRef)
{
    const QJsonValue v = await(api.listJobs({}, siteRef));
    QList<Job> out;
    for (const QJsonValue &item : v.toArray()) {
        const Result<Job> j = ApiParser::job(item);
        if (j)
            out.append(j.value());
    }
    return out;
}

Job job(ApiClient &api, const QString &jobId)
{
    const Result<Job> j = ApiParser::job(await(api.job(jobId)));
    return j ? j.value() : Job();
}

bool jobEnded(ApiClient &api, const QString &jobId)
{
    return job(api, jobId).isFinished();
}

Snapshot takeReadySnapshot(ApiClient &api, const QString &siteRef, const QString &environment, const QString &label)
{
    const Result<Accepted> a = ApiParser::accepted(
        await(api.createBackup(siteRef, environment, label, ApiClient::newIdempotencyKey())));
    if (!a || !a->snapshot)
        return {};
    const QString id = a->snapshot->id;
    for (int i = 0; i < 600; ++i) {
        const Snapshot s = snapshot(api, siteRef, id);
        if ((s.status == SnapshotStatus::Ready || s.status == SnapshotStatus::Failed) && jobEnded(api, a->job.id))
            return s;
        QTest::qWait(100);
    }
    return {};
}

QByteArray databaseDigest(const QString &dbPath, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const QString &table : std::as_const(tables)) {
        hash.addData(QByteArray(table.toUtf8() + '\n'));
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(st, c));
                hash.addData(QByteArray(QByteArray(bytes, sqlite3_column_bytes(st, c)) + '\x1f'));
            }
            hash.addData("\n");
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return hash.result().toHex();
}

QByteArray filesDigest(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray sum = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        lines << QDir(dir).relativeFilePath(path) + u' ' + QString::fromLatin1(sum) + u' '
                + QString::number(int(QFileInfo(path).permissions()), 16);
    }
    lines.sort();
    return QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool changeDatabase(const QString &dbPath, const QString &marker, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const QByteArray sql = "CREATE TABLE IF NOT EXISTS test_marker(value TEXT); INSERT INTO test_marker VALUES('"
        + marker.toUtf8() + "');";
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

bool changeFiles(const QString &dir, const QString &marker)
{
    QFile added(dir + QStringLiteral("/added-by-test-") + marker + QStringLiteral(".txt"));
    if (!added.open(QIODevice::WriteOnly) || added.write(marker.toUtf8()) < 0)
        return false;
    added.close();
    // Edit the first regular file found as well: a restore must put changed files back too.
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == added.fileName())
            continue;
        QFile f(path);
        if (!f.open(QIODevice::Append))
            return false;
        f.write("\nedited by test " + marker.toUtf8());
        return true;
    }
    return true;
}

} // namespace ActionsTestSupport
