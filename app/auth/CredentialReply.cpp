#include "CredentialReply.h"

CredentialReply::CredentialReply(Operation operation, const QString &accountId, QObject *parent)
    : QObject(parent), m_operation(operation), m_accountId(accountId)
{
}

void CredentialReply::complete(Status status, const QString &key, const QString &detail)
{
    if (isFinished())
        return;
    m_status = status;
    m_key = key;
    m_detail = detail;
    m_errorString = describe();
    Q_EMIT finished();
    deleteLater();
}

QString CredentialReply::describe() const
{
    switch (m_status) {
    case Status::Pending:
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No API key is stored for this account. Sign in again.");
    case Status::KeychainUnavailable:
        return tr("No keychain is available to keep the API key safely (no Secret Service such as "
                  "GNOME Keyring or KWallet is running). Start and unlock one, or keep the key for "
                  "this session only.");
    case Status::AccessDenied:
        return tr("The keychain refused access to the API key. Unlock the keychain and allow "
                  "Managed Desktop to use it.");
    case Status::Failed:
        break;
    }
    switch (m_operation) {
    case Operation::Read:
        return tr("The API key could not be read from the keychain: %1").arg(m_detail);
    case Operation::Write:
        return tr("The API key could not be saved in the keychain: %1").arg(m_detail);
    case Operation::Delete:
        return tr("The API key could not be removed from the keychain: %1").arg(m_detail);
    }
    return {};
}
