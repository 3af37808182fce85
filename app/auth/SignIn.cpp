#include "SignIn.h"

#include "AccountStore.h"
#include "ApiKey.h"
#include "CredentialStore.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "api/ErrorText.h"
#include "util/LogCategories.h"

SignIn::SignIn(AccountStore *accounts, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_credentials(credentials)
{
}

SignIn::~SignIn()
{
    cancel();
}

bool SignIn::start(const QUrl &apiUrl, const QString &rawKey)
{
    if (isRunning())
        return false;
    m_key = ApiKey::normalized(rawKey);
    m_account = {};
    m_me = {};
    setStage(Stage::Validating);

    // Checked before any network traffic: a pasted password or a truncated key must not leave
    // the machine, and a plain-http URL to a remote host must never see the key.
    if (!ApiKey::isWellFormed(m_key)) {
        fail(SignInError::Kind::MalformedKey,
             tr("This is not a managed.dev API key. Keys start with mfk_live_ or mfk_test_ "
                "followed by 32 letters and digits."));
        return true;
    }
    const QString urlProblem = ApiClient::checkBaseUrl(apiUrl);
    if (!urlProblem.isEmpty()) {
        fail(SignInError::Kind::BadUrl, urlProblem);
        return true;
    }

    qCInfo(lcAuth) << "checking key" << ApiKey::prefix(m_key) << "against" << apiUrl.toDisplayString();
    m_client = new ApiClient(apiUrl, m_options, this);
    m_client->setApiKey(m_key);
    m_reply = m_client->me();
    connect(m_reply, &ApiReply::finished, this, &SignIn::onMeFinished);
    return true;
}

void SignIn::cancel()
{
    if (!isRunning())
        return;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr); // its finished() must not report a second outcome
        m_reply->cancel();
    }
    // A key already being written is deleted again by onKeyWritten() seeing Idle.
    fail(SignInError::Kind::Cancelled, tr("Sign-in was cancelled."));
}

void SignIn::onMeFinished()
{
    ApiReply *reply = m_reply;
    m_reply.clear();
    if (!reply || m_stage != Stage::Validating)
        return;
    if (!reply->ok()) {
        const ApiError &e = reply->error();
        if (e.isUnauthorized()) {
            fail(SignInError::Kind::Rejected,
                 tr("The API key was refused: it is wrong, revoked or expired. Create a new key in "
                    "the managed.dev dashboard."), e);
        } else {
            fail(SignInError::Kind::Api, ErrorText::describe(e), e);
        }
        return;
    }
    m_me = *reply->as<Me>();

    const QUrl apiUrl = m_client->baseUrl();
    m_client->deleteLater(); // its only job was this check; the key goes with it
    m_account = m_accounts->find(apiUrl, m_me.accountId, m_me.organizationId);
    m_accountIsNew = !m_account.isValid();
    if (m_accountIsNew) {
        m_account.id = Account::newId();
        m_account.apiUrl = apiUrl;
        m_account.displayName = m_displayName;
    } else if (!m_displayName.isEmpty()) {
        m_account.displayName = m_displayName;
    }
    m_account.updateFrom(m_me);
    // The platform reports the prefix, but ours is what was actually typed.
    m_account.keyPrefix = ApiKey::prefix(m_key);

    setStage(Stage::Saving);
    CredentialReply *write = m_credentials->writeKey(m_account.id, m_key);
    connect(write, &CredentialReply::finished, this, [this, write] { onKeyWritten(write); });
}

void SignIn::onKeyWritten(CredentialReply *reply)
{
    if (m_stage != Stage::Saving) {
        // Cancelled meanwhile: do not leave a key behind for an account we will not record.
        if (reply->ok() && m_accountIsNew)
            m_credentials->deleteKey(reply->accountId());
        return;
    }
    if (!reply->ok()) {
        SignInError e;
        e.kind = SignInError::Kind::Keychain;
        e.message = reply->errorString();
        e.keychainStatus = reply->status();
        m_key.clear();
        setStage(Stage::Idle);
        Q_EMIT failed(e);
        return;
    }
    m_key.clear();
    if (!m_accounts->save(m_account)
        || (m_makeCurrent && !m_accounts->setCurrentAccount(m_account.id))) {
        const QString why = m_accounts->errorString();
        if (m_accountIsNew)
            m_credentials->deleteKey(m_account.id); // nothing half-saved
        fail(SignInError::Kind::Settings, why);
        return;
    }
    qCInfo(lcAuth) << "signed in as" << m_account.email << "with key" << m_account.keyPrefix;
    setStage(Stage::Idle);
    Q_EMIT succeeded(m_account);
}

void SignIn::fail(SignInError::Kind kind, const QString &message, const ApiError &api)
{
    m_key.clear();
    if (m_client)
        m_client->deleteLater();
    SignInError e;
    e.kind = kind;
    e.message = message;
    e.api = api;
    qCInfo(lcAuth) << "sign-in failed:" << message << api.requestId;
    setStage(Stage::Idle);
    Q_EMIT failed(e);
}

void SignIn::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}
