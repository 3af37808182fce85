#pragma once

#include "Account.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

// The accounts this user signed in with, and which one is current, kept in QSettings.
// Only what Account holds is written: never the key (that is CredentialStore's job). An account's
// settings group ("accounts/<id>") is shared with other components' per-account state (the jobs
// the job follower keeps); save() and remove() touch only the keys this store writes.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The application's QSettings (organization and application names of QCoreApplication).
    explicit AccountStore(QObject *parent = nullptr);
    // An INI file at settingsPath, for tests and for a portable configuration.
    explicit AccountStore(const QString &settingsPath, QObject *parent = nullptr);
    ~AccountStore() override;

    QList<Account> accounts() const;          // in the order they were added
    Account account(const QString &id) const; // invalid Account when unknown
    bool contains(const QString &id) const;
    // The account already stored for this API and platform account, if any: signing in again
    // with a new key for the same person replaces the old entry instead of adding a twin.
    Account find(const QUrl &apiUrl, const QString &accountId, const QString &organizationId) const;

    // Adds a new account or replaces the one with the same id.
    bool save(const Account &account);
    bool remove(const QString &id);

    QString currentAccountId() const;
    Account currentAccount() const;           // invalid when there is none
    bool setCurrentAccount(const QString &id); // empty id = none

    QString settingsFilePath() const;
    QString errorString() const;              // why the last save/remove failed

Q_SIGNALS:
    void accountsChanged();
    void currentAccountChanged(const QString &id);

private:
    Account read(const QString &id) const;
    QStringList ids() const;
    void removeOwnKeys(const QString &id);
    bool commit();

    std::unique_ptr<QSettings> m_settings;
    QString m_error;
};
