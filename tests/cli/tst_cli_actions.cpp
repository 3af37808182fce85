#include "CiSkip.h"
#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <csignal>
#include <sys/types.h>

// The actions of `mf` against mf-sandbox, checked on the platform and on its disk: a capture that
// ends with a ready snapshot, jobs shown, watched and listed, the protected-environment
// confirmation (refused from a script, asked on a terminal), a database-only restore that leaves
// the files alone, and downloads verified against their checksum.
class TestCliActions : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    MfProcess m_mf;
    std::unique_ptr<PlatformQuery> m_platform;
    QString m_captureJob;

    // A component checksum as docs/sandbox.md defines it: SHA-256 over "<hex>  <path>\n" of every
    // file, paths relative to the component's root, sorted by bytes.
    static QString componentChecksum(const QString &root, const QStringList &onlyFiles = {})
    {
        QList<QByteArray> paths;
        if (!onlyFiles.isEmpty()) {
            for (const QString &f : onlyFiles)
                paths << f.toUtf8();
        } else {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths << QDir(root).relativeFilePath(it.next()).toUtf8();
        }
        std::sort(paths.begin(), paths.end());
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QByteArray &p : paths)
        {
            const QByteArray line = TestFiles::sha256Hex(root + QLatin1Char('/') + QString::fromUtf8(p)) + "  " + p + "\n";
            h.addData(line);
        }
        return QString::fromLatin1(h.result().toHex());
    }

    QJsonObject newestReady(const QString &site, const QString &env) const { return newestReady(m_mf, site, env); }
    static QJsonObject newestReady(const MfProcess &mf, const QString &site, const QString &env)
    {
        const MfResult r = mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"), site,
                                     QStringLiteral("--env"), env, QStringLiteral("--status"), QStringLiteral("ready"),
                                     QStringLiteral("--json")});
        const QJsonArray list = r.json().toArray();
        return list.isEmpty() ? QJsonObject() : list.first().toObject();
    }

    int restoreJobCount(const QString &site)
    {
        const std::optional<QJsonArray> jobs = m_platform->jobs(site, QStringLiteral("restore"));
        return jobs ? int(jobs->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Jobs long enough (≈ 6 phases × 250 ms) for a watch to see them running.
        QVERIFY2(m_sandbox.startWith({QStringLiteral("--job-delay-ms"), QStringLiteral("250")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(m_mf.isValid());
        m_mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        m_platform = std::make_unique<PlatformQuery>(m_sandbox.apiUrl(), m_sandbox.apiKey());
    }

    void backupCreateWaitEndsWithReadySnapshot()
    {
        const MfResult r = m_mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                     QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("--env"),
                                     QStringLiteral("staging"), QStringLiteral("--label"), QStringLiteral("Before the CLI test"),
                                     QStringLiteral("--wait")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject out = r.json().toObject();
        const QJsonObject snap = out.value("snapshot").toObject();
        QCOMPARE(snap.value("status").toString(), QStringLiteral("ready"));
        QCOMPARE(snap.value("label").toString(), QStringLiteral("Before the CLI test"));
        QCOMPARE(out.value("job").toObject().value("status").toString(), QStringLiteral("succeeded"));
        m_captureJob = out.value("job").toObject().value("id").toString();
        // mf follows the job through the account's follower: the running list while it runs and one
        // look at the job when it leaves the list, never a GET /jobs/{id} a second (issue 12).
        const qsizetype looks = m_sandbox.log().count(QByteArray(" GET /v1/jobs/" + m_captureJob.toLatin1() + ' '));
        QVERIFY2(looks >= 1 && looks <= 2, qPrintable(QString::number(looks)));

        // The platform agrees, independently of mf.
        const auto onPlatform = m_platform->get(QStringLiteral("/sites/acme-store/snapshots/") + snap.value("id").toString());
        QVERIFY2(onPlatform, qPrintable(m_platform->lastError()));
        QCOMPARE(onPlatform->value("status").toString(), QStringLiteral("ready"));
        QVERIFY(onPlatform->value("size_bytes").toDouble() > 0);

        // The human form says it is ready, how big and until when.
        const MfResult human = m_mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--site"),
                                         QStringLiteral("hooli-docs"), QStringLiteral("-e"), QStringLiteral("staging"),
                                         QStringLiteral("--wait")});
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY2(human.out.contains("of hooli-docs/staging is ready:") && human.out.contains("expires in"),
                 qPrintable(human.describe()));
        // Before the wait it named the job, so an interrupted wait leaves something to follow.
        static const QRegularExpression named(QStringLiteral("\\(job job_[0-9A-Z]+\\); waiting for it to end"));
        QVERIFY2(named.match(QString::fromUtf8(human.err)).hasMatch(), qPrintable(human.describe()));
    }

    void jobShowWatchList()
    {
        QVERIFY(!m_captureJob.isEmpty());
        const MfResult shown = m_mf.run({QStringLiteral("job"), QStringLiteral("show"), m_captureJob, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QCOMPARE(shown.json().toObject().value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(shown.json().toObject().value("type").toString(), QStringLiteral("capture"));
        const MfResult text = m_mf.run({QStringLiteral("job"), QStringLiteral("show"), m_captureJob});
        QVERIFY2(text.exitCode == 0 && text.out.contains("succeeded") && text.out.contains("staging"), qPrintable(text.describe()));

        // A capture requested without --wait is followed to its end by watch.
        const MfResult started = m_mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                           QStringLiteral("--site"), QStringLiteral("pied-piper"), QStringLiteral("--env"),
                                           QStringLiteral("staging")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
        const QJsonObject job = started.json().toObject().value("job").toObject();
        QVERIFY2(job.value("status").toString() != QLatin1String("succeeded"), "the job ended before it could be watched");
        const QString id = job.value("id").toString();
        const MfResult watched = m_mf.run({QStringLiteral("job"), QStringLiteral("watch"), id, QStringLiteral("--json")});
        QVERIFY2(watched.exitCode == 0, qPrintable(watched.describe()));
        QCOMPARE(watched.json().toObject().value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(watched.json().toObject().value("progress").toInt(), 100);

        const MfResult listed = m_mf.run({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--site"),
                                          QStringLiteral("pied-piper"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray jobs = listed.json().toArray();
        QVERIFY(std::any_of(jobs.begin(), jobs.end(), [&](const QJsonValue &j) { return j.toObject().value("id").toString() == id; }));
        for (const QJsonValue &j : jobs)
            QVERIFY(j.toObject().value("id").toString() != m_captureJob); // acme-store's, filtered out
        const MfResult table = m_mf.run({QStringLiteral("job"), QStringLiteral("list")});
        QVERIFY2(table.exitCode == 0 && table.out.contains(id.toUtf8()) && table.out.contains(m_captureJob.toUtf8()),
                 qPrintable(table.describe()));
    }

    void protectedRestoreRefusedWithoutTerminal()
    {
        const QJsonObject snap = newestReady(QStringLiteral("acme-store"), QStringLiteral("production"));
        QVERIFY(!snap.isEmpty());
        const QString db = m_sandbox.environmentDatabasePath(QStringLiteral("acme-store"), QStringLiteral("production"));
        const QByteArray before = TestFiles::sha256Hex(db);
        const int jobsBefore = restoreJobCount(QStringLiteral("acme-store"));
        QVERIFY(!before.isEmpty() && jobsBefore >= 0);

        // stdin is a pipe: nobody can confirm, so nothing is restored and the script is told why.
        const MfResult r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("restore"), snap.value("id").toString(),
                                     QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("--wait")},
                                    "production\n");
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("protected environment") && r.err.contains("Nothing was restored") && r.err.contains("--yes"),
                 qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(restoreJobCount(QStringLiteral("acme-store")), jobsBefore);
        QCOMPARE(TestFiles::sha256Hex(db), before);
    }

    void protectedRestoreAsksOnTerminal()
    {
        if (!MfProcess::canRunOnTerminal())
            MF_SKIP_OUTSIDE_CI("script(1) (util-linux) is needed to give mf a terminal");
        const QJsonObject snap = newestReady(QStringLiteral("acme-store"), QStringLiteral("production"));
        const QString id = snap.value("id").toString();
        const int jobsBefore = restoreJobCount(QStringLiteral("acme-store"));
        const QStringList args{QStringLiteral("snapshot"), QStringLiteral("restore"), id, QStringLiteral("--site"),
                               QStringLiteral("acme-store"), QStringLiteral("--db"), QStringLiteral("--wait")};

        // A wrong answer restores nothing.
        const MfResult wrong = m_mf.runOnTerminal(args, "staging\n");
        QVERIFY2(wrong.finished && wrong.exitCode == 1, qPrintable(wrong.describe()));
        QVERIFY2(wrong.out.contains("a PROTECTED environment") && wrong.out.contains("Type the environment name (production)"),
                 qPrintable(wrong.describe()));
        QVERIFY2(wrong.out.contains("Nothing was restored"), qPrintable(wrong.describe()));
        QCOMPARE(restoreJobCount(QStringLiteral("acme-store")), jobsBefore);

        // The environment's name goes ahead, once.
        const MfResult right = m_mf.runOnTerminal(args, "production\n");
        QVERIFY2(right.finished && right.exitCode == 0, qPrintable(right.describe()));
        const QByteArray restored = "Restored the database of " + id.toUtf8();
        QVERIFY2(right.out.contains(restored), qPrintable(right.describe()));
        QCOMPARE(restoreJobCount(QStringLiteral("acme-store")), jobsBefore + 1);
        const QString db = m_sandbox.environmentDatabasePath(QStringLiteral("acme-store"), QStringLiteral("production"));
        QCOMPARE(componentChecksum(QFileInfo(db).path(), {QStringLiteral("app.db")}),
                 snap.value("components").toObject().value("db").toObject().value("sha256").toString());
    }

    void databaseOnlyRestoreLeavesFiles()
    {
        // Production's snapshot into staging: a database that differs from staging's own.
        const QJsonObject snap = newestReady(QStringLiteral("city-dental"), QStringLiteral("production"));
        QVERIFY(!snap.isEmpty());
        const QJsonObject components = snap.value("components").toObject();
        const QString dbPath = m_sandbox.environmentDatabasePath(QStringLiteral("city-dental"), QStringLiteral("staging"));
        const QString filesPath = m_sandbox.environmentFilesPath(QStringLiteral("city-dental"), QStringLiteral("staging"));
        const QString dbDir = QFileInfo(dbPath).path();
        const QString filesBefore = componentChecksum(filesPath);
        QVERIFY2(componentChecksum(dbDir, {QStringLiteral("app.db")}) != components.value("db").toObject().value("sha256").toString(),
                 "staging's database already equals the snapshot's: the restore could not be seen");
        QVERIFY2(filesBefore != components.value("files").toObject().value("sha256").toString(),
                 "staging's files already equal the snapshot's: a files restore could not be seen");

        // Not protected: no confirmation needed, even without a terminal.
        const MfResult r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("restore"), snap.value("id").toString(),
                                     QStringLiteral("--site"), QStringLiteral("city-dental"), QStringLiteral("--db"),
                                     QStringLiteral("--to-env"), QStringLiteral("staging"), QStringLiteral("--wait"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject job = r.json().toObject().value("job").toObject();
        QCOMPARE(job.value("status").toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value("environment").toString(), QStringLiteral("staging"));
        QCOMPARE(job.value("selectors").toArray(), QJsonArray{QStringLiteral("db")});

        // On the platform's disk: the database is the snapshot's, the files are untouched.
        QCOMPARE(componentChecksum(dbDir, {QStringLiteral("app.db")}),
                 components.value("db").toObject().value("sha256").toString());
        QCOMPARE(componentChecksum(filesPath), filesBefore);
    }

    void safetySnapshotBeforeRestore()
    {
        const QJsonObject snap = newestReady(QStringLiteral("acme-store"), QStringLiteral("staging"));
        const auto before = m_platform->snapshots(QStringLiteral("acme-store"), QStringLiteral("staging"), QStringLiteral("manual"));
        QVERIFY2(before, qPrintable(m_platform->lastError()));
        const MfResult r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("restore"), snap.value("id").toString(),
                                     QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("--files"),
                                     QStringLiteral("--safety-snapshot"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject safety = r.json().toObject().value("safety_snapshot").toObject();
        QCOMPARE(safety.value("status").toString(), QStringLiteral("ready"));
        QCOMPARE(safety.value("environment").toString(), QStringLiteral("staging"));
        // Taken first: older than the restore job, and one more manual snapshot on the platform.
        QVERIFY(safety.value("created_at").toString() <= r.json().toObject().value("job").toObject().value("created_at").toString());
        const auto after = m_platform->snapshots(QStringLiteral("acme-store"), QStringLiteral("staging"), QStringLiteral("manual"));
        QVERIFY2(after, qPrintable(m_platform->lastError()));
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(after->first().toObject().value("id").toString(), safety.value("id").toString());
    }

    void hostileLabelCannotDriveTerminal()
    {
        // A label is anyone's text: clear the screen, move the cursor home, fake a line.
        const QString label = QStringLiteral("evil\x1b[2J\x1b[1;1Hinto staging\rfake\nline");
        const MfResult created = m_mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                           QStringLiteral("--site"), QStringLiteral("city-dental"), QStringLiteral("--env"),
                                           QStringLiteral("staging"), QStringLiteral("--label"), label, QStringLiteral("--wait")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString id = created.json().toObject().value("snapshot").toObject().value("id").toString();
        // --json keeps the label as it is (escaped by JSON), for scripts.
        QCOMPARE(created.json().toObject().value("snapshot").toObject().value("label").toString(), label);

        const QList<QStringList> views = {
            {QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("city-dental")},
            {QStringLiteral("snapshot"), QStringLiteral("show"), id, QStringLiteral("--site"), QStringLiteral("city-dental")}};
        for (const QStringList &args : views) {
            const MfResult r = m_mf.run(args);
            QVERIFY2(r.exitCode == 0 && r.out.contains("evil"), qPrintable(r.describe()));
            QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r'), qPrintable(r.describe()));
        }
        if (!MfProcess::canRunOnTerminal())
            return;
        // The confirmation prompt quotes the label: it must not be able to rewrite the prompt.
        const MfResult prompt = m_mf.runOnTerminal({QStringLiteral("snapshot"), QStringLiteral("restore"), id,
                                                    QStringLiteral("--site"), QStringLiteral("city-dental"),
                                                    QStringLiteral("--to-env"), QStringLiteral("production")},
                                                   "no\n");
        QVERIFY2(prompt.exitCode == 1 && prompt.out.contains("labelled \"evil"), qPrintable(prompt.describe()));
        QVERIFY2(!prompt.out.contains("\x1b[2J") && !prompt.out.contains("\x1b[1;1H"), qPrintable(prompt.describe()));
    }

    void downloadVerified()
    {
        const QJsonObject snap = newestReady(QStringLiteral("acme-store"), QStringLiteral("staging"));
        const QString id = snap.value("id").toString();
        QTemporaryDir out;
        QVERIFY(out.isValid());

        // Into a folder: the server's file name, checksum verified.
        MfResult r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                               QStringLiteral("acme-store"), QStringLiteral("-o"), out.path(), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject result = r.json().toObject();
        QCOMPARE(result.value("verified"), QJsonValue(true));
        const QString path = result.value("path").toString();
        QCOMPARE(QFileInfo(path).path(), out.path());
        QVERIFY(path.endsWith(QLatin1String(".tar.gz")));
        QCOMPARE(QString::fromLatin1(TestFiles::sha256Hex(path)), result.value("sha256").toString());
        QCOMPARE(QFileInfo(path).size(), qint64(snap.value("size_bytes").toDouble()));

        // To a file name, database only, in human form.
        const QString named = out.filePath(QStringLiteral("staging-db.tar.gz"));
        r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                      QStringLiteral("acme-store"), QStringLiteral("--db"), QStringLiteral("--output"), named});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray downloaded = "Downloaded " + named.toUtf8();
        QVERIFY2(r.out.contains(downloaded) && r.out.contains("SHA-256 verified"), qPrintable(r.describe()));
        QVERIFY(QFileInfo(named).size() > 0);
        QVERIFY(TestFiles::sha256Hex(named) != TestFiles::sha256Hex(path)); // only a part of the snapshot

        // The same name again is refused (exit 1, nothing replaced) unless --force.
        const QByteArray kept = TestFiles::sha256Hex(named);
        r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                      QStringLiteral("acme-store"), QStringLiteral("--files"), QStringLiteral("-o"), named});
        QVERIFY2(r.exitCode == 1 && r.err.contains("--force"), qPrintable(r.describe()));
        QCOMPARE(TestFiles::sha256Hex(named), kept);
        r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                      QStringLiteral("acme-store"), QStringLiteral("--files"), QStringLiteral("-o"), named,
                      QStringLiteral("--force"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().toObject().value("selectors").toArray(), QJsonArray{QStringLiteral("files")});
        QCOMPARE(QString::fromLatin1(TestFiles::sha256Hex(named)), r.json().toObject().value("sha256").toString());

        // A snapshot that is not ready has no archive: a conflict, not a crash or an empty file.
        const MfResult failed = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                          QStringLiteral("acme-store"), QStringLiteral("--status"), QStringLiteral("failed"),
                                          QStringLiteral("--json")});
        const QString failedId = failed.json().toArray().first().toObject().value("id").toString();
        QVERIFY(!failedId.isEmpty());
        r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), failedId, QStringLiteral("--site"),
                      QStringLiteral("acme-store"), QStringLiteral("-o"), out.path()});
        QVERIFY2(r.exitCode == 5 && r.err.contains("not ready"), qPrintable(r.describe()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
    }

    void downloadAndExtract()
    {
        const QJsonObject snap = newestReady(QStringLiteral("acme-store"), QStringLiteral("staging"));
        const QString id = snap.value("id").toString();
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QDir dir(work.path());
        QVERIFY(dir.mkdir(QStringLiteral("archives")));

        // A folder in the way is refused before anything is downloaded.
        QVERIFY(dir.mkdir(QStringLiteral("busy")));
        QFile(dir.filePath(QStringLiteral("busy/keep.txt"))).open(QIODevice::WriteOnly);
        const QByteArray before = m_sandbox.log();
        MfResult r = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                               QStringLiteral("acme-store"), QStringLiteral("-o"), dir.filePath(QStringLiteral("archives")),
                               QStringLiteral("--extract"), dir.filePath(QStringLiteral("busy"))});
        QVERIFY2(r.exitCode == 2 && r.err.contains("not an empty folder"), qPrintable(r.describe()));
        QCOMPARE(m_sandbox.log().count("/download"), before.count("/download"));
        QVERIFY(QDir(dir.filePath(QStringLiteral("archives"))).isEmpty());

        // Into a new folder: downloaded, verified, unpacked, every component checked.
        const QString local = dir.filePath(QStringLiteral("local"));
        r = m_mf.run({QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("download"), id, QStringLiteral("--site"),
                      QStringLiteral("acme-store"), QStringLiteral("-o"), dir.filePath(QStringLiteral("archives")),
                      QStringLiteral("--extract"), local});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject extracted = r.json().toObject().value("extracted").toObject();
        QCOMPARE(extracted.value("directory").toString(), local);
        QCOMPARE(extracted.value("manifest_verified"), QJsonValue(true));
        QCOMPARE(extracted.value("components").toArray(), (QJsonArray{QStringLiteral("db"), QStringLiteral("files")}));
        QVERIFY(QFileInfo(QDir(local).filePath(QStringLiteral("manifest.json"))).isFile());
        QVERIFY(QFileInfo(QDir(local).filePath(QStringLiteral("files"))).isDir());
        // The verified archive stays where -o put it.
        QVERIFY(QFileInfo(r.json().toObject().value("path").toString()).isFile());
    }

    void busyEnvironmentAndInterruptedWatch()
    {
        // Its own sandbox with slow jobs (≈ 6 phases × 3 s), so the job outlives the interrupt
        // even on a loaded CI machine.
        SandboxProcess slow;
        QVERIFY2(slow.startWith({QStringLiteral("--job-delay-ms"), QStringLiteral("3000")}),
                 qPrintable(slow.errorString()));
        MfProcess mf;
        mf.setApi(slow.apiUrl(), slow.apiKey());
        const MfResult started = mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                         QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("--env"),
                                         QStringLiteral("staging")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
        const QString jobId = started.json().toObject().value("job").toObject().value("id").toString();

        // While it runs, the environment is busy: a conflict (5) that names the job to follow.
        const MfResult busy = mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--site"),
                                      QStringLiteral("acme-store"), QStringLiteral("--env"), QStringLiteral("staging")});
        QVERIFY2(busy.exitCode == 5, qPrintable(busy.describe()));
        const QByteArray follow = "mf job watch " + jobId.toUtf8();
        QVERIFY2(busy.err.contains(follow), qPrintable(busy.describe()));

        std::unique_ptr<QProcess> watch = mf.start({QStringLiteral("job"), QStringLiteral("watch"), jobId});
        // Interrupt only once mf has polled: it is then surely past installing its signal handler.
        const QByteArray polled = "GET /v1/jobs/" + jobId.toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(slow.log().contains(polled), 15000);
        ::kill(pid_t(watch->processId()), SIGINT);
        const MfResult r = MfProcess::finish(watch.get(), 30000);
        QVERIFY2(r.finished && r.exitCode == 130, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Stopped watching. The job goes on") && r.err.contains(jobId.toUtf8()), qPrintable(r.describe()));

        // The capture goes on without mf: still queued or running, not cancelled or failed.
        PlatformQuery platform(slow.apiUrl(), slow.apiKey());
        const auto job = platform.get(QStringLiteral("/jobs/") + jobId);
        QVERIFY2(job, qPrintable(platform.lastError()));
        const QString status = job->value("status").toString();
        QVERIFY2(status == QLatin1String("running") || status == QLatin1String("queued"), qPrintable(status));

        // "Not ended" lists it, queued or running.
        const MfResult open = mf.run({QStringLiteral("--json"), QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--running")});
        QVERIFY2(open.exitCode == 0, qPrintable(open.describe()));
        const QJsonArray listed = open.json().toArray();
        QVERIFY2(std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &j) { return j.toObject().value("id").toString() == jobId; }),
                 qPrintable(open.describe()));
    }

    void cutDownloadsAreResumed()
    {
        // Every body stops after 700 bytes: the archive (≈ 1.8 kB) arrives in ranged pieces.
        SandboxProcess cutting;
        QVERIFY2(cutting.startWith({QStringLiteral("--cut-download-after"), QStringLiteral("700")}),
                 qPrintable(cutting.errorString()));
        MfProcess mf;
        mf.setApi(cutting.apiUrl(), cutting.apiKey());
        const QJsonObject snap = newestReady(mf, QStringLiteral("acme-store"), QStringLiteral("staging"));
        QVERIFY(snap.value("size_bytes").toDouble() > 1400);
        QTemporaryDir out;
        MfResult r;
        // Resumed within a run or by running the same command again, as the hint says.
        for (int run = 0; run < 5 && r.exitCode != 0; ++run)
            r = mf.run({QStringLiteral("snapshot"), QStringLiteral("download"), snap.value("id").toString(),
                        QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("-o"), out.path(),
                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString path = r.json().toObject().value("path").toString();
        QCOMPARE(QFileInfo(path).size(), qint64(snap.value("size_bytes").toDouble()));
        QCOMPARE(QString::fromLatin1(TestFiles::sha256Hex(path)), r.json().toObject().value("sha256").toString());
        QVERIFY2(cutting.log().contains(" 206 "), "no ranged request: the download was never resumed");
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()}); // no .part left
    }

    void interruptedDownloadResumesOnTheNextRun()
    {
        // 300 bytes a second: the archive (≈ 2 kB) takes several seconds, long enough to stop.
        SandboxProcess slow;
        QVERIFY2(slow.startWith({QStringLiteral("--download-rate"), QStringLiteral("300")}),
                 qPrintable(slow.errorString()));
        MfProcess mf;
        mf.setApi(slow.apiUrl(), slow.apiKey());
        const QJsonObject snap = newestReady(mf, QStringLiteral("acme-store"), QStringLiteral("staging"));
        const qint64 size = qint64(snap.value("size_bytes").toDouble());
        QVERIFY(size > 1200);
        QTemporaryDir out;
        const QStringList download = {QStringLiteral("snapshot"), QStringLiteral("download"), snap.value("id").toString(),
                                      QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("-o"), out.path()};

        // Ctrl+C once some bytes are on disk: paused, the .part kept, and told how to go on.
        std::unique_ptr<QProcess> first = mf.start(download);
        auto partSize = [&] {
            const QFileInfoList parts = QDir(out.path()).entryInfoList({QStringLiteral("*.part")}, QDir::Files);
            return parts.isEmpty() ? qint64(-1) : parts.first().size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(partSize() >= 300, 20000);
        ::kill(pid_t(first->processId()), SIGINT);
        const MfResult stopped = MfProcess::finish(first.get(), 30000);
        QVERIFY2(stopped.finished && stopped.exitCode == 130, qPrintable(stopped.describe()));
        QVERIFY2(stopped.err.contains("Run the same command again to resume"), qPrintable(stopped.describe()));
        const qint64 kept = partSize();
        QVERIFY2(kept >= 300 && kept < size, qPrintable(QString::number(kept)));

        // The same command, a new process: it picks up at the kept bytes, with a ranged request.
        const MfResult second = mf.run(download);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.err.contains("Resuming"), qPrintable(second.describe()));
        QVERIFY2(second.out.contains("SHA-256 verified"), qPrintable(second.describe()));
        const QStringList files = QDir(out.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1); // the archive, no .part left
        QCOMPARE(QFileInfo(QDir(out.path()).filePath(files.first())).size(), size);
        QVERIFY2(slow.log().contains(" 206 "), "the second run did not resume with a range");
    }

    void noKeyOnDisk()
    {
        // The runs above kept download records under HOME; none may hold the key.
        const QStringList found = m_mf.filesContaining(m_sandbox.apiKey().toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cli_actions.moc"
