#include "util/Format.h"
#include "util/ManualClock.h"

#include <QRegularExpression>
#include <QTest>

// Wording and rounding of sizes, relative times and durations; "now" comes from a ManualClock.
class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(Format::size(0, c), QStringLiteral("0 bytes"));
        QCOMPARE(Format::size(1, c), QStringLiteral("1 byte"));
        QCOMPARE(Format::size(999, c), QStringLiteral("999 bytes"));
        QCOMPARE(Format::size(1500, c), QStringLiteral("1.5 kB"));
        QCOMPARE(Format::size(1500000000, c), QStringLiteral("1.5 GB"));
        QCOMPARE(Format::size(1500, QLocale(QLocale::German)), QStringLiteral("1,5 kB"));
        QCOMPARE(Format::speed(2500000, c), QStringLiteral("2.5 MB/s"));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("offsetSeconds"); // of the time shown, from now
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << Q_INT64_C(0) << "just now";
        QTest::newRow("skew") << Q_INT64_C(30) << "just now";
        QTest::newRow("1 min") << Q_INT64_C(-60) << "1 minute ago";
        QTest::newRow("5 min") << Q_INT64_C(-300) << "5 minutes ago";
        QTest::newRow("3 h") << Q_INT64_C(-3 * 3600) << "3 hours ago";
        QTest::newRow("1 h") << Q_INT64_C(-95 * 60) << "2 hours ago";
        QTest::newRow("yesterday-ish") << Q_INT64_C(-30 * 3600) << "30 hours ago";
        QTest::newRow("2 days") << Q_INT64_C(-2 * 86400) << "2 days ago";
        QTest::newRow("3 weeks") << Q_INT64_C(-21 * 86400) << "3 weeks ago";
        QTest::newRow("4 months") << Q_INT64_C(-120 * 86400) << "4 months ago";
        QTest::newRow("3 years") << Q_INT64_C(-3 * 365 * 86400) << "3 years ago";
        QTest::newRow("in 5 days") << Q_INT64_C(5 * 86400) << "in 5 days";
        QTest::newRow("in 1 hour") << Q_INT64_C(3600) << "in 1 hour";
        QTest::newRow("in 10 minutes") << Q_INT64_C(600) << "in 10 minutes";
    }

    void relativeTimes()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(QString, text);
        ManualClock clock;
        QCOMPARE(Format::relativeTime(clock.now().addSecs(offsetSeconds), &clock), text);
    }

    void relativeTimeInvalid()
    {
        QVERIFY(Format::relativeTime(QDateTime()).isEmpty());
    }

    void durations()
    {
        QCOMPARE(Format::duration(-5), QStringLiteral("0 s"));
        QCOMPARE(Format::duration(45), QStringLiteral("45 s"));
        QCOMPARE(Format::duration(200), QStringLiteral("3 min 20 s"));
        QCOMPARE(Format::duration(1800), QStringLiteral("30 min"));
        QCOMPARE(Format::duration(7500), QStringLiteral("2 h 5 min"));
        QCOMPARE(Format::duration(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));
        QCOMPARE(Format::eta(-1), QString());
        QCOMPARE(Format::eta(20), QStringLiteral("less than a minute left"));
        QCOMPARE(Format::eta(200), QStringLiteral("about 3 min 20 s left"));
        QCOMPARE(Format::etaSeconds(50, 100, 10.0), Q_INT64_C(5));
        QCOMPARE(Format::etaSeconds(50, 100, 0.0), Q_INT64_C(-1));
        QCOMPARE(Format::etaSeconds(150, 100, 10.0), Q_INT64_C(-1));
    }

    void dateTimes()
    {
        const QDateTime t(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        // Local time, to the minute: the C locale's short format loses its seconds.
        QCOMPARE(Format::dateTime(t, QLocale::c()), QLocale::c().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
        static const QRegularExpression hms(QStringLiteral("\\d:\\d\\d[:.]\\d\\d"));
        for (const char *name : {"de_DE", "fr_FR", "en_US", "en_GB"}) {
            const QString text = Format::dateTime(t, QLocale(QLatin1String(name)));
            QVERIFY2(!text.isEmpty() && !hms.match(text).hasMatch(), qPrintable(QLatin1String(name) + QLatin1String(": ") + text));
        }
        QVERIFY(Format::dateTime(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
