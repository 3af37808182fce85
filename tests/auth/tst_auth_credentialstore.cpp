#include "auth/CredentialStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// Runs inside tests/with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    // Waits for a reply's finished() and returns its final state.
    static CredentialReply::Status wait(CredentialReply *reply, QString *key = nullptr)
    {
        QSignalSpy done(reply, &CredentialReply::finished);
        CredentialReply::Status status = CredentialReply::Status::Pending;
        QObject::connect(reply, &CredentialReply::finished, reply, [&] {
            status = reply->status();
            if (key)
                *key = reply->key();
        });
        if (!done.wait(15000))
            return CredentialReply::Status::Pending;
        return status;
    }

    // What the Secret Service itself holds, asked through secret-tool (libsecret-tools).
    static QString secretToolLookup(const QString &service, const QString &id)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), service,
                                                QStringLiteral("user"), id});
        if (!p.waitForFinished(10000))
            return QStringLiteral("<secret-tool did not finish>");
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    const QString m_service = QStringLiteral("managed-desktop-test-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_key = QStringLiteral("mfk_test_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z");

private Q_SLOTS:
    void storeReadDelete()
    {
        CredentialStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(wait(store.writeKey(id, m_key)), CredentialReply::Status::Ok);

        QString read;
        QCOMPARE(wait(store.readKey(id), &read), CredentialReply::Status::Ok);
        QCOMPARE(read, m_key);
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(secretToolLookup(m_service, id), m_key); // really in the Secret Service

        QCOMPARE(wait(store.deleteKey(id)), CredentialReply::Status::Ok);
        QCOMPARE(wait(store.readKey(id)), CredentialReply::Status::NotFound);
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(secretToolLookup(m_service, id), QString());
        // Deleting what is gone is not an error: sign-out may be retried.
        QCOMPARE(wait(store.deleteKey(id)), CredentialReply::Status::Ok);
    }

    void overwriteKeepsOneKey()
    {
        CredentialStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(wait(store.writeKey(id, m_key)), CredentialReply::Status::Ok);
        const QString newer = QStringLiteral("mfk_live_zzzzEf6hIj9kLm2nOp5qRs8tUv1wXy4z");
        QCOMPARE(wait(store.writeKey(id, newer)), CredentialReply::Status::Ok);
        QString read;
        QCOMPARE(wait(store.readKey(id), &read), CredentialReply::Status::Ok);
        QCOMPARE(read, newer);
        QCOMPARE(wait(store.deleteKey(id)), CredentialReply::Status::Ok);
    }

    void accountsAreSeparate()
    {
        CredentialStore store(m_service);
        const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(wait(store.writeKey(a, m_key)), CredentialReply::Status::Ok);
        QCOMPARE(wait(store.readKey(b)), CredentialReply::Status::NotFound);
        QCOMPARE(wait(store.deleteKey(b)), CredentialReply::Status::Ok);
        QString read;
        QCOMPARE(wait(store.readKey(a), &read), CredentialReply::Status::Ok);
        QCOMPARE(read, m_key);
        QCOMPARE(wait(store.deleteKey(a)), CredentialReply::Status::Ok);
    }

    void repliesAreAsynchronous()
    {
        // Even session-only answers come later, so a caller may connect after the call.
        CredentialStore store(m_service);
        store.setSessionOnly(true);
        CredentialReply *reply = store.writeKey(QStringLiteral("s1"), m_key);
        QVERIFY(!reply->isFinished());
        QCOMPARE(wait(reply), CredentialReply::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_auth_credentialstore.moc"
