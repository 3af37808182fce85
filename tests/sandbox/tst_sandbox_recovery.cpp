// A sandbox killed in the middle of its work, a second process opening its data dir, and a lax
// umask: after each, the disk and the API must tell the same, true story.
#include "SandboxApi.h"
#include "SandboxProcess.h"
#include "TestArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {
const QString kSite = QStringLiteral("hooli-docs");
const QString kEnv = QStringLiteral("staging");

bool execSql(const QString &db, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK
        && sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The environment: its database file's bytes, that database as a db component (SEMANTICS.md
// checksum, what a snapshot records) and its files component.
struct EnvState
{
    QByteArray dbFile, db, files;
};

EnvState envState(const SandboxProcess &sb)
{
    QTemporaryDir dbDir;
    const QString db = sb.environmentDatabasePath(kSite, kEnv);
    QFile::copy(db, dbDir.filePath(QStringLiteral("app.db")));
    return {TestArchive::fileSha256Hex(db), TestArchive::componentSha256(dbDir.path()),
            TestArchive::componentSha256(sb.environmentFilesPath(kSite, kEnv))};
}

int mode(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
}

class TestSandboxRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restoreKilledAfterAPhaseEndsAsOnDisk_data();
    void restoreKilledAfterAPhaseEndsAsOnDisk();
    void restoreKilledDuringAPhaseEndsAsOnDisk_data();
    void restoreKilledDuringAPhaseEndsAsOnDisk();
    void keysCreateLeavesCapturesInFlightAlone();
    void dataIsPrivateWhateverTheUmask();

private:
    void addRows();
    QString startRestore(const QByteArray &selectors, EnvState *before);
    void checkOutcome(const QString &jobId, const EnvState &before, const QString &expected);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QString m_snapshot;
    EnvState m_atSnapshot;
    int m_changes = 0;
};

void TestSandboxRecovery::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    const ApiReply r = m_api->post(QStringLiteral("/sites/%1/backups").arg(kSite),
                                   QJsonDocument(QJsonObject{{QStringLiteral("environment"), kEnv}}).toJson(),
                                   QStringLiteral("recovery-base-capture"));
    QCOMPARE(r.status, 202);
    const QJsonObject job = m_api->waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
    QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
    m_snapshot = job[QLatin1String("snapshot_id")].toString();
    const QJsonObject components = m_api->get(QStringLiteral("/sites/%1/snapshots/%2").arg(kSite, m_snapshot)).json()
                                       [QLatin1String("components")].toObject();
    m_atSnapshot = {QByteArray(), components[QLatin1String("db")][QLatin1String("sha256")].toString().toLatin1(),
                    components[QLatin1String("files")][QLatin1String("sha256")].toString().toLatin1()};
    QCOMPARE(envState(m_sandbox).files, m_atSnapshot.files);
}

// Changes both components, so a restore of either is visible, notes that state and starts the
// restore; returns its job id.
QString TestSandboxRecovery::startRestore(const QByteArray &selectors, EnvState *before)
{
    ++m_changes;
    if (!execSql(m_sandbox.environmentDatabasePath(kSite, kEnv), "INSERT INTO posts(title) VALUES ('change " + QByteArray::number(m_changes) + "')")
        || !writeFile(m_sandbox.environmentFilesPath(kSite, kEnv) + QStringLiteral("/change-%1.txt").arg(m_changes), "after the snapshot\n"))
        return {};
    *before = envState(m_sandbox);
    const ApiReply r = m_api->post(QStringLiteral("/sites/%1/snapshots/%2/restore").arg(kSite, m_snapshot),
                                   "{\"selectors\":" + selectors + '}', QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (r.status != 202)
        qWarning() << "restore answered" << r.status << r.body;
    return r.json()[QLatin1String("job")][QLatin1String("id")].toString();
}

void TestSandboxRecovery::checkOutcome(const QString &jobId, const EnvState &before, const QString &expected)
{
    // The contract: a failed restore changes nothing; a succeeded one replaced what it names.
    const QJsonObject job = m_api->get(QStringLiteral("/jobs/") + jobId).json();
    const QString status = job[QLatin1String("status")].toString();
    const EnvState now = envState(m_sandbox);
    const QStringList selectors = job[QLatin1String("selectors")].toVariant().toStringList();
    QCOMPARE(status, expected);
    if (status == QLatin1String("failed")) {
        QCOMPARE(job[QLatin1String("error")][QLatin1String("code")].toString(), QStringLiteral("interrupted"));
        QCOMPARE(now.dbFile, before.dbFile);
        QCOMPARE(now.files, before.files);
    } else {
        if (selectors.contains(QLatin1String("db")))
            QCOMPARE(now.db, m_atSnapshot.db);
        else
            QCOMPARE(now.dbFile, before.dbFile);
        QCOMPARE(now.files, selectors.contains(QLatin1String("files")) ? m_atSnapshot.files : before.files);
    }
    // Nothing of the restore is left beside the environment.
    const QStringList leftovers = QDir(m_sandbox.dataDir() + QStringLiteral("/sites/") + kSite)
                                      .entryList({QStringLiteral("*.restore-*")}, QDir::AllEntries | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestSandboxRecovery::addRows()
{
    QTest::addColumn<QByteArray>("selectors");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("expected");
}

void TestSandboxRecovery::restoreKilledAfterAPhaseEndsAsOnDisk_data()
{
    // Killed by --crash-after-phase: once the phase's work is done, before anything else is
    // recorded — right after each swap included.
    addRows();
    const QString ok = QStringLiteral("succeeded"), failed = QStringLiteral("failed");
    const QList<QPair<QByteArray, QList<QPair<const char *, QString>>>> plans = {
        {R"(["db","files"])", {{"Extracting archive", failed}, {"Verifying checksums", failed}, {"Restoring files", failed},
                                {"Restoring database", ok}, {"Finishing", ok}}},
        {R"(["db"])", {{"Extracting archive", failed}, {"Verifying checksums", failed}, {"Restoring database", ok}, {"Finishing", ok}}},
        {R"(["files"])", {{"Extracting archive", failed}, {"Verifying checksums", failed}, {"Restoring files", ok}, {"Finishing", ok}}},
    };
    for (const auto &plan : plans) {
        for (const auto &step : plan.second)
            QTest::addRow("%s after %s", plan.first.constData(), step.first) << plan.first << QString::fromLatin1(step.first) << step.second;
    }
}

void TestSandboxRecovery::restoreKilledAfterAPhaseEndsAsOnDisk()
{
    QFETCH(QByteArray, selectors);
    QFETCH(QString, phase);
    QFETCH(QString, expected);
    QVERIFY2(m_sandbox.restartWith({QStringLiteral("--crash-after-phase"), phase}), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    EnvState before;
    const QString jobId = startRestore(selectors, &before);
    QVERIFY(!jobId.isEmpty());
    QVERIFY2(m_sandbox.waitForExit(60000), "the sandbox did not kill itself");
    QVERIFY(m_sandbox.log().contains("--crash-after-phase: killing myself"));
    QVERIFY2(m_sandbox.restartWith({}), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    checkOutcome(jobId, before, expected);
}

void TestSandboxRecovery::restoreKilledDuringAPhaseEndsAsOnDisk_data()
{
    // Killed from outside (SIGKILL) while the job shows the phase, before its work: the
    // "Finishing" row is the one that was reported failed although everything was in.
    addRows();
    const QString ok = QStringLiteral("succeeded"), failed = QStringLiteral("failed");
    for (const auto &[phase, expected] : QList<QPair<const char *, QString>>{{"Extracting archive", failed}, {"Verifying checksums", failed},
                                                                            {"Restoring files", failed}, {"Restoring database", failed},
                                                                            {"Finishing", ok}})
        QTest::addRow("during %s", phase) << QByteArray(R"(["db","files"])") << QString::fromLatin1(phase) << expected;
}

void TestSandboxRecovery::restoreKilledDuringAPhaseEndsAsOnDisk()
{
    QFETCH(QByteArray, selectors);
    QFETCH(QString, phase);
    QFETCH(QString, expected);
    // Each phase lasts 1.5 s more, so polling sees every one of them.
    QVERIFY2(m_sandbox.restartWith({QStringLiteral("--job-delay-ms"), QStringLiteral("1500")}), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    EnvState before;
    const QString jobId = startRestore(selectors, &before);
    QVERIFY(!jobId.isEmpty());
    QElapsedTimer t;
    t.start();
    QString seen;
    while (seen != phase && t.elapsed() < 30000) {
        seen = m_api->get(QStringLiteral("/jobs/") + jobId).json()[QLatin1String("phase")].toString();
        if (seen != phase)
            QTest::qWait(50);
    }
    QCOMPARE(seen, phase);
    m_sandbox.kill();
    QVERIFY2(m_sandbox.restartWith({}), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    checkOutcome(jobId, before, expected);
}

void TestSandboxRecovery::keysCreateLeavesCapturesInFlightAlone()
{
    // What the sign-in dialog and scripts/run-demo.sh tell users to do while a sandbox runs.
    SandboxProcess sb;
    QVERIFY2(sb.startWith({QStringLiteral("--job-delay-ms"), QStringLiteral("1000")}), qPrintable(sb.errorString()));
    SandboxApi api(sb);
    const ApiReply r = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"staging"})", QStringLiteral("in-flight-capture"));
    QCOMPARE(r.status, 202);
    const QString jobId = r.json()[QLatin1String("job")][QLatin1String("id")].toString();
    // The capture's staging copy is in tmp/ now, and its next phases read it.
    QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/jobs/") + jobId).json()[QLatin1String("phase")].toString(),
                              QStringLiteral("Computing checksums"), 20000);
    QVERIFY(!QDir(sb.dataDir() + QStringLiteral("/tmp")).isEmpty());

    int exitCode = -1;
    const QByteArray key = sb.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(key.startsWith("mfk_test_"));

    // A second server on the same data dir is refused, before it touches anything.
    QProcess second;
    second.start(SandboxProcess::binaryPath(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), sb.dataDir()});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().contains("another mf-sandbox (pid "), "no word of the sandbox serving the data dir");

    const QJsonObject job = api.waitForJob(jobId);
    QVERIFY2(job[QLatin1String("status")].toString() == QLatin1String("succeeded"), QJsonDocument(job).toJson().constData());
    // The new key works against the running sandbox.
    api.setKey(QString::fromLatin1(key.trimmed()));
    QCOMPARE(api.get(QStringLiteral("/me")).status, 200);
}

void TestSandboxRecovery::dataIsPrivateWhateverTheUmask()
{
    const mode_t previous = ::umask(0);
    const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    SandboxProcess sb;
    QVERIFY2(sb.start(), qPrintable(sb.errorString()));
    SandboxApi api(sb);
    const ApiReply r = api.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"staging"})", QStringLiteral("private-capture"));
    QCOMPARE(r.status, 202);
    const QJsonObject job = api.waitForJob(r.json()[QLatin1String("job")][QLatin1String("id")].toString());
    QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
    int exitCode = -1;
    sb.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &exitCode);
    QCOMPARE(exitCode, 0);

    const QString data = sb.dataDir();
    QCOMPARE(mode(data), 0700);
    QCOMPARE(mode(data + QStringLiteral("/platform.db")), 0600); // the URL-signing secret
    for (const char *name : {"/platform.db-wal", "/platform.db-shm", "/sandbox.lock"}) {
        if (QFileInfo::exists(data + QLatin1String(name)))
            QCOMPARE(mode(data + QLatin1String(name)), 0600);
    }
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/archives/") + job[QLatin1String("snapshot_id")].toString() + QStringLiteral(".tar.gz")));
    // Everything the sandbox made is its user's alone; only the sites' own files keep the
    // modes their snapshots give them (behind the 0700 data dir).
    QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    static const QRegularExpression siteFiles(QStringLiteral("^sites/[^/]+/[^/]+/files(/|$)"));
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(data).relativeFilePath(path);
        if (siteFiles.match(rel).hasMatch())
            continue;
        QVERIFY2((mode(path) & 077) == 0, qPrintable(QStringLiteral("%1 has mode %2").arg(rel).arg(mode(path), 4, 8, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestSandboxRecovery)
#include "tst_sandbox_recovery.moc"
