// The `wordpress` seed: a WordPress-like production with 30 nightly snapshots whose component
// checksums move exactly on the days docs/sandbox.md says, and whose archives hold the seeded
// changes (the altered index.php, the stray .php under uploads, the wp_ tables).
#include "SandboxApi.h"
#include "SandboxProcess.h"
#include "TestArchive.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

namespace {
constexpr int kSnapshots = 30;
constexpr int kTampered = 23; // index (oldest = 0) of the first snapshot with the altered index.php

// docs/sandbox.md: posts on days i % 3 != 0, uploads on odd days, a plugin update (files and
// database) on days i % 7 == 5, the tampering (files) on day 23.
bool dbChanges(int i) { return i % 3 != 0 || i % 7 == 5; }
bool filesChange(int i) { return i % 2 == 1 || i % 7 == 5 || i == kTampered; }

QStringList column(const QString &dbPath, const char *sql)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW)
                out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

QStringList phpUnderUploads(const QString &filesDir)
{
    QStringList out;
    QDirIterator it(filesDir + QStringLiteral("/wp-content/uploads"), {QStringLiteral("*.php")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(filesDir).relativeFilePath(it.next());
    return out;
}
}

class TestSandboxWordPress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void thirtyNightlySnapshots();
    void checksumsMoveOnTheSeededDays();
    void tamperedNightInTheArchives();
    void databaseHasWordPressTables();
    void sameBytesWhenBuiltAgain();

private:
    QString extract(int index, const QString &name);
    QJsonArray snapshotsOf(SandboxProcess &sandbox);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QJsonArray m_snaps; // oldest first
    QTemporaryDir m_tmp;
};

QJsonArray TestSandboxWordPress::snapshotsOf(SandboxProcess &sandbox)
{
    SandboxApi api(sandbox);
    const ApiReply r = api.get(QStringLiteral("/sites/harbor-press/snapshots?environment=production&limit=100"));
    if (r.status != 200)
        return {};
    QJsonArray data = r.json()[QLatin1String("data")].toArray();
    QJsonArray oldestFirst;
    for (qsizetype i = data.size() - 1; i >= 0; --i)
        oldestFirst.append(data[i]);
    return oldestFirst;
}

void TestSandboxWordPress::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    SandboxProcess::Options o;
    o.seed = QStringLiteral("wordpress");
    o.readyTimeoutMs = 240000; // the first build of the seed on a busy machine
    QVERIFY2(m_sandbox.start(o), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    m_snaps = snapshotsOf(m_sandbox);
}

void TestSandboxWordPress::thirtyNightlySnapshots()
{
    QCOMPARE(m_snaps.size(), kSnapshots);
    QDateTime previous;
    for (const QJsonValue &s : std::as_const(m_snaps)) {
        QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("ready"));
        QCOMPARE(s[QLatin1String("kind")].toString(), QStringLiteral("scheduled"));
        const QDateTime at = QDateTime::fromString(s[QLatin1String("created_at")].toString(), Qt::ISODate);
        QCOMPARE(at.time(), QTime(2, 0));
        if (previous.isValid())
            QCOMPARE(previous.daysTo(at), 1);
        previous = at;
    }
    QVERIFY(previous.secsTo(QDateTime::currentDateTimeUtc()) < 86400 + 3600);
    const QJsonObject files = m_snaps.last()[QLatin1String("components")][QLatin1String("files")].toObject();
    QVERIFY2(files[QLatin1String("file_count")].toInt() > 1500, qPrintable(QString::number(files[QLatin1String("file_count")].toInt())));
    QVERIFY(files[QLatin1String("size_bytes")].toDouble() > 10e6);
}

void TestSandboxWordPress::checksumsMoveOnTheSeededDays()
{
    QCOMPARE(m_snaps.size(), kSnapshots);
    const auto sha = [&](int i, const char *component) {
        return m_snaps[i][QLatin1String("components")][QLatin1String(component)][QLatin1String("sha256")].toString();
    };
    int quiet = 0;
    for (int i = 1; i < kSnapshots; ++i) {
        QVERIFY(!sha(i, "db").isEmpty() && !sha(i, "files").isEmpty());
        QCOMPARE(sha(i, "db") != sha(i - 1, "db"), dbChanges(i));
        QCOMPARE(sha(i, "files") != sha(i - 1, "files"), filesChange(i));
        quiet += !dbChanges(i) && !filesChange(i);
    }
    QCOMPARE(quiet, 3); // nights 6, 18 and 24: nothing changed, both checksums repeat
}

QString TestSandboxWordPress::extract(int index, const QString &name)
{
    const QString dest = m_tmp.filePath(name);
    if (QFileInfo::exists(dest + QStringLiteral("/manifest.json")))
        return dest; // extracted by an earlier test function
    const QString id = m_snaps[index][QLatin1String("id")].toString();
    const ApiReply r = m_api->get(QStringLiteral("/sites/harbor-press/snapshots/%1/download").arg(id));
    if (r.status != 200)
        return {};
    const QString archive = m_tmp.filePath(name + QStringLiteral(".tar.gz"));
    QFile f(archive);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.body) != r.body.size())
        return {};
    f.close();
    QDir().mkpath(dest);
    QString error;
    return TestArchive::extract(archive, dest, &error) ? dest : QString();
}

void TestSandboxWordPress::tamperedNightInTheArchives()
{
    const QString before = extract(kTampered - 1, QStringLiteral("before"));
    const QString after = extract(kTampered, QStringLiteral("after"));
    const QString newest = extract(kSnapshots - 1, QStringLiteral("newest"));
    QVERIFY(!before.isEmpty() && !after.isEmpty() && !newest.isEmpty());
    const auto tree = [](const QString &dir) { return TestArchive::tree(dir + QStringLiteral("/files")); };
    const auto a = tree(before), b = tree(after), c = tree(newest);
    QVERIFY(a.size() > 1500);
    QVERIFY(a.contains(QStringLiteral("wp-content/plugins/harbor-shop/harbor-shop.php")));
    QVERIFY(a.contains(QStringLiteral("wp-content/themes/harbor/style.css")));
    QVERIFY(a.value(QStringLiteral("index.php")).first != b.value(QStringLiteral("index.php")).first);
    QCOMPARE(c.value(QStringLiteral("index.php")), b.value(QStringLiteral("index.php")));
    QVERIFY(phpUnderUploads(before + QStringLiteral("/files")).isEmpty());
    const QStringList stray = phpUnderUploads(after + QStringLiteral("/files"));
    QCOMPARE(stray.size(), 1);
    QVERIFY2(stray.first().endsWith(QLatin1String("/wp-stats.php")), qPrintable(stray.first()));
    QFile index(after + QStringLiteral("/files/index.php"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().contains(QFileInfo(stray.first()).fileName().toUtf8()));
    // Uploads grow: the newest has more images than the night before the tampering.
    const auto uploads = [](const QMap<QString, QPair<QByteArray, int>> &t) {
        return std::count_if(t.keyBegin(), t.keyEnd(), [](const QString &k) { return k.startsWith(QLatin1String("wp-content/uploads/")); });
    };
    QVERIFY(uploads(c) > uploads(a));
    QCOMPARE(b.value(QStringLiteral("wp-config.php")).second, 0640);
}

void TestSandboxWordPress::databaseHasWordPressTables()
{
    const QString oldest = extract(0, QStringLiteral("oldest"));
    const QString newest = extract(kSnapshots - 1, QStringLiteral("newest"));
    QVERIFY(QFileInfo::exists(newest + QStringLiteral("/db/app.db")));
    const QStringList tables = column(newest + QStringLiteral("/db/app.db"), "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
    for (const char *t : {"wp_comments", "wp_options", "wp_postmeta", "wp_posts", "wp_term_relationships", "wp_term_taxonomy",
                          "wp_terms", "wp_usermeta", "wp_users"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    const int postsThen = column(oldest + QStringLiteral("/db/app.db"), "SELECT COUNT(*) FROM wp_posts").value(0).toInt();
    const int postsNow = column(newest + QStringLiteral("/db/app.db"), "SELECT COUNT(*) FROM wp_posts").value(0).toInt();
    QCOMPARE(postsThen, 120);
    QVERIFY2(postsNow > postsThen + 20, qPrintable(QString::number(postsNow)));
    // Plugin updates are recorded: one plugin's version moved on.
    QVERIFY(column(newest + QStringLiteral("/db/app.db"), "SELECT option_value FROM wp_options WHERE option_name='spam-shield_version'")
                .value(0) != QLatin1String("1.0.0"));
}

void TestSandboxWordPress::sameBytesWhenBuiltAgain()
{
    // Built from scratch (not copied from the seed cache): every checksum is the same.
    SandboxProcess fresh;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("wordpress");
    o.extraArgs = {QStringLiteral("--no-seed-cache")};
    o.readyTimeoutMs = 240000;
    QVERIFY2(fresh.start(o), qPrintable(fresh.errorString()));
    const QJsonArray again = snapshotsOf(fresh);
    QCOMPARE(again.size(), m_snaps.size());
    for (qsizetype i = 0; i < again.size(); ++i)
        QCOMPARE(again[i][QLatin1String("components")].toObject(), m_snaps[i][QLatin1String("components")].toObject());
}

QTEST_GUILESS_MAIN(TestSandboxWordPress)
#include "tst_sandbox_wordpress.moc"
