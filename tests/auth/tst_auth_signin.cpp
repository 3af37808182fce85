#include "SandboxKeys.h"
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
#include <QUuid>

// Sign-in against mf-sandbox with a real Secret Service (tests/with-keyring.sh).
class TestSignIn : public QObject
{
    Q_OBJECT
private:
    static QByteArray fileContents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static CredentialReply::Status readKey(CredentialStore &store, const QString &id, QString *key)
    {
        CredentialReply *reply = store.readKey(id);
        CredentialReply::Status status = CredentialReply::Status::Pending;
        QSignalSpy done(reply, &CredentialReply::finished);
        QObject::connect(reply, &CredentialReply::finished, reply, [&] {
            status = reply->status();
            *key = reply->key();
        });
        done.wait(15000);
        return status;
    }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    const QString m_service = QStringLiteral("managed-desktop-test-") + QUuid::createUuid().toString(QUuid::Id128);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(!m_sandbox.apiKey().isEmpty());
    }

    void signInSavesAccountAndKeychainOnly()
    {
        const QString settings = m_dir.filePath(QStringLiteral("signin.ini"));
        AccountStore accounts(settings);
        CredentialStore credentials(m_service);
        SignIn signIn(&accounts, &credentials);
        QSignalSpy ok(&signIn, &SignIn::succeeded);
        QSignalSpy failed(&signIn, &SignIn::failed);
        QVERIFY(signIn.start(m_sandbox.apiUrl(), m_sandbox.apiKey() + QStringLiteral("\n")));
        QVERIFY(signIn.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(ok.count() + failed.count() == 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<SignInError>().message));

        const Account account = ok.first().first().value<Account>();
        QVERIFY(account.isValid());
        QCOMPARE(account.keyPrefix, m_sandbox.apiKey().left(12));
        QVERIFY(!account.organizationName.isEmpty());
        QVERIFY(!account.email.isEmpty());
        QVERIFY(!account.plan.isEmpty());
        QVERIFY(!account.scopes.isEmpty());
        QCOMPARE(signIn.me().email, account.email);
        QCOMPARE(accounts.currentAccountId(), account.id);
        QCOMPARE(accounts.accounts().size(), 1);

        QString stored;
        QCOMPARE(readKey(credentials, account.id, &stored), CredentialReply::Status::Ok);
        QCOMPARE(stored, m_sandbox.apiKey());

        const QByteArray file = fileContents(settings);
        QVERIFY(file.contains(account.id.toUtf8()));
        QVERIFY(file.contains(account.keyPrefix.toUtf8()));
        QVERIFY2(!file.contains(m_sandbox.apiKey().toUtf8()), "the key leaked into the settings file");
        QVERIFY(!file.contains(m_sandbox.apiKey().mid(12).toUtf8()));

        // The resolver gives the same key back for commands.
        CredentialResolver resolver(&accounts, &credentials);
        resolver.setUseEnvironment(false);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        resolver.resolve();
        QVERIFY(resolved.wait(15000));
        const Credentials c = resolved.first().first().value<Credentials>();
        QCOMPARE(c.key, m_sandbox.apiKey());
        QCOMPARE(c.source, Credentials::Source::Keychain);
        QCOMPARE(c.apiUrl, m_sandbox.apiUrl());

        // Signing in again as the same person replaces, not duplicates.
        QVERIFY(signIn.start(m_sandbox.apiUrl(), m_sandbox.apiKey()));
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 2, 20000);
        QCOMPARE(accounts.accounts().size(), 1);
        QCOMPARE(ok.last().first().value<Account>().id, account.id);

        // Sign-out removes the key from the keychain and the account from the settings.
        SignOut signOut(&accounts, &credentials);
        QSignalSpy out(&signOut, &SignOut::succeeded);
        QVERIFY(signOut.start(account.id));
        QVERIFY(out.wait(15000));
        QCOMPARE(readKey(credentials, account.id, &stored), CredentialReply::Status::NotFound);
        QVERIFY(accounts.accounts().isEmpty());
        QVERIFY(accounts.currentAccountId().isEmpty());
        QVERIFY(!fileContents(settings).contains(account.id.toUtf8()));
    }

    void refusedKeysSaveNothing_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("kind");
        QTest::newRow("unknown") << QStringLiteral("unknown") << int(SignInError::Kind::Rejected);
        QTest::newRow("revoked") << QStringLiteral("revoked") << int(SignInError::Kind::Rejected);
        QTest::newRow("malformed") << QStringLiteral("malformed") << int(SignInError::Kind::MalformedKey);
    }
    void refusedKeysSaveNothing()
    {
        QFETCH(QString, which);
        QFETCH(int, kind);
        QString key;
        if (which == QLatin1String("unknown")) {
            key = QStringLiteral("mfk_test_") + QString(32, QLatin1Char('Q'));
        } else if (which == QLatin1String("revoked")) {
            key = SandboxKeys::create(m_sandbox);
            QVERIFY2(!key.isEmpty(), m_sandbox.log().right(500).constData());
            QVERIFY(SandboxKeys::revoke(m_sandbox, key));
        } else {
            key = QStringLiteral("hunter2");
        }
        const QString settings = m_dir.filePath(which + QStringLiteral(".ini"));
        AccountStore accounts(settings);
        CredentialStore credentials(m_service);
        SignIn signIn(&accounts, &credentials);
        QSignalSpy failed(&signIn, &SignIn::failed);
        QSignalSpy ok(&signIn, &SignIn::succeeded);
        signIn.start(m_sandbox.apiUrl(), key);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(ok.isEmpty());
        const SignInError e = failed.first().first().value<SignInError>();
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.message.isEmpty());
        if (e.kind == SignInError::Kind::Rejected) {
            QCOMPARE(e.api.httpStatus, 401);
            QVERIFY(!e.api.requestId.isEmpty());
            QVERIFY(e.message.contains(QLatin1String("revoked or expired")));
        }
        QVERIFY(accounts.accounts().isEmpty());
        QVERIFY(!fileContents(settings).contains(key.toUtf8()));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_auth_signin.moc"
