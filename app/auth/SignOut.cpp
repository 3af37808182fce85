#include "SignOut.h"

#include "AccountStore.h"
#include "CredentialStore.h"
#include "util/LogCategories.h"

SignOut::SignOut(AccountStore *accounts, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_credentials(credentials)
{
}

bool SignOut::start(const QString &accountId)
{
    if (m_running)
        return false;
    m_running = true;
    CredentialReply *reply = m_credentials->deleteKey(accountId);
    connect(reply, &CredentialReply::finished, this, [this, reply] { onKeyDeleted(reply); });
    return true;
}

void SignOut::onKeyDeleted(CredentialReply *reply)
{
    m_running = false;
    const QString id = reply->accountId();
    if (!reply->ok()) {
        Q_EMIT failed(id, reply->errorString(), reply->status());
        return;
    }
    if (!m_accounts->remove(id)) {
        Q_EMIT failed(id, m_accounts->errorString(), CredentialReply::Status::Ok);
        return;
    }
    qCInfo(lcAuth) << "signed out account" << id;
    Q_EMIT succeeded(id);
}
