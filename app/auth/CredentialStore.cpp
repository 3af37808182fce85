#include "CredentialStore.h"

#include "util/LogCategories.h"

#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultService()
{
    return QStringLiteral("managed-desktop");
}

void CredentialStore::setSessionOnly(bool on)
{
    if (on == m_sessionOnly)
        return;
    m_sessionOnly = on;
    if (!on)
        m_sessionKeys.clear();
    qCInfo(lcAuth) << "session-only key storage" << (on ? "on" : "off");
    Q_EMIT sessionOnlyChanged(on);
}

CredentialReply *CredentialStore::finishLater(CredentialReply *reply, CredentialReply::Status status,
                                              const QString &key)
{
    // Queued so that a caller connecting to finished() after the call still sees it.
    QPointer<CredentialReply> guard(reply);
    QMetaObject::invokeMethod(this, [guard, status, key] {
        if (guard)
            guard->complete(status, key);
    }, Qt::QueuedConnection);
    return reply;
}

CredentialReply *CredentialStore::readKey(const QString &accountId)
{
    auto *reply = new CredentialReply(CredentialReply::Operation::Read, accountId, this);
    const auto it = m_sessionKeys.constFind(accountId);
    if (it != m_sessionKeys.cend())
        return finishLater(reply, CredentialReply::Status::Ok, it.value());
    if (m_sessionOnly)
        return finishLater(reply, CredentialReply::Status::NotFound);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(accountId);
    startJob(job, reply);
    return reply;
}

CredentialReply *CredentialStore::writeKey(const QString &accountId, const QString &key)
{
    auto *reply = new CredentialReply(CredentialReply::Operation::Write, accountId, this);
    if (m_sessionOnly) {
        m_sessionKeys.insert(accountId, key);
        return finishLater(reply, CredentialReply::Status::Ok);
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(accountId);
    job->setTextData(key);
    startJob(job, reply);
    return reply;
}

CredentialReply *CredentialStore::deleteKey(const QString &accountId)
{
    auto *reply = new CredentialReply(CredentialReply::Operation::Delete, accountId, this);
    m_sessionKeys.remove(accountId);
    if (m_sessionOnly)
        return finishLater(reply, CredentialReply::Status::Ok);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(accountId);
    startJob(job, reply);
    return reply;
}

void CredentialStore::startJob(QKeychain::Job *job, CredentialReply *reply)
{
    // Never the plain-text QSettings fallback QtKeychain offers: that would put the key on disk.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<CredentialReply> guard(reply);
    connect(job, &QKeychain::Job::finished, this, [this, guard](QKeychain::Job *j) {
        if (guard)
            onJobFinished(j, guard);
    });
    job->start();
}

void CredentialStore::onJobFinished(QKeychain::Job *job, CredentialReply *reply)
{
    using S = CredentialReply::Status;
    const bool isDelete = reply->operation() == CredentialReply::Operation::Delete;
    switch (job->error()) {
    case QKeychain::NoError: {
        QString key;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            key = read->textData();
        reply->complete(S::Ok, key);
        return;
    }
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the state the caller wanted.
        reply->complete(isDelete ? S::Ok : S::NotFound);
        return;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        qCWarning(lcAuth) << "keychain access denied:" << job->errorString();
        reply->complete(S::AccessDenied, {}, job->errorString());
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux every Secret Service failure (no D-Bus session, no org.freedesktop.secrets,
        // a locked collection that cannot be prompted) arrives as OtherError: the only useful
        // distinction for the user is "no keychain to use here".
        qCWarning(lcAuth) << "keychain unavailable:" << job->errorString();
        reply->complete(S::KeychainUnavailable, {}, job->errorString());
        Q_EMIT keychainUnavailable(job->errorString());
        return;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    qCWarning(lcAuth) << "keychain operation failed:" << job->errorString();
    reply->complete(S::Failed, {}, job->errorString());
}
