// The compiled catalogs embedded under :/i18n load the way main.cpp loads them, and translate
// every message that the committed .ts files translate (a stale or partial .qm fails here).
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
                finished = true;
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"comment") {
                current.comment = xml.readElementText();
            } else if (name == u"translation") {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && finished) {
            messages << current;
        }
    }
    return messages;
}

} // namespace

class TestTranslationCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogMatchesTs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void catalogMatchesTs()
    {
        QFETCH(QString, language);
        QTranslator translator;
        // The same call main.cpp makes: locale -> ":/i18n/managed-desktop_<lang>.qm".
        QVERIFY2(translator.load(QLocale(language), QStringLiteral("managed-desktop"),
                                 QStringLiteral("_"), QStringLiteral(":/i18n")),
                 "catalog missing from the :/i18n resource");
        QCOMPARE(translator.language(), language);

        const QString sourceDir = qEnvironmentVariable("MF_SOURCE_DIR");
        QVERIFY(!sourceDir.isEmpty());
        const auto messages = readTs(sourceDir + "/translations/managed-desktop_" + language + ".ts");
        QVERIFY2(!messages.isEmpty(), "no finished messages in the .ts file");
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            // n = 1 picks the first form in both German and French, n = 5 the second.
            const QString got = translator.translate(context.constData(), source.constData(),
                                                     disambiguation, m.numerus ? 5 : -1);
            const QString want = m.translations.value(m.numerus ? 1 : 0);
            if (got != want) {
                QFAIL(qPrintable(QStringLiteral("[%1] \"%2\": catalog has \"%3\", .ts has \"%4\" "
                                                "(rebuild: the .qm is older than the .ts?)")
                                     .arg(m.context, m.source, got, want)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogs)
#include "tst_translation_catalogs.moc"
