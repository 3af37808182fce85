#include "FuzzApiParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Every file of the fuzzing corpus through the parser in ordinary (g++) builds: the hostile ones
// must be refused without crashing, the valid ones must still parse.
class TestHostileCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MF_FUZZ_CORPUS));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, "corpus missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const int parsed = FuzzApiParser::parseEverything(body);
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QLatin1String("valid-")))
            QVERIFY2(parsed > 0, "a valid document no longer parses");
        if (name.startsWith(QLatin1String("hostile-"))) {
            // Nothing typed may come out of a hostile document, except the error shape itself.
            QCOMPARE(parsed, 0);
        }
    }

    void generatedHostileInputs()
    {
        // Inputs too big or too repetitive to keep as files.
        QCOMPARE(FuzzApiParser::parseEverything(QByteArray("[").repeated(200000)), 0);
        QCOMPARE(FuzzApiParser::parseEverything(QByteArray("{\"a\":").repeated(100000)), 0);
        QByteArray big = "{\"data\":[" + QByteArray("{},").repeated(6 * 1024 * 1024) + "{}],\"next_cursor\":null}";
        QCOMPARE(FuzzApiParser::parseEverything(big), 0); // over 16 MiB: refused before parsing
        QByteArray manyKeys = "{";
        for (int i = 0; i < 100000; ++i)
            manyKeys += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        manyKeys += "\"id\":1}";
        QCOMPARE(FuzzApiParser::parseEverything(manyKeys), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileCorpus)
#include "tst_hostilecorpus.moc"
