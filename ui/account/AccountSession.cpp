#include "AccountSession.h"

#include "api/ApiClient.h"
#include "api/ErrorText.h"
#include "auth/AccountStore.h"
#include "auth/CredentialResolver.h"
#include "auth/CredentialStore.h"
#include "auth/SignIn.h"
#include "auth/SignInError.h"
#include "auth/SignOut.h"
#include "util/LogCategories.h"

AccountSession::AccountSession(AccountStore *accounts, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_signOut(new SignOut(accounts, credentials, this))
{
    connect(m_signOut, &SignOut::succeeded, this, [this](const QString &id) {
        Q_EMIT message(tr("Signed out; the key was removed from the keychain."));
        const bool current = id == m_account.id || !m_accounts->currentAccount().isValid();
        if (current)
            stop();
        Q_EMIT signedOut(id);
        if (current)
            start();
    });
    connect(m_signOut, &SignOut::failed, this, [this](const QString &, const QString &text, CredentialReply::Status) {
        Q_EMIT message(tr("Could not sign out: %1").arg(text));
    });
}

AccountSession::~AccountSession() = default;

void AccountSession::start()
{
    const Account current = m_accounts->currentAccount();
    if (!current.isValid()) {
        const QList<Account> all = m_accounts->accounts();
        if (!all.isEmpty()) {
            switchTo(all.first().id);
            return;
        }
        stop();
        Q_EMIT signInNeeded(Account(), QString());
        return;
    }
    switchTo(current.id);
}

void AccountSession::switchTo(const QString &accountId)
{
    const Account account = m_accounts->account(accountId);
    if (!account.isValid())
        return;
    m_accounts->setCurrentAccount(accountId);
    const int generation = ++m_generation;
    auto *resolver = new CredentialResolver(m_accounts, m_credentials, this);
    resolver->setUseEnvironment(false); // MF_API_KEY is only for --connect, read once in main
    Q_EMIT busyChanged(true);
    connect(resolver, &CredentialResolver::resolved, this, [this, resolver, generation](const Credentials &c) {
        resolver->deleteLater();
        Q_EMIT busyChanged(false);
        if (generation == m_generation)
            startWith(c.account, c.key);
    });
    connect(resolver, &CredentialResolver::failed, this,
            [this, resolver, generation, account](CredentialResolver::Problem, const QString &text) {
                resolver->deleteLater();
                Q_EMIT busyChanged(false);
                if (generation != m_generation)
                    return;
                stop();
                Q_EMIT signInNeeded(account, text);
            });
    resolver->resolve(accountId);
}

void AccountSession::activate(const Account &account)
{
    ++m_generation;
    switchTo(account.id);
}

void AccountSession::startWith(const Account &account, const QString &key)
{
    stop();
    m_account = account;
    m_api = new ApiClient(account.apiUrl, this);
    m_api->setApiKey(key);
    connect(m_api, &ApiClient::unauthorized, this, &AccountSession::onUnauthorized);
    qCInfo(lcUi) << "session started for account" << account.id;
    Q_EMIT started(m_account, m_api);
}

void AccountSession::stop()
{
    if (!m_api)
        return;
    // Replies in flight still point at the client: delete it once they had a chance to finish.
    m_api->disconnect(this);
    m_api->deleteLater();
    m_api = nullptr;
    m_account = {};
    Q_EMIT ended();
}

void AccountSession::onUnauthorized(const ApiError &error)
{
    const Account account = m_account;
    stop();
    Q_EMIT signInNeeded(account, tr("The platform no longer accepts the key of %1 (%2). Enter a new key to continue.")
                                     .arg(account.displayName, ErrorText::describe(error)));
}

void AccountSession::connectDirect(const QUrl &apiUrl, const QString &key)
{
    if (m_connect)
        return;
    ++m_generation;
    auto *signIn = new SignIn(m_accounts, m_credentials, this);
    m_connect = signIn;
    Q_EMIT busyChanged(true);
    Q_EMIT message(tr("Connecting to %1…").arg(apiUrl.toDisplayString()));
    connect(signIn, &SignIn::succeeded, this, [this, signIn](const Account &account) {
        signIn->deleteLater();
        m_connect = nullptr;
        Q_EMIT busyChanged(false);
        activate(account);
    });
    connect(signIn, &SignIn::failed, this, [this, signIn, apiUrl, key](const SignInError &error) {
        signIn->deleteLater();
        m_connect = nullptr;
        Q_EMIT busyChanged(false);
        if (error.keychainUnavailable() && !m_credentials->isSessionOnly()) {
            // A headless box or a desktop without Secret Service: the key came from the
            // environment anyway, so keep it for this run only rather than refuse to start.
            m_credentials->setSessionOnly(true);
            Q_EMIT message(tr("No keychain available: the key is kept for this session only."));
            QMetaObject::invokeMethod(this, [this, apiUrl, key] { connectDirect(apiUrl, key); }, Qt::QueuedConnection);
            return;
        }
        Q_EMIT signInNeeded(Account(), tr("Could not connect to %1: %2").arg(apiUrl.toDisplayString(), error.message));
    });
    signIn->start(apiUrl, key);
}

void AccountSession::signOut()
{
    if (!m_account.isValid())
        return;
    m_signOut->start(m_account.id);
}
