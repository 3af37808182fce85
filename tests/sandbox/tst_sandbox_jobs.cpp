// Captures and restores on real data: archives checked with the test's own libarchive reading
// and SEMANTICS.md's checksum rule; restores checked on the environment's files and database.
#include "SandboxApi.h"
#include "SandboxProcess.h"
#include "TestArchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {
bool execSql(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK
        && sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

int countRows(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    sqlite3_stmt *st = nullptr;
    int n = -1;
    if (sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK && sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
}

class TestSandboxJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void captureDownloadMatchesComponents();
    void dbOnlyRestoreLeavesFiles();
    void filesOnlyRestoreLeavesDatabase();
    void restoreIntoAnotherEnvironment();
    void bothComponentsOrNeither();
    void idempotentReplayAndReuse();
    void postValidation();
    void notReadyAndBusy();
    void injectedFaultsNeverDuplicate();
    void failedJobsReport();
    void scheduleAndRetentionRunOnTheClock();
    void catchUpTakesSchedulesThatAreBehind();
    void restoreCutOffMidSwapIsUndoneAtStart();

    void responsesMatchOpenApi(); // last: every reply recorded above, against openapi.yaml
private:
    QString capture(const QString &site, const QString &env, const QString &label);
    QString restore(const QString &site, const QString &snap, const QByteArray &body);
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QTemporaryDir m_tmp;
};

void TestSandboxJobs::initTestCase()
{
    SandboxApi::clearRecorded();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
}

QString TestSandboxJobs::capture(const QString &site, const QString &env, const QString &label)
{
    const ApiReply r = m_api->post(QStringLiteral("/sites/%1/backups").arg(site),
                                   QJsonDocument(QJsonObject{{QStringLiteral("environment"), env}, {QStringLiteral("label"), label}}).toJson(),
                                   QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("createBackup"));
    if (r.status != 202) {
        qWarning() << "capture answered" << r.status << r.body;
        return {};
    }
    if (r.header("Location") != "/v1/jobs/" + r.json()[QLatin1String("job")][QLatin1String("id")].toString().toLatin1())
        return {};
    if (r.json()[QLatin1String("snapshot")][QLatin1String("status")].toString() != QLatin1String("pending"))
        return {};
    const QJsonObject job = m_api->waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
    if (job[QLatin1String("status")].toString() != QLatin1String("succeeded"))
        qWarning() << "capture job ended" << job;
    return job[QLatin1String("status")].toString() == QLatin1String("succeeded") ? job[QLatin1String("snapshot_id")].toString() : QString();
}

QString TestSandboxJobs::restore(const QString &site, const QString &snap, const QByteArray &body)
{
    const ApiReply r = m_api->post(QStringLiteral("/sites/%1/snapshots/%2/restore").arg(site, snap), body,
                                   QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("restoreSnapshot"));
    if (r.status != 202)
        return QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
    return m_api->waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString())[QLatin1String("status")].toString();
}

void TestSandboxJobs::captureDownloadMatchesComponents()
{
    const QString snap = capture(QStringLiteral("acme-store"), QStringLiteral("staging"), QStringLiteral("checksum check"));
    QVERIFY(!snap.isEmpty());
    const QJsonObject s = m_api->get(QStringLiteral("/sites/acme-store/snapshots/") + snap, QStringLiteral("getSnapshot")).json();
    QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("ready"));
    const ApiReply dl = m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download").arg(snap), QStringLiteral("downloadSnapshot"));
    QCOMPARE(dl.status, 200);
    QCOMPARE(dl.header("X-Checksum-SHA256"), TestArchive::sha256Hex(dl.body));
    QCOMPARE(dl.body.size(), s[QLatin1String("size_bytes")].toInteger());
    QCOMPARE(dl.header("Content-Disposition"), "attachment; filename=\"acme-store-staging-" + snap.toLatin1() + ".tar.gz\"");
    const QString archive = m_tmp.filePath(snap + QStringLiteral(".tar.gz"));
    QVERIFY(writeFile(archive, dl.body));
    QCOMPARE(TestArchive::entries(archive).value(0), QStringLiteral("manifest.json"));
    const QString out = m_tmp.filePath(snap);
    QString error;
    QVERIFY2(TestArchive::extract(archive, out, &error), qPrintable(error));
    const QJsonObject components = s[QLatin1String("components")].toObject();
    QCOMPARE(TestArchive::componentSha256(out + QStringLiteral("/db")), components[QLatin1String("db")][QLatin1String("sha256")].toString().toLatin1());
    QCOMPARE(TestArchive::componentSha256(out + QStringLiteral("/files")), components[QLatin1String("files")][QLatin1String("sha256")].toString().toLatin1());
    QCOMPARE(TestArchive::tree(out + QStringLiteral("/files")).size(), components[QLatin1String("files")][QLatin1String("file_count")].toInt());
    // The files are the environment's, modes kept.
    QCOMPARE(TestArchive::tree(out + QStringLiteral("/files")), TestArchive::tree(m_sandbox.environmentFilesPath(QStringLiteral("acme-store"), QStringLiteral("staging"))));
    QFile manifest(out + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m[QLatin1String("format")].toInt(), 1);
    QCOMPARE(m[QLatin1String("snapshot_id")].toString(), snap);
    QCOMPARE(m[QLatin1String("components")][QLatin1String("files")][QLatin1String("sha256")], components[QLatin1String("files")][QLatin1String("sha256")]);
    // Selector archives hold only their component and are deterministic.
    const ApiReply dbOnly = m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download?selectors=db").arg(snap));
    QCOMPARE(dbOnly.status, 200);
    const QString dbArchive = m_tmp.filePath(snap + QStringLiteral("-db.tar.gz"));
    QVERIFY(writeFile(dbArchive, dbOnly.body));
    for (const QString &e : TestArchive::entries(dbArchive))
        QVERIFY2(e == QLatin1String("manifest.json") || e.startsWith(QLatin1String("db/")), qPrintable(e));
    QCOMPARE(m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download?selectors=db").arg(snap)).body, dbOnly.body);
    QCOMPARE(m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download?selectors=db,files").arg(snap)).body, dl.body);
    QCOMPARE(m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download?selectors=everything").arg(snap), QStringLiteral("downloadSnapshot")).status, 400);
}

void TestSandboxJobs::dbOnlyRestoreLeavesFiles()
{
    const QString site = QStringLiteral("city-dental"), env = QStringLiteral("staging");
    const QString db = m_sandbox.environmentDatabasePath(site, env), files = m_sandbox.environmentFilesPath(site, env);
    const QString snap = capture(site, env, QStringLiteral("db restore"));
    QVERIFY(!snap.isEmpty());
    const int posts = countRows(db, "SELECT count(*) FROM posts");
    QVERIFY(execSql(db, "INSERT INTO posts(title) VALUES ('after the snapshot')"));
    QVERIFY(writeFile(files + QStringLiteral("/new-after-snapshot.txt"), "kept by a db-only restore\n"));
    const auto filesBefore = TestArchive::tree(files);
    QCOMPARE(restore(site, snap, R"({"selectors":["db"]})"), QStringLiteral("succeeded"));
    QCOMPARE(countRows(db, "SELECT count(*) FROM posts"), posts);
    QCOMPARE(TestArchive::tree(files), filesBefore);
}

void TestSandboxJobs::filesOnlyRestoreLeavesDatabase()
{
    const QString site = QStringLiteral("hooli-docs"), env = QStringLiteral("staging");
    const QString db = m_sandbox.environmentDatabasePath(site, env), files = m_sandbox.environmentFilesPath(site, env);
    const QString snap = capture(site, env, QStringLiteral("files restore"));
    QVERIFY(!snap.isEmpty());
    const auto filesAtSnapshot = TestArchive::tree(files);
    QVERIFY(execSql(db, "INSERT INTO posts(title) VALUES ('kept by a files-only restore')"));
    const QByteArray dbBefore = TestArchive::fileSha256Hex(db);
    QVERIFY(writeFile(files + QStringLiteral("/added-later.txt"), "removed by the restore\n"));
    QVERIFY(writeFile(files + QStringLiteral("/index.php"), "changed\n"));
    QVERIFY(::chmod(QFile::encodeName(files + QStringLiteral("/bin/cron.sh")).constData(), 0600) == 0);
    QVERIFY(QFile::remove(files + QStringLiteral("/config.php")));
    QCOMPARE(restore(site, snap, R"({"selectors":["files"]})"), QStringLiteral("succeeded"));
    QCOMPARE(TestArchive::tree(files), filesAtSnapshot); // contents and modes exactly the snapshot's
    QVERIFY(!QFile::exists(files + QStringLiteral("/added-later.txt")));
    QCOMPARE(TestArchive::fileSha256Hex(db), dbBefore);
}

void TestSandboxJobs::restoreIntoAnotherEnvironment()
{
    const QString site = QStringLiteral("pied-piper");
    const QString snap = capture(site, QStringLiteral("production"), QStringLiteral("copy to staging"));
    QVERIFY(!snap.isEmpty());
    const QString stagingDb = m_sandbox.environmentDatabasePath(site, QStringLiteral("staging"));
    QVERIFY(execSql(stagingDb, "DELETE FROM posts"));
    QCOMPARE(restore(site, snap, R"({"selectors":["db","files"],"environment":"staging"})"), QStringLiteral("succeeded"));
    // The restored database is the snapshot's copy: its db component checksum must match.
    const QJsonObject s = m_api->get(QStringLiteral("/sites/%1/snapshots/%2").arg(site, snap)).json();
    QTemporaryDir check;
    QVERIFY(QFile::copy(stagingDb, check.filePath(QStringLiteral("app.db"))));
    QCOMPARE(TestArchive::componentSha256(check.path()), s[QLatin1String("components")][QLatin1String("db")][QLatin1String("sha256")].toString().toLatin1());
    QCOMPARE(countRows(stagingDb, "SELECT count(*) FROM posts"),
             countRows(m_sandbox.environmentDatabasePath(site, QStringLiteral("production")), "SELECT count(*) FROM posts"));
    QCOMPARE(TestArchive::tree(m_sandbox.environmentFilesPath(site, QStringLiteral("staging"))),
             TestArchive::tree(m_sandbox.environmentFilesPath(site, QStringLiteral("production"))));
    const ApiReply r = m_api->post(QStringLiteral("/sites/%1/snapshots/%2/restore").arg(site, snap), R"({"selectors":["db"],"environment":"nope"})",
                                   QStringLiteral("restore-into-nope"), QStringLiteral("restoreSnapshot"));
    QCOMPARE(r.status, 404);
}

void TestSandboxJobs::bothComponentsOrNeither()
{
    // A database that cannot be swapped in (here: a directory where the file should be) fails
    // the restore after the files were swapped: they must go back as they were.
    const QString site = QStringLiteral("umbrella-labs"), env = QStringLiteral("staging");
    const QString db = m_sandbox.environmentDatabasePath(site, env), files = m_sandbox.environmentFilesPath(site, env);
    const QString snap = capture(site, env, QStringLiteral("all or nothing"));
    QVERIFY(!snap.isEmpty());
    QVERIFY(writeFile(files + QStringLiteral("/written-after-the-snapshot.txt"), "stays: the restore fails\n"));
    const auto filesBefore = TestArchive::tree(files);
    QVERIFY(QFile::rename(db, db + QStringLiteral(".aside")));
    QVERIFY(QDir().mkdir(db));
    const auto putBack = qScopeGuard([&] {
        QDir(db).removeRecursively();
        QFile::rename(db + QStringLiteral(".aside"), db);
    });
    QCOMPARE(restore(site, snap, R"({"selectors":["db","files"]})"), QStringLiteral("failed"));
    QCOMPARE(TestArchive::tree(files), filesBefore);
}

void TestSandboxJobs::idempotentReplayAndReuse()
{
    const QString path = QStringLiteral("/sites/museum-nord/backups");
    const QByteArray body = R"({"environment":"staging","label":"once"})";
    const ApiReply first = m_api->post(path, body, QStringLiteral("idem-replay-0001"), QStringLiteral("createBackup"));
    QCOMPARE(first.status, 202);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const ApiReply again = m_api->post(path, R"({"label":"once", "environment":"staging"})", QStringLiteral("idem-replay-0001"), QStringLiteral("createBackup"));
    QCOMPARE(again.status, 202);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json()[QLatin1String("job")][QLatin1String("id")], first.json()[QLatin1String("job")][QLatin1String("id")]);
    QCOMPARE(again.header("Location"), first.header("Location"));
    const ApiReply reused = m_api->post(path, R"({"environment":"production"})", QStringLiteral("idem-replay-0001"), QStringLiteral("createBackup"));
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
    m_api->waitForJob(first.json()[QLatin1String("job")][QLatin1String("id")].toString());
    const QJsonArray labelled = m_api->get(QStringLiteral("/sites/museum-nord/snapshots?kind=manual&environment=staging")).json()[QLatin1String("data")].toArray();
    QCOMPARE(labelled.size(), 1);
}

void TestSandboxJobs::postValidation()
{
    const QString path = QStringLiteral("/sites/acme-blog/backups");
    ApiReply r = m_api->post(path, R"({"environment":"staging"})", QString(), QStringLiteral("createBackup"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("missing_idempotency_key"));
    r = m_api->post(path, "{not json", QStringLiteral("validation-0001"), QStringLiteral("createBackup"));
    QCOMPARE(r.status, 400);
    for (const char *body : {R"({})", R"({"environment":"Staging!"})", R"({"environment":5})", R"({"environment":"staging","extra":1})", "[1]"}) {
        r = m_api->post(path, body, QUuid::createUuid().toString(), QStringLiteral("createBackup"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
    }
    r = m_api->post(path, QByteArray(R"({"environment":"staging","label":")") + QByteArray(201, 'x') + "\"}", QUuid::createUuid().toString(), QStringLiteral("createBackup"));
    QCOMPARE(r.status, 422);
    r = m_api->post(path, R"({"environment":"preview-x"})", QUuid::createUuid().toString(), QStringLiteral("createBackup"));
    QCOMPARE(r.status, 404);
    const QString snap = m_api->get(QStringLiteral("/sites/acme-blog/snapshots?status=ready&limit=1")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    for (const char *body : {R"({"selectors":[]})", R"({"selectors":["db","db"]})", R"({"selectors":["logs"]})", R"({"selectors":["db"],"environment":"BAD"})", R"({})"}) {
        r = m_api->post(QStringLiteral("/sites/acme-blog/snapshots/%1/restore").arg(snap), body, QUuid::createUuid().toString(), QStringLiteral("restoreSnapshot"));
        QCOMPARE(r.status, 422);
    }
}

void TestSandboxJobs::notReadyAndBusy()
{
    const QString failed = m_api->get(QStringLiteral("/sites/acme-store/snapshots?status=failed")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    ApiReply r = m_api->post(QStringLiteral("/sites/acme-store/snapshots/%1/restore").arg(failed), R"({"selectors":["db"]})",
                             QUuid::createUuid().toString(), QStringLiteral("restoreSnapshot"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("snapshot_not_ready"));
    QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("details")][QLatin1String("status")].toString(), QStringLiteral("failed"));
    r = m_api->get(QStringLiteral("/sites/acme-store/snapshots/%1/download").arg(failed), QStringLiteral("downloadSnapshot"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("snapshot_not_ready"));

    SandboxProcess slow;
    QVERIFY2(slow.startWith({QStringLiteral("--job-delay-ms"), QStringLiteral("400")}), qPrintable(slow.errorString()));
    SandboxApi api(slow);
    const ApiReply first = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"production"})", QStringLiteral("busy-0001"), QStringLiteral("createBackup"));
    QCOMPARE(first.status, 202);
    const QString jobId = first.json()[QLatin1String("job")][QLatin1String("id")].toString();
    const QString pending = first.json()[QLatin1String("snapshot")][QLatin1String("id")].toString();
    const ApiReply busy = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"production"})", QStringLiteral("busy-0002"), QStringLiteral("createBackup"));
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.errorCode(), QStringLiteral("environment_busy"));
    QCOMPARE(busy.json()[QLatin1String("error")][QLatin1String("details")][QLatin1String("job_id")].toString(), jobId);
    const ApiReply notReady = api.get(QStringLiteral("/sites/acme-store/snapshots/%1/download").arg(pending));
    QCOMPARE(notReady.status, 409);
    QVERIFY(QStringList({QStringLiteral("pending"), QStringLiteral("capturing")})
                .contains(notReady.json()[QLatin1String("error")][QLatin1String("details")][QLatin1String("status")].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/jobs?status=running")).json()[QLatin1String("data")].toArray().size(), 1, 5000);
    const QJsonObject running = api.get(QStringLiteral("/jobs/") + jobId).json();
    QVERIFY(!running[QLatin1String("phase")].toString().isEmpty());
    QCOMPARE(api.waitForJob(jobId)[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
    // The key's first answer was the refusal, and it stays the key's (SEMANTICS.md): acting
    // again takes a new key.
    const ApiReply replayed = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"production"})", QStringLiteral("busy-0002"));
    QCOMPARE(replayed.status, 409);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"production"})", QStringLiteral("busy-0003")).status, 202);
}

void TestSandboxJobs::injectedFaultsNeverDuplicate()
{
    SandboxProcess flaky;
    QVERIFY2(flaky.startWith({QStringLiteral("--fail-rate"), QStringLiteral("0.6"), QStringLiteral("--fail-methods"),
                              QStringLiteral("POST")}),
             qPrintable(flaky.errorString()));
    SandboxApi api(flaky);
    int failures = 0;
    QSet<QString> jobs;
    for (int action = 0; action < 6; ++action) {
        const QString key = QStringLiteral("flaky-action-%1").arg(action);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("environment"), QStringLiteral("staging")},
                                                          {QStringLiteral("label"), key}}).toJson();
        ApiReply r;
        for (int attempt = 0; attempt < 40; ++attempt) {
            r = api.post(QStringLiteral("/sites/initech-intranet/backups"), body, key, QStringLiteral("createBackup"));
            if (r.status == 202 || r.status == 409)
                break;
            QVERIFY2(r.status == 500 || r.status == 503, qPrintable(QString::number(r.status)));
            if (r.status == 503)
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            ++failures;
        }
        if (r.status == 409) { // the previous action's capture still running: wait, retry the same key
            api.waitForJob(r.json()[QLatin1String("error")][QLatin1String("details")][QLatin1String("job_id")].toString());
            --action;
            continue;
        }
        QCOMPARE(r.status, 202);
        jobs.insert(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
        api.waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
    }
    QVERIFY(failures > 0);
    QCOMPARE(jobs.size(), 6);
    const QJsonArray manual = api.get(QStringLiteral("/sites/initech-intranet/snapshots?kind=manual&environment=staging&limit=100")).json()[QLatin1String("data")].toArray();
    QCOMPARE(manual.size(), 6); // one snapshot per action, whatever the injected 5xx
}

void TestSandboxJobs::failedJobsReport()
{
    SandboxProcess failing;
    QVERIFY2(failing.startWith({QStringLiteral("--fail-jobs"), QStringLiteral("1")}),
             qPrintable(failing.errorString()));
    SandboxApi api(failing);
    const QString db = failing.environmentDatabasePath(QStringLiteral("acme-store"), QStringLiteral("production"));
    const QByteArray before = TestArchive::fileSha256Hex(db);
    const QString snap = api.get(QStringLiteral("/sites/acme-store/snapshots?status=ready&limit=1")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    const ApiReply r = api.post(QStringLiteral("/sites/acme-store/snapshots/%1/restore").arg(snap), R"({"selectors":["db","files"]})", QStringLiteral("fail-restore-1"));
    QCOMPARE(r.status, 202);
    const QJsonObject job = api.waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
    QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("failed"));
    QVERIFY(!job[QLatin1String("error")][QLatin1String("message")].toString().isEmpty());
    QCOMPARE(TestArchive::fileSha256Hex(db), before); // a failed restore leaves the environment as it was
    const ApiReply c = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"staging"})", QStringLiteral("fail-capture-1"));
    api.waitForJob(c.json()[QLatin1String("job")][QLatin1String("id")].toString());
    const QJsonObject s = api.get(QStringLiteral("/sites/acme-store/snapshots/") + c.json()[QLatin1String("snapshot")][QLatin1String("id")].toString()).json();
    QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(s[QLatin1String("error")][QLatin1String("code")].toString(), QStringLiteral("capture_failed"));
}

void TestSandboxJobs::scheduleAndRetentionRunOnTheClock()
{
    SandboxProcess fast;
    SandboxProcess::Options o;
    o.extraArgs = {QStringLiteral("--clock-speed"), QStringLiteral("43200")}; // a day every 2 s
    QVERIFY2(fast.start(o), qPrintable(fast.errorString()));
    SandboxApi api(fast);
    const QString list = QStringLiteral("/sites/kiosk-kafe/snapshots?environment=production&kind=scheduled&status=ready");
    const QJsonArray before = api.get(list).json()[QLatin1String("data")].toArray();
    QVERIFY(!before.isEmpty());
    const QString oldest = before.last()[QLatin1String("id")].toString();
    QVERIFY(QFile::exists(fast.dataDir() + QStringLiteral("/archives/") + oldest + QStringLiteral(".tar.gz")));
    // Within a few sandbox days the oldest backup passes its 7 days of retention, and a new
    // daily backup is taken.
    QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/sites/kiosk-kafe/snapshots/") + oldest).json()[QLatin1String("status")].toString(),
                              QStringLiteral("expired"), 20000);
    QVERIFY(!QFile::exists(fast.dataDir() + QStringLiteral("/archives/") + oldest + QStringLiteral(".tar.gz")));
    QTRY_VERIFY_WITH_TIMEOUT(api.get(list).json()[QLatin1String("data")].toArray().first()[QLatin1String("id")].toString()
                                 > before.first()[QLatin1String("id")].toString(), 20000);
    const QJsonObject newest = api.get(list).json()[QLatin1String("data")].toArray().first().toObject();
    QCOMPARE(QDateTime::fromString(newest[QLatin1String("expires_at")].toString(), Qt::ISODate),
             QDateTime::fromString(newest[QLatin1String("created_at")].toString(), Qt::ISODate).addDays(7));
}

void TestSandboxJobs::catchUpTakesSchedulesThatAreBehind()
{
    SandboxProcess demo;
    QVERIFY2(demo.startWith({QStringLiteral("--catch-up")}), qPrintable(demo.errorString()));
    SandboxApi api(demo);
    const auto scheduled = [&api](const QString &site, const QString &env) {
        return api.get(QStringLiteral("/sites/%1/snapshots?environment=%2&kind=scheduled&limit=100").arg(site, env))
            .json()[QLatin1String("data")].toArray();
    };
    // The seed gives production a daily 02:00 history and staging none: globex-shop's staging
    // (agency plan: daily) has never been backed up, so it is behind whatever the time of day.
    // Taken before the sandbox serves: there from the first request.
    QVERIFY(!scheduled(QStringLiteral("globex-shop"), QStringLiteral("staging")).isEmpty());
    // Not behind: a daily production whose newest backup is this night's (or, before 02:00,
    // last night's); and no schedule at all (starter staging).
    const QJsonArray kiosk = scheduled(QStringLiteral("kiosk-kafe"), QStringLiteral("production"));
    QVERIFY(!kiosk.isEmpty());
    const QDateTime newest = QDateTime::fromString(kiosk.first()[QLatin1String("created_at")].toString(), Qt::ISODate);
    QVERIFY2(newest.secsTo(QDateTime::currentDateTimeUtc()) > 60,
             "kiosk-kafe's daily production was backed up again although it was not behind");
    QVERIFY(scheduled(QStringLiteral("kiosk-kafe"), QStringLiteral("staging")).isEmpty());

    // Without --catch-up nothing is taken before its next regular run (daily: at midnight UTC).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC)) < 30)
        return;
    SandboxProcess plain;
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    SandboxApi plainApi(plain);
    QTest::qWait(3000);
    QVERIFY(plainApi.get(QStringLiteral("/sites/globex-shop/snapshots?environment=staging&kind=scheduled"))
                .json()[QLatin1String("data")].toArray().isEmpty());
}

void TestSandboxJobs::restoreCutOffMidSwapIsUndoneAtStart()
{
    // The disk as a crash would leave a database-and-files restore between its two swaps: the
    // restored files live (with their mark), the old ones and the new database still staged.
    SandboxProcess crashed;
    QVERIFY2(crashed.start(), qPrintable(crashed.errorString()));
    const QString site = QStringLiteral("kiosk-kafe"), env = QStringLiteral("staging");
    const QString db = crashed.environmentDatabasePath(site, env), files = crashed.environmentFilesPath(site, env);
    const QString envDir = QFileInfo(files).path();
    crashed.stop();
    const auto oldFiles = TestArchive::tree(files);
    const QByteArray oldDb = TestArchive::fileSha256Hex(db);
    const QString staging = envDir + QStringLiteral(".restore-job_00000000000000000000000000");
    QVERIFY(QDir().mkpath(staging + QStringLiteral("/db")));
    QVERIFY(QFile::copy(db, staging + QStringLiteral("/db/app.db")));
    QVERIFY(execSql(staging + QStringLiteral("/db/app.db"), "INSERT INTO posts(title) VALUES ('from the snapshot')"));
    QVERIFY(QDir().rename(files, staging + QStringLiteral("/files"))); // the old files, swapped out
    QVERIFY(QDir().mkpath(files));
    QVERIFY(writeFile(files + QStringLiteral("/index.php"), "restored\n"));
    QVERIFY(writeFile(files + QStringLiteral("/.mf-restore-incoming"), ""));

    QVERIFY2(crashed.restart(), qPrintable(crashed.errorString()));
    QCOMPARE(TestArchive::tree(files), oldFiles); // all old: files put back, database untouched
    QCOMPARE(TestArchive::fileSha256Hex(db), oldDb);
    QVERIFY(!QFileInfo::exists(staging));
    QVERIFY(crashed.log().contains("cleaned up an interrupted restore"));

    // Cut off after the database went in: that restore is complete, and only its traces go.
    crashed.stop();
    QVERIFY(QDir().mkpath(staging + QStringLiteral("/files")));
    QVERIFY(writeFile(files + QStringLiteral("/.mf-restore-incoming"), ""));
    QVERIFY2(crashed.restart(), qPrintable(crashed.errorString()));
    QCOMPARE(TestArchive::tree(files), oldFiles);
    QVERIFY(!QFileInfo::exists(staging));
}

void TestSandboxJobs::responsesMatchOpenApi()
{
    SandboxApi::verifyRecordedAgainstContract();
}

QTEST_GUILESS_MAIN(TestSandboxJobs)
#include "tst_sandbox_jobs.moc"
