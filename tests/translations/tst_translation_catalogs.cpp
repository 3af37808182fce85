// The compiled catalogs embedded under :/i18n load the way main.cpp loads them, and translate
// every message that the committed .ts files translate (a stale or partial .qm fails here).
#include "transfer/ArchiveExtractor.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
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
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("managed.dev"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translation_catalogs"));
    }

    // The programs' own start-up path: the setting picks the language over the system's.
    void settingOverridesSystemLocale_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
    }

    void settingOverridesSystemLocale()
    {
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::English));
        Settings::setLanguage(setting);
        const QLocale locale = Translations::install(*QCoreApplication::instance());
        QCOMPARE(locale.name().left(2), setting);
        QCOMPARE(QLocale().name().left(2), setting);
        QCOMPARE(QCoreApplication::translate("RestoreDialog", "Cancel"), expected);
        removeTranslators();
    }

    // A message made at run time in a class of its own (not a QObject) is looked up under the
    // context lupdate filed it in: the catalogs are right only if both agree.
    void coreMessagesComeOutTranslated()
    {
        Settings::setLanguage(QStringLiteral("de"));
        Translations::install(*QCoreApplication::instance());
        const auto result = ArchiveExtractor::extract(m_home.filePath(QStringLiteral("no-such.tar.gz")),
                                                      m_home.filePath(QStringLiteral("out")));
        removeTranslators();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("Das Archiv konnte nicht geöffnet werden")), qPrintable(result.error));
    }

    // English, and a language with no catalog, get the English plural forms instead of "(s)".
    void englishPluralsWithoutACatalog_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("no catalog (Italian)") << QStringLiteral("it");
    }

    void englishPluralsWithoutACatalog()
    {
        QFETCH(QString, setting);
        Settings::setLanguage(setting);
        Translations::install(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("RestoreDialog", "%1 in %n file(s)", nullptr, 1), QStringLiteral("%1 in 1 file"));
        QCOMPARE(QCoreApplication::translate("RestoreDialog", "%1 in %n file(s)", nullptr, 3), QStringLiteral("%1 in 3 files"));
        removeTranslators();
    }

    void emptySettingFollowsSystem()
    {
        Settings::setLanguage({});
        QCOMPARE(Translations::chosenLocale(), QLocale::system());
    }

    void catalogMatchesTs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en (plural forms only)") << QStringLiteral("en");
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

private:
    void removeTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestTranslationCatalogs)
#include "tst_translation_catalogs.moc"
