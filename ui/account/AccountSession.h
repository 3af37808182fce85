#pragma once

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "auth/Account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountStore;
class CredentialStore;
class SignIn;
class SignOut;
struct ApiError;

// Which account the window works with and its ApiClient (one per account, so one
// QNetworkAccessManager per account). Reads the account's key from the keychain when starting
// or switching, signs in directly for `--connect`, signs out. Never shows a dialog itself: it
// says what it needs through signals and the window decides how to ask.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(AccountStore *accounts, CredentialStore *credentials, QObject *parent = nullptr);
    ~AccountSession() override;

    AccountStore *accounts() const { return m_accounts; }
    CredentialStore *credentials() const { return m_credentials; }
    ApiClient *api() const { return m_api; }
    Account account() const { return m_account; }
    bool isActive() const { return m_api != nullptr; }

    // The current stored account, if any.
    void start();
    void switchTo(const QString &accountId);
    // An account that was just signed in (its key is in the keychain or the session store).
    void activate(const Account &account);
    // `mf-desktop --connect URL` with the key from the environment: checked with GET /me,
    // stored (session-only when there is no keychain) and made current.
    void connectDirect(const QUrl &apiUrl, const QString &key);
    void signOut();

Q_SIGNALS:
    void started(const Account &account, ApiClient *api);
    void ended();
    // The user must enter a key: no account yet (account invalid), or its key is missing,
    // unreadable or rejected.
    void signInNeeded(const Account &account, const QString &reason);
    void message(const QString &text);
    void busyChanged(bool busy);
    // The account is gone (key and settings); its session, if it was the current one, ended
    // before. What the app kept for it (cached fleet, followed jobs, transfers) may go too.
    void signedOut(const QString &accountId);

private:
    void startWith(const Account &account, const QString &key);
    void stop();
    void onUnauthorized(const ApiError &error);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    QPointer<ApiClient> m_api;
    Account m_account;
    QPointer<SignIn> m_connect;
    SignOut *m_signOut;
    int m_generation = 0; // ignores late key reads after a newer switch
};
