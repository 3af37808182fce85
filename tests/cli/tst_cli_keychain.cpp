#include "CiSkip.h"
#include "MfProcess.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// `mf auth login | status | logout` against a real Secret Service (run by tests/with-keyring.sh:
// a private D-Bus session with an unlocked gnome-keyring), and what they leave on disk: the key
// in the keychain while signed in, gone after logout, and never in a file under mf's HOME.
class TestCliKeychain : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    MfProcess m_mf;
    QString m_accountId;

    // What the Secret Service holds for mf's service and this account, asked through secret-tool.
    static QString keychainLookup(const QString &accountId)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                QStringLiteral("managed-desktop"), QStringLiteral("user"), accountId});
        if (!p.waitForFinished(10000))
            return QStringLiteral("<secret-tool did not finish>");
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            MF_SKIP_OUTSIDE_CI("needs a D-Bus session with a Secret Service: run through ctest (tests/with-keyring.sh)");
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            MF_SKIP_OUTSIDE_CI("secret-tool (libsecret-tools) is needed to look into the keychain");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_mf.isValid());
        m_mf.setApi(m_sandbox.apiUrl(), QString()); // no MF_API_KEY: the keychain or nothing
    }

    void notSignedInAtFirst()
    {
        const MfResult r = m_mf.run({QStringLiteral("auth"), QStringLiteral("status")});
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Not signed in"), qPrintable(r.describe()));
    }

    void loginRefusesBadKeys()
    {
        // On the command line a key would be visible to other programs: refused before any use.
        MfResult r = m_mf.run({QStringLiteral("auth"), QStringLiteral("login"), m_sandbox.apiKey()});
        QVERIFY2(r.exitCode == 2 && r.err.contains("not accepted as an argument"), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(m_sandbox.apiKey().toUtf8()));

        // A key the platform refuses is not kept.
        const QByteArray unknown = "mfk_test_" + QByteArray(32, 'q');
        r = m_mf.run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--key-stdin")}, unknown + '\n');
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        r = m_mf.run({QStringLiteral("auth"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 3 && r.err.contains("Not signed in"), qPrintable(r.describe()));

        // Nothing on standard input.
        r = m_mf.run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--key-stdin")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("No API key"), qPrintable(r.describe()));
    }

    void loginKeepsKeyInKeychain()
    {
        const MfResult r = m_mf.run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--key-stdin"),
                                     QStringLiteral("--name"), QStringLiteral("CLI test")},
                                    m_sandbox.apiKey().toUtf8() + '\n');
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("as dana@acme-agency.example (Acme Agency, plan agency)"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("is kept in the keychain"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("It may: ") && r.out.contains("snapshots:restore"), qPrintable(r.describe())); // what the key may do
        QVERIFY(!r.out.contains(m_sandbox.apiKey().toUtf8()) && !r.err.contains(m_sandbox.apiKey().toUtf8()));

        const MfResult status = m_mf.run({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        const QJsonObject s = status.json().toObject();
        QCOMPARE(s.value("key_source").toString(), QStringLiteral("keychain"));
        QCOMPARE(s.value("me").toObject().value("organization").toObject().value("name").toString(), QStringLiteral("Acme Agency"));
        QCOMPARE(s.value("account").toObject().value("display_name").toString(), QStringLiteral("CLI test"));
        m_accountId = s.value("account").toObject().value("id").toString();
        QVERIFY(!m_accountId.isEmpty());
        QVERIFY(!status.out.contains(m_sandbox.apiKey().toUtf8()));

        // Really in the Secret Service, under the account's id.
        QCOMPARE(keychainLookup(m_accountId), m_sandbox.apiKey());

        const MfResult human = m_mf.run({QStringLiteral("auth"), QStringLiteral("status")});
        QVERIFY2(human.exitCode == 0 && human.out.contains("Dana Demo <dana@acme-agency.example>")
                     && human.out.contains("from the keychain"),
                 qPrintable(human.describe()));
    }

    void commandsUseTheKeychainKey()
    {
        const MfResult r = m_mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().toArray().size(), 12);
    }

    void logoutRemovesKey()
    {
        QVERIFY(!m_accountId.isEmpty());
        const MfResult r = m_mf.run({QStringLiteral("auth"), QStringLiteral("logout")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Signed out of CLI test; its key was removed from the keychain."), qPrintable(r.describe()));
        QCOMPARE(keychainLookup(m_accountId), QString());

        const MfResult status = m_mf.run({QStringLiteral("auth"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 3 && status.err.contains("Not signed in"), qPrintable(status.describe()));
        const MfResult again = m_mf.run({QStringLiteral("auth"), QStringLiteral("logout")});
        QVERIFY2(again.exitCode == 0 && again.out.contains("Not signed in."), qPrintable(again.describe()));
    }

    void noKeyOnDisk()
    {
        // The account list (settings) was written, so the scan looks at real files.
        QVERIFY2(m_mf.fileCount() > 0, "mf wrote nothing under HOME: the scan would prove nothing");
        const QStringList found = m_mf.filesContaining(m_sandbox.apiKey().toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
