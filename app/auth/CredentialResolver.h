#pragma once

#include "Credentials.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class AccountStore;
class CredentialReply;
class CredentialStore;

// Finds the key to use for a command. In order:
//  1. MF_API_KEY from the environment (when allowed), with MF_API_URL, else the stored current
//     account's URL, else the public API. This is for scripts and CI.
//  2. The chosen (or current) stored account and its key from the CredentialStore.
// MF_API_URL on its own never redirects a stored account's key to another server. A live key
// (mfk_live_…) from MF_API_KEY goes only over https: not to an MF_API_URL, nor to a signed-in
// account's URL (often a local sandbox), that is plain http, where anyone who binds the port
// while the sandbox is stopped would collect it.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    enum class Problem {
        NotSignedIn,         // no account and no MF_API_KEY
        UnknownAccount,      // the requested account id is not stored
        MalformedKey,        // MF_API_KEY is not an API key
        KeyMissing,          // account stored but its key is not in the keychain
        KeychainUnavailable, // no keychain to read from
        KeychainError,       // access denied or another keychain failure
        InsecureUrl,         // MF_API_KEY is a live key and the URL it would go to is not https
    };
    Q_ENUM(Problem)

    CredentialResolver(AccountStore *accounts, CredentialStore *credentials, QObject *parent = nullptr);

    static QUrl defaultApiUrl(); // https://api.managed.dev/v1

    // Defaults to the process environment; tests pass their own.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    void setUseEnvironment(bool on) { m_useEnvironment = on; }

    // Emits resolved() or failed() later, never from inside this call.
    void resolve(const QString &accountId = {});

Q_SIGNALS:
    void resolved(const Credentials &credentials);
    void failed(CredentialResolver::Problem problem, const QString &message);

private:
    void onKeyRead(CredentialReply *reply, const Account &account);
    void failLater(Problem problem, const QString &message);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    bool m_useEnvironment = true;
};
