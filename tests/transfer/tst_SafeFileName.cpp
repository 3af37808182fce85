#include "transfer/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_SafeFileName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contentDisposition_data();
    void contentDisposition();
    void neverUnsafe_data();
    void neverUnsafe();
    void unique();
    void claimReservesTheName();
    void claimWithoutRename();
    void splitExtension();
};

void tst_SafeFileName::contentDisposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    const QString fb = SafeFileName::fallback();
    QTest::newRow("plain") << QByteArray("attachment; filename=\"acme-production-snap_01.tar.gz\"")
                           << "acme-production-snap_01.tar.gz";
    QTest::newRow("unquoted") << QByteArray("attachment; filename=a.tar.gz") << "a.tar.gz";
    QTest::newRow("dotdot") << QByteArray("attachment; filename=\"../../x\"") << "x";
    QTest::newRow("dotdot-only") << QByteArray("attachment; filename=\"..\"") << fb;
    QTest::newRow("absolute") << QByteArray("attachment; filename=\"/etc/passwd\"") << "passwd";
    QTest::newRow("windows-drive") << QByteArray("attachment; filename=\"C:\\\\x\"") << "x";
    QTest::newRow("drive-relative") << QByteArray("attachment; filename=\"C:x.tar.gz\"") << "x.tar.gz";
    QTest::newRow("backslashes") << QByteArray("attachment; filename=\"..\\\\..\\\\evil.tar.gz\"") << "evil.tar.gz";
    QTest::newRow("control") << QByteArray("attachment; filename=\"a\x01\x1b[31mb\x7f.tar.gz\"") << "a[31mb.tar.gz";
    QTest::newRow("newline") << QByteArray("attachment; filename=\"a\r\nb.tar.gz\"") << "ab.tar.gz";
    QTest::newRow("empty") << QByteArray("attachment; filename=\"\"") << fb;
    QTest::newRow("no-filename") << QByteArray("attachment") << fb;
    QTest::newRow("no-header") << QByteArray() << fb;
    QTest::newRow("hidden") << QByteArray("attachment; filename=\".bashrc\"") << "bashrc";
    QTest::newRow("dots-spaces") << QByteArray("attachment; filename=\" . . a.tar.gz. \"") << "a.tar.gz";
    QTest::newRow("reserved-chars") << QByteArray("attachment; filename=\"a<b>|c?.tar.gz\"") << "a_b__c_.tar.gz";
    QTest::newRow("device-name") << QByteArray("attachment; filename=\"CON.tar.gz\"") << "_CON.tar.gz";
    QTest::newRow("rfc5987") << QByteArray("attachment; filename=\"fallback.tar.gz\"; filename*=UTF-8''caf%C3%A9.tar.gz")
                             << QString::fromUtf8("café.tar.gz");
    QTest::newRow("rfc5987-traversal") << QByteArray("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fcron.d") << "cron.d";
    QTest::newRow("rfc5987-bad-charset") << QByteArray("attachment; filename=\"ok.tar.gz\"; filename*=EBCDIC''x") << "ok.tar.gz";
    QTest::newRow("semicolon-quoted") << QByteArray("attachment; filename=\"a;b.tar.gz\"") << "a;b.tar.gz";
    QTest::newRow("rtl-override") << QByteArray("attachment; filename=\"a\xe2\x80\xaezg.rat.exe\"") << "a_zg.rat.exe";
}

void tst_SafeFileName::contentDisposition()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::fromContentDisposition(header), expected);
}

void tst_SafeFileName::neverUnsafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("slash") << "a/b/c";
    QTest::newRow("trailing-slash") << "dir/";
    QTest::newRow("dot") << ".";
    QTest::newRow("many-dots") << "......";
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("long") << QString(1000, QLatin1Char('x')) + QStringLiteral(".tar.gz");
    QTest::newRow("unc") << "\\\\server\\share\\x";
}

void tst_SafeFileName::neverUnsafe()
{
    QFETCH(QString, name);
    const QString safe = SafeFileName::sanitize(name);
    QVERIFY(!safe.isEmpty());
    QVERIFY(!safe.contains(QLatin1Char('/')));
    QVERIFY(!safe.contains(QLatin1Char('\\')));
    QVERIFY(!safe.startsWith(QLatin1Char('.')));
    QVERIFY(safe.size() <= 200);
    for (const QChar c : safe)
        QVERIFY(c.category() != QChar::Other_Control);
}

void tst_SafeFileName::unique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(SafeFileName::unique(dir.path(), QStringLiteral("a.tar.gz")), QStringLiteral("a.tar.gz"));
    QFile(QDir(dir.path()).filePath(QStringLiteral("a.tar.gz"))).open(QIODevice::WriteOnly);
    QCOMPARE(SafeFileName::unique(dir.path(), QStringLiteral("a.tar.gz")), QStringLiteral("a (1).tar.gz"));
    // A download in progress reserves its name through its .part.
    QFile(QDir(dir.path()).filePath(QStringLiteral("a (1).tar.gz.part"))).open(QIODevice::WriteOnly);
    QCOMPARE(SafeFileName::unique(dir.path(), QStringLiteral("a.tar.gz")), QStringLiteral("a (2).tar.gz"));
}

void tst_SafeFileName::claimReservesTheName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir folder(dir.path());
    // Two claims in a row, as two downloads starting at the same moment: two names.
    const SafeFileName::Claim first = SafeFileName::claim(dir.path(), QStringLiteral("a.tar.gz"), true);
    const SafeFileName::Claim second = SafeFileName::claim(dir.path(), QStringLiteral("a.tar.gz"), true);
    QCOMPARE(first.name, QStringLiteral("a.tar.gz"));
    QCOMPARE(second.name, QStringLiteral("a (1).tar.gz"));
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("a.tar.gz.part"))).isFile());
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("a (1).tar.gz.part"))).isFile());
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("a.tar.gz"))));
}

void tst_SafeFileName::claimWithoutRename()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir folder(dir.path());
    QVERIFY(!SafeFileName::claim(dir.path(), QStringLiteral("b.zip"), false).name.isEmpty());
    const SafeFileName::Claim again = SafeFileName::claim(dir.path(), QStringLiteral("b.zip"), false);
    QVERIFY(again.name.isEmpty());
    QVERIFY(again.taken);
    QVERIFY2(again.error.contains(QStringLiteral("b.zip")), qPrintable(again.error));

    QFile existing(folder.filePath(QStringLiteral("c.zip")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QVERIFY(SafeFileName::claim(dir.path(), QStringLiteral("c.zip"), false).taken);
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("c.zip.part"))));

    // A folder that refuses files is not "taken": the error says why. (A regular file in the
    // folder's place refuses even root, unlike permissions.)
    QFile notAFolder(folder.filePath(QStringLiteral("plain-file")));
    QVERIFY(notAFolder.open(QIODevice::WriteOnly));
    notAFolder.close();
    const QString locked = notAFolder.fileName();
    const SafeFileName::Claim refused = SafeFileName::claim(locked, QStringLiteral("d.zip"), true);
    QVERIFY(refused.name.isEmpty());
    QVERIFY(!refused.taken);
    QVERIFY(!refused.error.isEmpty());
}

void tst_SafeFileName::splitExtension()
{
    QString stem, ext;
    SafeFileName::splitExtension(QStringLiteral("site.tar.gz"), &stem, &ext);
    QCOMPARE(stem, QStringLiteral("site"));
    QCOMPARE(ext, QStringLiteral(".tar.gz"));
    SafeFileName::splitExtension(QStringLiteral("README"), &stem, &ext);
    QCOMPARE(stem, QStringLiteral("README"));
    QCOMPARE(ext, QString());
}

QTEST_GUILESS_MAIN(tst_SafeFileName)
#include "tst_SafeFileName.moc"
