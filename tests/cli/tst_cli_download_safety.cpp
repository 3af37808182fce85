#include "MfProcess.h"
#include "SandboxProcess.h"

#include "auth/Account.h"
#include "auth/AccountStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>

// `mf snapshot download` where people and attackers leave things (issue 16): a download
// interrupted with "-o DIR/" (as shell completion writes it) resumes on the next run and sweeps the
// duplicates earlier versions left; a name typed with -o is used as typed; a planted
// `<name>.part` link is never followed; archives are 0600; and a live key from MF_API_KEY never
// goes to a plain-http URL.
class TestCliDownloadSafety : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox; // full speed
    SandboxProcess m_slow;    // 300 bytes a second: a download long enough to interrupt

    static QStringList download(const QJsonObject &snap, const QString &output)
    {
        return {QStringLiteral("snapshot"), QStringLiteral("download"), snap.value("id").toString(),
                QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("-o"), output};
    }

    static QJsonObject newestReady(const MfProcess &mf)
    {
        const MfResult r = mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                   QStringLiteral("acme-store"), QStringLiteral("--env"), QStringLiteral("staging"),
                                   QStringLiteral("--status"), QStringLiteral("ready"), QStringLiteral("--json")});
        const QJsonArray list = r.json().toArray();
        return list.isEmpty() ? QJsonObject() : list.first().toObject();
    }

    static QFileInfoList parts(const QString &dir)
    {
        return QDir(dir).entryInfoList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
    }

    // The transfer records `mf` keeps under HOME for resuming.
    static QStringList records(const MfProcess &mf)
    {
        QStringList found;
        QDirIterator it(mf.home(), {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/mf-downloads/")))
                found << path;
        }
        return found;
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // Starts a slow download and stops it with `sig` once some bytes are on disk.
    static void interrupt(const MfProcess &mf, const QStringList &args, const QString &dir, int sig)
    {
        std::unique_ptr<QProcess> run = mf.start(args);
        QTRY_VERIFY_WITH_TIMEOUT(!parts(dir).isEmpty() && parts(dir).first().size() >= 300, 30000);
        ::kill(pid_t(run->processId()), sig);
        const MfResult stopped = MfProcess::finish(run.get(), 30000);
        if (sig == SIGINT)
            QVERIFY2(stopped.finished && stopped.exitCode == 130, qPrintable(stopped.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY2(m_slow.startWith({QStringLiteral("--download-rate"), QStringLiteral("300")}),
                 qPrintable(m_slow.errorString()));
    }

    void resumesWithTrailingSlash_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("Ctrl-C") << int(SIGINT);
        QTest::newRow("killed") << int(SIGKILL);
    }

    void resumesWithTrailingSlash()
    {
        QFETCH(int, sig);
        MfProcess mf;
        mf.setApi(m_slow.apiUrl(), m_slow.apiKey());
        const QJsonObject snap = newestReady(mf);
        const qint64 size = qint64(snap.value("size_bytes").toDouble());
        QVERIFY(size > 1200);
        QTemporaryDir out;
        const QStringList args = download(snap, out.path() + QLatin1Char('/'));
        interrupt(mf, args, out.path(), sig);
        if (QTest::currentTestFailed())
            return;
        const QString partName = parts(out.path()).first().fileName();

        const int rangedBefore = int(m_slow.log().count(" 206 "));
        const MfResult second = mf.run(args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.err.contains("Resuming"), qPrintable(second.describe()));
        QVERIFY2(m_slow.log().count(" 206 ") > rangedBefore, "the second run did not resume with a range");
        // One archive under the first run's name: no "(1)", no .part, no record left.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{partName.chopped(5)});
        QCOMPARE(QFileInfo(out.filePath(partName.chopped(5))).size(), size);
        QCOMPARE(records(mf), QStringList());
    }

    void sweepsDuplicatesLeftByEarlierVersions()
    {
        MfProcess mf;
        mf.setApi(m_slow.apiUrl(), m_slow.apiKey());
        const QJsonObject snap = newestReady(mf);
        QTemporaryDir out;
        interrupt(mf, download(snap, out.path() + QLatin1Char('/')), out.path(), SIGKILL);
        if (QTest::currentTestFailed())
            return;
        const QString archive = parts(out.path()).first().fileName().chopped(5);
        QCOMPARE(records(mf).size(), 1);

        // What an earlier version left after a second interrupted run: another record and a
        // shorter .part under "… (1).tar.gz", for the same snapshot and folder.
        const QString recordPath = records(mf).first();
        QJsonObject copy = QJsonDocument::fromJson(contents(recordPath)).object();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString twin = archive.chopped(7) + QStringLiteral(" (1).tar.gz");
        copy.insert(QStringLiteral("id"), id);
        copy.insert(QStringLiteral("file_name"), twin);
        copy.insert(QStringLiteral("directory"), QString(out.path() + QLatin1Char('/')));
        QVERIFY(writeFile(QFileInfo(recordPath).dir().filePath(id + QStringLiteral(".json")), QJsonDocument(copy).toJson()));
        QVERIFY(writeFile(out.filePath(twin + QStringLiteral(".part")), contents(out.filePath(archive + QStringLiteral(".part"))).left(100)));

        const MfResult again = mf.run(download(snap, out.path()));
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.err.contains("Resuming"), qPrintable(again.describe()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{archive});
        QCOMPARE(records(mf), QStringList());
    }

    void typedNamesAreUsedAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("neighbour");
        QTest::newRow("colon") << QStringLiteral("db:prod.tar.gz") << QStringLiteral("db_prod.tar.gz");
        QTest::newRow("leading dot") << QStringLiteral(".notes") << QStringLiteral("notes");
    }

    void typedNamesAreUsedAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, neighbour);
        MfProcess mf;
        mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        const QJsonObject snap = newestReady(mf);
        QTemporaryDir out;
        QVERIFY(writeFile(out.filePath(neighbour), "someone's notes"));
        const mode_t previous = ::umask(022);
        const MfResult r = mf.run(download(snap, out.filePath(typed)) << QStringLiteral("--force"));
        ::umask(previous);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(contents(out.filePath(neighbour)), QByteArray("someone's notes"));
        QCOMPARE(QFileInfo(out.filePath(typed)).size(), qint64(snap.value("size_bytes").toDouble()));
        // A database dump: readable by its owner only, whatever the umask.
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(out.filePath(typed)).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void typedNameThatCannotBeUsedIsRefused()
    {
        MfProcess mf;
        mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        const QJsonObject snap = newestReady(mf);
        QTemporaryDir out;
        const MfResult r = mf.run(download(snap, out.filePath(QStringLiteral("a\tb.tar.gz"))));
        QVERIFY2(r.exitCode == 2 && r.err.contains("control character"), qPrintable(r.describe()));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void plantedPartLinkIsNotFollowed()
    {
        MfProcess mf;
        mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        const QJsonObject snap = newestReady(mf);
        QTemporaryDir shared, elsewhere;
        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, shared.filePath(QStringLiteral("db.tar.gz.part"))));
        const MfResult r = mf.run(download(snap, shared.filePath(QStringLiteral("db.tar.gz"))) << QStringLiteral("--force"));
        QVERIFY2(r.exitCode != 0 && r.err.contains("symbolic link"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("resume"), qPrintable(r.describe())); // nothing of ours to resume
        QCOMPARE(contents(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(shared.filePath(QStringLiteral("db.tar.gz.part"))).isSymLink());
        QVERIFY(!QFileInfo::exists(shared.filePath(QStringLiteral("db.tar.gz"))));
    }

    void liveKeyOnlyOverHttps()
    {
        MfProcess mf;
        // Signed in (earlier) to the local sandbox, which speaks plain http on loopback.
        {
            AccountStore accounts(mf.home() + QStringLiteral("/.config/managed.dev/Managed Desktop.conf"));
            Account account;
            account.id = Account::newId();
            account.apiUrl = m_sandbox.apiUrl();
            account.displayName = QStringLiteral("sandbox");
            QVERIFY(accounts.save(account));
            QVERIFY(accounts.setCurrentAccount(account.id));
        }
        const QString live = QStringLiteral("mfk_live_") + QString(32, QLatin1Char('L'));
        const QStringList list = {QStringLiteral("site"), QStringLiteral("list")};

        const qsizetype before = m_sandbox.log().size();
        mf.setEnv(QStringLiteral("MF_API_KEY"), live);
        MfResult r = mf.run(list);
        QVERIFY2(r.exitCode != 0 && r.err.contains("only sent over https") && r.err.contains("MF_API_URL"),
                 qPrintable(r.describe()));
        // Nor with MF_API_URL naming the same plain-http address.
        mf.setApi(m_sandbox.apiUrl(), live);
        r = mf.run(list);
        QVERIFY2(r.exitCode != 0 && r.err.contains("only sent over https"), qPrintable(r.describe()));
        QVERIFY2(!m_sandbox.log().mid(before).contains("GET "), m_sandbox.log().mid(before).constData());

        // A test key, as the sandbox issues them, still goes to the signed-in account's sandbox.
        mf.unsetEnv(QStringLiteral("MF_API_URL"));
        mf.setEnv(QStringLiteral("MF_API_KEY"), m_sandbox.apiKey());
        r = mf.run(list);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliDownloadSafety)
#include "tst_cli_download_safety.moc"
