#pragma once

#include "Account.h"
#include "SignInError.h"
#include "api/ApiClient.h"
#include "api/Me.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountStore;
class ApiReply;
class CredentialReply;
class CredentialStore;

// Signs in with an API key: checks it with GET /me before anything is saved, then puts the key
// in the keychain and only then records the account (and makes it current). Signing in again
// as the same platform account on the same API replaces that account's key instead of adding
// a second entry. On any failure nothing new is kept.
class SignIn : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Validating, Saving };
    Q_ENUM(Stage)

    SignIn(AccountStore *accounts, CredentialStore *credentials, QObject *parent = nullptr);
    ~SignIn() override;

    // Optional, before start(): a name for a new account (default "organization (email)").
    void setDisplayName(const QString &name) { m_displayName = name; }
    void setMakeCurrent(bool on) { m_makeCurrent = on; }
    // Retry policy for the /me check (a dialog may prefer to fail fast).
    void setClientOptions(const ApiClient::Options &options) { m_options = options; }

    // One sign-in at a time; a second start() while running is ignored (returns false).
    bool start(const QUrl &apiUrl, const QString &key);
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != Stage::Idle; }
    // After succeeded(): what GET /me answered (account, organization, plan, scopes).
    const Me &me() const { return m_me; }

Q_SIGNALS:
    void stageChanged(SignIn::Stage stage);
    void succeeded(const Account &account);
    void failed(const SignInError &error);

private:
    void onMeFinished();
    void onKeyWritten(CredentialReply *reply);
    void fail(SignInError::Kind kind, const QString &message, const ApiError &api = {});
    void setStage(Stage stage);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    QString m_displayName;
    bool m_makeCurrent = true;
    ApiClient::Options m_options;
    Stage m_stage = Stage::Idle;
    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QString m_key;
    Account m_account;
    bool m_accountIsNew = false;
    Me m_me;
};
