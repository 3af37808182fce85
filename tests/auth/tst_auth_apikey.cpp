#include "auth/ApiKey.h"

#include <QTest>

class TestApiKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        const QString body = QStringLiteral("Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z");
        QTest::newRow("live") << QStringLiteral("mfk_live_") + body << true;
        QTest::newRow("test") << QStringLiteral("mfk_test_") + body << true;
        QTest::newRow("other mode") << QStringLiteral("mfk_prod_") + body << false;
        QTest::newRow("short") << QStringLiteral("mfk_live_") + body.chopped(1) << false;
        QTest::newRow("long") << QStringLiteral("mfk_live_") + body + QLatin1Char('a') << false;
        QTest::newRow("underscore") << QStringLiteral("mfk_live_") + body.chopped(1) + QLatin1Char('_') << false;
        QTest::newRow("non-ascii digit") << QStringLiteral("mfk_live_") + body.chopped(1) + QChar(0x0663) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("password") << QStringLiteral("hunter2") << false;
    }
    void wellFormed()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QCOMPARE(ApiKey::isWellFormed(key), ok);
    }
    void prefixAndNormalize()
    {
        const QString key = QStringLiteral("mfk_live_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z");
        QCOMPARE(ApiKey::prefix(key), QStringLiteral("mfk_live_Ab3"));
        QCOMPARE(ApiKey::normalized(QStringLiteral("  ") + key + QStringLiteral("\r\n")), key);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_auth_apikey.moc"
