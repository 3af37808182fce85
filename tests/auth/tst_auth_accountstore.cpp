#include "auth/AccountStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    static Account sample(const QString &email)
    {
        Account a;
        a.id = Account::newId();
        a.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8470/v1"));
        a.displayName = QStringLiteral("Acme (%1)").arg(email);
        a.keyPrefix = QStringLiteral("mfk_test_abc");
        a.organizationId = QStringLiteral("org_01J9ZZZZZZZZZZZZZZZZZZZZZZ");
        a.organizationName = QStringLiteral("Acme");
        a.accountId = QStringLiteral("acct_") + email;
        a.email = email;
        a.plan = QStringLiteral("agency");
        a.scopes = {QStringLiteral("sites:read"), QStringLiteral("snapshots:write")};
        return a;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void saveListReloadRemove()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.ini"));
        const Account a = sample(QStringLiteral("ana@example.com"));
        const Account b = sample(QStringLiteral("bo@example.com"));
        {
            AccountStore store(path);
            QSignalSpy changed(&store, &AccountStore::accountsChanged);
            QVERIFY(store.accounts().isEmpty());
            QVERIFY(!store.currentAccount().isValid());
            QVERIFY(store.save(a));
            QVERIFY(store.save(b));
            QCOMPARE(changed.count(), 2);
            QVERIFY(store.setCurrentAccount(b.id));
        }
        AccountStore store(path); // a second run sees the same
        const QList<Account> all = store.accounts();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a.id);
        QCOMPARE(all.at(0).email, a.email);
        QCOMPARE(all.at(0).scopes, a.scopes);
        QCOMPARE(all.at(0).apiUrl, a.apiUrl);
        QCOMPARE(store.currentAccountId(), b.id);
        QCOMPARE(store.find(a.apiUrl, a.accountId, a.organizationId).id, a.id);
        QVERIFY(!store.find(QUrl(QStringLiteral("https://api.managed.dev/v1")), a.accountId, a.organizationId).isValid());

        QSignalSpy current(&store, &AccountStore::currentAccountChanged);
        QVERIFY(store.remove(b.id));
        QCOMPARE(current.count(), 1);
        QVERIFY(store.currentAccountId().isEmpty());
        QCOMPARE(store.accounts().size(), 1);
        QVERIFY(store.remove(b.id)); // idempotent
    }

    void updateReplacesInPlace()
    {
        AccountStore store(m_dir.filePath(QStringLiteral("b.ini")));
        Account a = sample(QStringLiteral("cy@example.com"));
        QVERIFY(store.save(a));
        a.plan = QStringLiteral("enterprise");
        a.scopes.clear();
        QVERIFY(store.save(a));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.account(a.id).plan, QStringLiteral("enterprise"));
        QVERIFY(store.account(a.id).scopes.isEmpty());
    }

    // Signing in again to an account (a refused key replaced) saves it again; the jobs followed
    // for it live in the same group and must still be there afterwards (issue 12).
    void savingAgainKeepsWhatOthersStoreForTheAccount()
    {
        const QString path = m_dir.filePath(QStringLiteral("e.ini"));
        Account a = sample(QStringLiteral("gus@example.com"));
        const QString jobKey = QStringLiteral("accounts/") + a.id + QStringLiteral("/jobs/job_01JA0000000000000000000000");
        {
            AccountStore store(path);
            QVERIFY(store.save(a));
        }
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(jobKey, QStringLiteral("2026-11-24T09:30:00Z"));
            raw.setValue(QStringLiteral("accounts/") + a.id + QStringLiteral("/email"), QStringLiteral("stale"));
        }
        {
            AccountStore store(path);
            a.keyPrefix = QStringLiteral("mfk_test_new");
            QVERIFY(store.save(a));
            QCOMPARE(store.account(a.id).keyPrefix, a.keyPrefix);
            QCOMPARE(store.account(a.id).email, a.email);
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(jobKey).toString(), QStringLiteral("2026-11-24T09:30:00Z"));
        {
            AccountStore store(path);
            QVERIFY(store.remove(a.id));
        }
        raw.sync();
        QVERIFY(!raw.contains(QStringLiteral("accounts/") + a.id + QStringLiteral("/apiUrl")));
        QVERIFY(raw.contains(jobKey)); // the job store's to forget (SessionActions::forgetAccount)
    }

    void refusesBadInput()
    {
        AccountStore store(m_dir.filePath(QStringLiteral("c.ini")));
        Account noUrl = sample(QStringLiteral("dee@example.com"));
        noUrl.apiUrl = QUrl();
        QVERIFY(!store.save(noUrl));
        QVERIFY(!store.errorString().isEmpty());
        Account slashId = sample(QStringLiteral("eve@example.com"));
        slashId.id = QStringLiteral("../current");
        QVERIFY(!store.save(slashId));
        QVERIFY(!store.setCurrentAccount(QStringLiteral("nobody")));
        QVERIFY(store.accounts().isEmpty());
    }

    void damagedEntryIsIgnored()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.ini"));
        const Account a = sample(QStringLiteral("fay@example.com"));
        {
            AccountStore store(path);
            QVERIFY(store.save(a));
        }
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.remove(QStringLiteral("accounts/") + a.id + QStringLiteral("/apiUrl"));
        }
        AccountStore store(path);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(!store.account(a.id).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_auth_accountstore.moc"
