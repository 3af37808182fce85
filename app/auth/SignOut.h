#pragma once

#include "CredentialReply.h"

#include <QObject>
#include <QString>

class AccountStore;
class CredentialStore;

// Signs an account out: its key is removed from the keychain first, and only once that worked is
// the account forgotten. If the keychain cannot be reached the account stays listed, so the user
// can retry and no key is orphaned where nobody will find it.
class SignOut : public QObject
{
    Q_OBJECT
public:
    SignOut(AccountStore *accounts, CredentialStore *credentials, QObject *parent = nullptr);

    // False (and nothing happens) while a previous sign-out is still running.
    bool start(const QString &accountId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void succeeded(const QString &accountId);
    void failed(const QString &accountId, const QString &message, CredentialReply::Status status);

private:
    void onKeyDeleted(CredentialReply *reply);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    bool m_running = false;
};
