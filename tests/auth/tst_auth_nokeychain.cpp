#include "SandboxProcess.h"
#include "auth/AccountStore.h"
#include "auth/CredentialResolver.h"
#include "auth/CredentialStore.h"
#include "auth/SignIn.h"
#include "auth/SignOut.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// No Secret Service at all: D-Bus points at a socket that does not exist. The user gets a clear
// message, nothing is stored, and the opt-in session-only mode keeps the key in memory.
class TestNoKeychain : public QObject
{
    Q_OBJECT
public:
    static void initMain()
    {
        // Before QCoreApplication, so QtDBus never sees a real session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mf-test-no-bus");
    }

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    static QByteArray fileContents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void writeReportsNoKeychain()
    {
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        CredentialReply *reply = store.writeKey(QStringLiteral("a1"), m_sandbox.apiKey());
        QSignalSpy done(reply, &CredentialReply::finished);
        CredentialReply::Status status = CredentialReply::Status::Pending;
        QString message;
        connect(reply, &CredentialReply::finished, reply, [&] {
            status = reply->status();
            message = reply->errorString();
        });
        QVERIFY(done.wait(15000));
        QCOMPARE(status, CredentialReply::Status::KeychainUnavailable);
        QVERIFY(message.contains(QLatin1String("No keychain is available")));
        QVERIFY(message.contains(QLatin1String("session only")));
        QCOMPARE(unavailable.count(), 1);
    }

    void signInFailsCleanlyThenSessionOnlyWorks()
    {
        const QString settings = m_dir.filePath(QStringLiteral("s.ini"));
        AccountStore accounts(settings);
        CredentialStore credentials;
        SignIn signIn(&accounts, &credentials);
        QSignalSpy failed(&signIn, &SignIn::failed);
        QSignalSpy ok(&signIn, &SignIn::succeeded);
        QVERIFY(signIn.start(m_sandbox.apiUrl(), m_sandbox.apiKey()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const SignInError e = failed.first().first().value<SignInError>();
        QCOMPARE(e.kind, SignInError::Kind::Keychain);
        QVERIFY(e.keychainUnavailable());
        QVERIFY(accounts.accounts().isEmpty()); // the key was valid, but nothing is half-saved

        // The user opts in to keeping the key for this session only.
        credentials.setSessionOnly(true);
        QVERIFY(signIn.start(m_sandbox.apiUrl(), m_sandbox.apiKey()));
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 20000);
        const Account account = ok.first().first().value<Account>();
        QVERIFY(credentials.hasSessionKey(account.id));
        QVERIFY(!fileContents(settings).contains(m_sandbox.apiKey().toUtf8()));

        CredentialResolver resolver(&accounts, &credentials);
        resolver.setUseEnvironment(false);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        resolver.resolve();
        QVERIFY(resolved.wait(5000));
        const Credentials c = resolved.first().first().value<Credentials>();
        QCOMPARE(c.key, m_sandbox.apiKey());
        QCOMPARE(c.source, Credentials::Source::Session);

        // A new run (here: a fresh store on the same settings) has no key and says so clearly.
        CredentialStore nextRun;
        CredentialResolver again(&accounts, &nextRun);
        again.setUseEnvironment(false);
        QSignalSpy problem(&again, &CredentialResolver::failed);
        again.resolve();
        QVERIFY(problem.wait(15000));
        QCOMPARE(problem.first().first().value<CredentialResolver::Problem>(),
                 CredentialResolver::Problem::KeychainUnavailable);

        // Sign-out forgets the in-memory key.
        SignOut signOut(&accounts, &credentials);
        QSignalSpy out(&signOut, &SignOut::succeeded);
        QVERIFY(signOut.start(account.id));
        QVERIFY(out.wait(5000));
        QVERIFY(!credentials.hasSessionKey(account.id));
        QVERIFY(accounts.accounts().isEmpty());
    }

    void environmentKeyNeedsNoKeychain()
    {
        AccountStore accounts(m_dir.filePath(QStringLiteral("env.ini")));
        CredentialStore credentials;
        CredentialResolver resolver(&accounts, &credentials);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MF_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("MF_API_URL"), m_sandbox.apiUrl().toString());
        resolver.setEnvironment(env);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        resolver.resolve();
        QVERIFY(resolved.wait(5000));
        const Credentials c = resolved.first().first().value<Credentials>();
        QCOMPARE(c.source, Credentials::Source::Environment);
        QCOMPARE(c.apiUrl, m_sandbox.apiUrl());
        QCOMPARE(c.key, m_sandbox.apiKey());

        env.insert(QStringLiteral("MF_API_KEY"), QStringLiteral("not-a-key"));
        resolver.setEnvironment(env);
        QSignalSpy failed(&resolver, &CredentialResolver::failed);
        resolver.resolve();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<CredentialResolver::Problem>(),
                 CredentialResolver::Problem::MalformedKey);

        env.remove(QStringLiteral("MF_API_KEY"));
        resolver.setEnvironment(env);
        failed.clear();
        resolver.resolve();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<CredentialResolver::Problem>(),
                 CredentialResolver::Problem::NotSignedIn);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_auth_nokeychain.moc"
