#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

// `mf snapshot ls|diff|cat|history` against mf-sandbox: two snapshots taken around changes the
// test makes itself (files added, changed and removed on the environment's disk, a table added
// and a row inserted in its database), so every answer is known exactly.
class TestCliExplorer : public QObject
{
    Q_OBJECT

    static bool sql(const QString &path, const QString &statement)
    {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
            && sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

    static qint64 count(const QString &path, const QString &table)
    {
        sqlite3 *db = nullptr;
        sqlite3_stmt *stmt = nullptr;
        qint64 n = -1;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
            && sqlite3_prepare_v2(db, QStringLiteral("SELECT count(*) FROM %1").arg(table).toUtf8().constData(), -1,
                                  &stmt, nullptr)
                == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return n;
    }

    QString capture()
    {
        const MfResult r
            = m_mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--site"), m_site,
                        QStringLiteral("--env"), m_env, QStringLiteral("--wait"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.json()[QLatin1String("snapshot")][QLatin1String("id")].toString();
    }

    MfResult mf(QStringList args) const
    {
        args << QStringLiteral("--site") << m_site;
        return m_mf.run(args);
    }

    static QStringList paths(const QJsonValue &list)
    {
        QStringList out;
        for (const QJsonValue &v : list.toArray())
            out << v[QLatin1String("path")].toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.extraArgs = {QStringLiteral("--no-schedule")};
        QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
        m_mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        PlatformQuery q(m_sandbox.apiUrl(), m_sandbox.apiKey());
        const std::optional<QJsonArray> sites = q.list(QStringLiteral("/sites"));
        QVERIFY(sites && !sites->isEmpty());
        m_site = sites->at(0)[QLatin1String("slug")].toString();
        const std::optional<QJsonObject> envs = q.get(QStringLiteral("/sites/%1/environments").arg(m_site));
        QVERIFY(envs);
        m_env = (*envs)[QLatin1String("data")].toArray().at(0)[QLatin1String("name")].toString();
        QVERIFY(!m_env.isEmpty());
        m_files = m_sandbox.environmentFilesPath(m_site, m_env);
        m_db = m_sandbox.environmentDatabasePath(m_site, m_env);
        QVERIFY(QFileInfo(m_files).isDir());

        QVERIFY(QDir().mkpath(m_files + QStringLiteral("/explorer")));
        QVERIFY(TestFiles::write(m_files + QStringLiteral("/explorer/keep.txt"), "kept\n"));
        QVERIFY(TestFiles::write(m_files + QStringLiteral("/explorer/change.txt"), "v1\n"));
        QVERIFY(TestFiles::write(m_files + QStringLiteral("/explorer/remove.txt"), "to be removed\n"));
        m_old = capture();
        QVERIFY(!m_old.isEmpty());
        m_postsOld = count(m_db, QStringLiteral("posts"));
        QVERIFY(m_postsOld >= 0);

        QVERIFY(TestFiles::write(m_files + QStringLiteral("/explorer/change.txt"), "version two\n"));
        QVERIFY(QFile::remove(m_files + QStringLiteral("/explorer/remove.txt")));
        QVERIFY(TestFiles::write(m_files + QStringLiteral("/explorer/added.txt"), "added\n"));
        QVERIFY(sql(m_db,
                    QStringLiteral("INSERT INTO posts (title, body, status, created_at) VALUES ('x', 'y', 'draft', "
                                   "'2026-11-02T00:00:00Z')")));
        QVERIFY(sql(m_db, QStringLiteral("CREATE TABLE explorer_new (id INTEGER PRIMARY KEY)")));
        m_new = capture();
        QVERIFY(!m_new.isEmpty());
    }

    void diffIsExactlyTheChangesMade()
    {
        const MfResult r
            = mf({QStringLiteral("snapshot"), QStringLiteral("diff"), m_old, m_new, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonValue files = r.json()[QLatin1String("files")];
        QCOMPARE(paths(files[QLatin1String("added")]), QStringList {QStringLiteral("explorer/added.txt")});
        QCOMPARE(files[QLatin1String("added")][0][QLatin1String("size")].toInt(), 6);
        QCOMPARE(paths(files[QLatin1String("removed")]), QStringList {QStringLiteral("explorer/remove.txt")});
        QCOMPARE(files[QLatin1String("removed")][0][QLatin1String("size")].toInt(), 14);
        QCOMPARE(paths(files[QLatin1String("changed")]), QStringList {QStringLiteral("explorer/change.txt")});
        QCOMPARE(files[QLatin1String("changed")][0][QLatin1String("size_old")].toInt(), 3);
        QCOMPARE(files[QLatin1String("changed")][0][QLatin1String("size_new")].toInt(), 12);

        QMap<QString, QJsonObject> tables;
        for (const QJsonValue &t : r.json()[QLatin1String("db")][QLatin1String("tables")].toArray())
            tables.insert(t[QLatin1String("name")].toString(), t.toObject());
        QCOMPARE(tables.keys(), (QStringList {QStringLiteral("explorer_new"), QStringLiteral("posts")}));
        QCOMPARE(tables.value(QStringLiteral("explorer_new")).value(QLatin1String("change")).toString(),
                 QStringLiteral("added"));
        QCOMPARE(tables.value(QStringLiteral("posts")).value(QLatin1String("rows_old")).toInteger(), m_postsOld);
        QCOMPARE(tables.value(QStringLiteral("posts")).value(QLatin1String("rows_new")).toInteger(), m_postsOld + 1);
        QCOMPARE(tables.value(QStringLiteral("posts")).value(QLatin1String("schema_changed")).toBool(), false);

        // The same for people; and the cache answers a second time (an index per snapshot).
        const MfResult human = mf({QStringLiteral("snapshot"), QStringLiteral("diff"), m_old, m_new});
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.contains("Files: 1 added, 1 removed, 1 changed."));
        QVERIFY(human.out.contains("+ explorer/added.txt"));
        QVERIFY(human.out.contains("~ table posts"));
        QDir cache(m_mf.home() + QStringLiteral("/.cache"));
        int indexes = 0;
        QDirIterator it(cache.path(), {QStringLiteral("*.index")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++indexes;
        }
        QCOMPARE(indexes, 2);
    }

    void lsShowsFoldersFilesAndTables()
    {
        MfResult r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("explorer/"),
                         QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray entries = r.json()[QLatin1String("entries")].toArray();
        QCOMPARE(paths(entries),
                 (QStringList {QStringLiteral("explorer/added.txt"), QStringLiteral("explorer/change.txt"),
                               QStringLiteral("explorer/keep.txt")}));
        QCOMPARE(entries.at(1)[QLatin1String("sha256")].toString().toLatin1(),
                 TestFiles::sha256Hex(m_files + QStringLiteral("/explorer/change.txt")));
        QCOMPARE(entries.at(1)[QLatin1String("type")].toString(), QStringLiteral("file"));

        r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool sawExplorer = false;
        for (const QJsonValue &e : r.json()[QLatin1String("entries")].toArray()) {
            if (e[QLatin1String("name")].toString() == QLatin1String("explorer")) {
                sawExplorer = true;
                QCOMPARE(e[QLatin1String("type")].toString(), QStringLiteral("dir"));
                QCOMPARE(e[QLatin1String("size")].toInt(), 6 + 12 + 5); // what is inside it
            }
        }
        QVERIFY(sawExplorer);

        r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("--db"),
                QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool sawPosts = false;
        for (const QJsonValue &t : r.json()[QLatin1String("tables")].toArray()) {
            if (t[QLatin1String("name")].toString() == QLatin1String("posts")) {
                sawPosts = true;
                QCOMPARE(t[QLatin1String("rows")].toInteger(), count(m_db, QStringLiteral("posts")));
            }
        }
        QVERIFY(sawPosts);

        r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("explorer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("change.txt"));
        QVERIFY(r.out.contains("NAME"));
    }

    void catWritesTheBytesAsArchived()
    {
        MfResult r
            = mf({QStringLiteral("snapshot"), QStringLiteral("cat"), m_new, QStringLiteral("explorer/change.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("version two\n"));
        r = mf({QStringLiteral("snapshot"), QStringLiteral("cat"), m_old, QStringLiteral("explorer/change.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("v1\n"));
        // The archives stay in the cache for the next look.
        int archives = 0;
        QDirIterator it(m_mf.home() + QStringLiteral("/.cache"), {QStringLiteral("*.tar.gz")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++archives;
        }
        QCOMPARE(archives, 2);
    }

    void historyOfOnePath()
    {
        const MfResult r
            = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("history"), QStringLiteral("explorer/change.txt"),
                        QStringLiteral("--site"), m_site, QStringLiteral("--env"), m_env, QStringLiteral("--last"),
                        QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray versions = r.json()[QLatin1String("versions")].toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0)[QLatin1String("snapshot_id")].toString(), m_new);
        QCOMPARE(versions.at(0)[QLatin1String("size")].toInt(), 12);
        QVERIFY(versions.at(0)[QLatin1String("changed")].toBool());
        QCOMPARE(versions.at(1)[QLatin1String("snapshot_id")].toString(), m_old);
        QCOMPARE(versions.at(1)[QLatin1String("sha256")].toString().toLatin1(),
                 QCryptographicHash::hash("v1\n", QCryptographicHash::Sha256).toHex());

        const MfResult removed
            = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("history"), QStringLiteral("explorer/remove.txt"),
                        QStringLiteral("--site"), m_site, QStringLiteral("--env"), m_env, QStringLiteral("--last"),
                        QStringLiteral("2"), QStringLiteral("--cached")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(removed.out.contains("removed"));
    }

    void badRequestsSaySo()
    {
        MfResult r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("no/such")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("There is no"));
        r = mf({QStringLiteral("snapshot"), QStringLiteral("ls"), m_new, QStringLiteral("../../etc")});
        QCOMPARE(r.exitCode, 2);
        r = mf({QStringLiteral("snapshot"), QStringLiteral("cat"), m_new, QStringLiteral("explorer")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a file"));
        r = mf({QStringLiteral("snapshot"), QStringLiteral("diff"), m_old,
                QStringLiteral("snap_00000000000000000000000000")});
        QVERIFY2(r.exitCode == 4 || r.exitCode == 2, qPrintable(r.describe()));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    SandboxProcess m_sandbox;
    MfProcess m_mf;
    QString m_site, m_env, m_files, m_db, m_old, m_new;
    qint64 m_postsOld = -1;
};

QTEST_GUILESS_MAIN(TestCliExplorer)
#include "tst_cli_explorer.moc"
