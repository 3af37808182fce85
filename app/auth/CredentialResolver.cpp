#include "CredentialResolver.h"

#include "AccountStore.h"
#include "ApiKey.h"
#include "CredentialStore.h"
#include "util/LogCategories.h"

#include <QMetaObject>

CredentialResolver::CredentialResolver(AccountStore *accounts, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_credentials(credentials)
{
}

QUrl CredentialResolver::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.managed.dev/v1"));
}

void CredentialResolver::resolve(const QString &accountId)
{
    const QString envKey = m_useEnvironment ? m_env.value(QStringLiteral("MF_API_KEY")) : QString();
    if (!envKey.isEmpty()) {
        Credentials c;
        c.source = Credentials::Source::Environment;
        c.key = ApiKey::normalized(envKey);
        if (!ApiKey::isWellFormed(c.key)) {
            failLater(Problem::MalformedKey,
                      tr("MF_API_KEY does not hold a managed.dev API key (mfk_live_… or mfk_test_…)."));
            return;
        }
        const QString envUrl = m_env.value(QStringLiteral("MF_API_URL"));
        const Account current = m_accounts->currentAccount();
        c.apiUrl = !envUrl.isEmpty() ? QUrl(envUrl)
                   : current.isValid() ? current.apiUrl
                                       : defaultApiUrl();
        if (c.key.startsWith(QLatin1String("mfk_live_")) && c.apiUrl.scheme() != QLatin1String("https")) {
            const QString where = c.apiUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
            failLater(Problem::InsecureUrl,
                      envUrl.isEmpty()
                          ? tr("MF_API_KEY holds a live key, which is only sent over https, and the signed-in "
                               "account's API %1 is not https. Set MF_API_URL to the platform's https address, "
                               "or use a test key (mfk_test_…) for a local sandbox.").arg(where)
                          : tr("MF_API_KEY holds a live key, which is only sent over https, and MF_API_URL (%1) is "
                               "not https. Set MF_API_URL to the platform's https address, or use a test key "
                               "(mfk_test_…) for a local sandbox.").arg(where));
            return;
        }
        qCDebug(lcAuth) << "using MF_API_KEY" << ApiKey::prefix(c.key);
        QMetaObject::invokeMethod(this, [this, c] { Q_EMIT resolved(c); }, Qt::QueuedConnection);
        return;
    }

    const Account account = accountId.isEmpty() ? m_accounts->currentAccount() : m_accounts->account(accountId);
    if (!account.isValid()) {
        if (accountId.isEmpty())
            failLater(Problem::NotSignedIn, tr("Not signed in. Sign in with an API key first, or set MF_API_KEY."));
        else
            failLater(Problem::UnknownAccount, tr("There is no account %1.").arg(accountId));
        return;
    }
    CredentialReply *reply = m_credentials->readKey(account.id);
    connect(reply, &CredentialReply::finished, this, [this, reply, account] { onKeyRead(reply, account); });
}

void CredentialResolver::onKeyRead(CredentialReply *reply, const Account &account)
{
    using S = CredentialReply::Status;
    switch (reply->status()) {
    case S::Ok: {
        Credentials c;
        c.apiUrl = account.apiUrl;
        c.key = reply->key();
        c.account = account;
        c.source = m_credentials->hasSessionKey(account.id) ? Credentials::Source::Session
                                                             : Credentials::Source::Keychain;
        Q_EMIT resolved(c);
        return;
    }
    case S::NotFound:
        Q_EMIT failed(Problem::KeyMissing,
                      tr("The API key of %1 is no longer in the keychain. Sign in again.")
                          .arg(account.displayName));
        return;
    case S::KeychainUnavailable:
        Q_EMIT failed(Problem::KeychainUnavailable, reply->errorString());
        return;
    case S::Pending:
    case S::AccessDenied:
    case S::Failed:
        break;
    }
    Q_EMIT failed(Problem::KeychainError, reply->errorString());
}

void CredentialResolver::failLater(Problem problem, const QString &message)
{
    QMetaObject::invokeMethod(this, [this, problem, message] { Q_EMIT failed(problem, message); },
                              Qt::QueuedConnection);
}
