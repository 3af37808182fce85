// Taking one file or one folder out of an archive: "Save as…", `mf snapshot cat`, the text diff.
#include "TestArchive.h"
#include "index/EntryExtractor.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using TestArchive::Entry;

class tst_EntryExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("a.tar.gz"));
        QVERIFY(TestArchive::write(
            m_archive,
            {
                {"manifest.json", "{}", Entry::File},
                {"files/", {}, Entry::Dir},
                {"files/config.php", "<?php $good = true;\n", Entry::File, {}, 06755},
                {"files/wp-content/", {}, Entry::Dir},
                {"files/wp-content/plugins/", {}, Entry::Dir},
                {"files/wp-content/plugins/x.php", "x\n", Entry::File},
                {"files/wp-content/plugins/inside", {}, Entry::Symlink, "x.php"},
                {"files/wp-content/plugins/out", {}, Entry::Symlink, "../../config.php"},
                {"files/wp-content/plugins/hard", {}, Entry::Hardlink, "files/wp-content/plugins/x.php"},
                {"files/wp-content/plugins/hard-out", {}, Entry::Hardlink, "files/config.php"},
                {"files/wp-content/plugins/fifo", {}, Entry::Fifo},
                {"files/config-link", {}, Entry::Hardlink, "files/config.php"},
                {"db/", {}, Entry::Dir},
                {"db/dump.sql", "CREATE TABLE t (x);\n", Entry::File},
            }));
    }

    void saveOneFile()
    {
        const QString target = m_dir.filePath(QStringLiteral("config.php"));
        EntryExtractor::Result r
            = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("config.php"), target);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.files, 1);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("<?php $good = true;\n"));
        f.close();
        // Exists now: refused without overwrite, replaced with it.
        r = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("config.php"), target);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("already exists")), qPrintable(r.error));
        r = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("wp-content/plugins/x.php"), target,
                                 true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x\n"));
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral("config.php")).size()
                == 1);
    }

    void saveAHardLinkGivesItsTargetsContent()
    {
        const QString target = m_dir.filePath(QStringLiteral("linked.php"));
        const EntryExtractor::Result r
            = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("config-link"), target);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("<?php $good = true;\n"));
    }

    void saveAFolder()
    {
        const QString target = m_dir.filePath(QStringLiteral("plugins"));
        const EntryExtractor::Result r
            = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("wp-content/plugins"), target);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.target, QFileInfo(target).absoluteFilePath());
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name),
                 (QStringList {QStringLiteral("hard"), QStringLiteral("inside"), QStringLiteral("x.php")}));
        QCOMPARE(QFileInfo(target + QStringLiteral("/inside")).symLinkTarget(),
                 QFileInfo(target + QStringLiteral("/x.php")).absoluteFilePath());
        QFile hard(target + QStringLiteral("/hard"));
        QVERIFY(hard.open(QIODevice::ReadOnly));
        QCOMPARE(hard.readAll(), QByteArray("x\n"));
        // What was left out is said, not silently dropped.
        QCOMPARE(r.skipped.size(), 3);
        QStringList skipped;
        for (const QString &s : r.skipped)
            skipped << s.section(QLatin1Char(':'), 0, 0);
        skipped.sort();
        QCOMPARE(skipped, (QStringList {QStringLiteral("fifo"), QStringLiteral("hard-out"), QStringLiteral("out")}));
        // No staging folder is left beside it.
        QCOMPARE(QDir(m_dir.path())
                     .entryList(QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral(".plugins"))
                     .size(),
                 0);
    }

    void saveTheWholeComponentWithModesMasked()
    {
        const QString target = m_dir.filePath(QStringLiteral("files"));
        const EntryExtractor::Result r = EntryExtractor::save(m_archive, IndexComponent::Files, QString(), target);
        QVERIFY2(r.ok, qPrintable(r.error));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(target + QStringLiteral("/config.php")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07000), 0); // never set-user-id, set-group-id or sticky
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/wp-content/plugins/x.php")));
    }

    void refusals()
    {
        // A folder goes only into a new or empty folder.
        const QString full = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(full + QStringLiteral("/something")));
        EntryExtractor::Result r
            = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("wp-content"), full);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        r = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("no/such"),
                                 m_dir.filePath(QStringLiteral("n")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not in this snapshot")), qPrintable(r.error));
        r = EntryExtractor::save(m_archive, IndexComponent::Files, QStringLiteral("../../etc/passwd"),
                                 m_dir.filePath(QStringLiteral("p")));
        QVERIFY(!r.ok);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("p"))));
        r = EntryExtractor::save(m_dir.filePath(QStringLiteral("missing.tar.gz")), IndexComponent::Files,
                                 QStringLiteral("a"), m_dir.filePath(QStringLiteral("q")));
        QVERIFY(!r.ok);
    }

    void readToADevice()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        EntryExtractor::Result r
            = EntryExtractor::read(m_archive, IndexComponent::Db, QStringLiteral("dump.sql"), &out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(out.data(), QByteArray("CREATE TABLE t (x);\n"));
        r = EntryExtractor::read(m_archive, IndexComponent::Files, QStringLiteral("wp-content"), &out);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not a file")), qPrintable(r.error));
    }

    void readSmall()
    {
        QFuture<QByteArray> f
            = EntryExtractor::readSmallAsync(m_archive, IndexComponent::Files, QStringLiteral("config.php"));
        f.waitForFinished();
        QCOMPARE(f.result(), QByteArray("<?php $good = true;\n"));
        f = EntryExtractor::readSmallAsync(m_archive, IndexComponent::Files, QStringLiteral("config.php"), 5);
        f.waitForFinished();
        QVERIFY(f.result().isNull()); // larger than allowed
    }

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

QTEST_GUILESS_MAIN(tst_EntryExtractor)
#include "tst_EntryExtractor.moc"
