#pragma once

#include "CredentialReply.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// API keys, one per account id, in the OS keychain through QtKeychain (the Secret Service on
// Linux), and nowhere else on disk. Every call is asynchronous and answers with a CredentialReply.
//
// When no keychain is available the user may opt in to session-only mode: keys are then held in
// this object's memory for the life of the process and forgotten at exit. Nothing is ever
// written to a plain-text fallback (QtKeychain's insecure fallback stays off).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultService(); // "managed-desktop"
    QString service() const { return m_service; }

    CredentialReply *readKey(const QString &accountId);
    CredentialReply *writeKey(const QString &accountId, const QString &key);
    // Also forgets a session-only copy. A key that was not there counts as deleted.
    CredentialReply *deleteKey(const QString &accountId);

    // Opt-in: keep keys in memory only, for this run. Switching it off forgets them.
    void setSessionOnly(bool on);
    bool isSessionOnly() const { return m_sessionOnly; }
    bool hasSessionKey(const QString &accountId) const { return m_sessionKeys.contains(accountId); }

Q_SIGNALS:
    // A keychain operation found no usable backend; the UI may offer session-only mode.
    void keychainUnavailable(const QString &detail);
    void sessionOnlyChanged(bool on);

private:
    CredentialReply *finishLater(CredentialReply *reply, CredentialReply::Status status,
                                 const QString &key = {});
    void startJob(QKeychain::Job *job, CredentialReply *reply);
    void onJobFinished(QKeychain::Job *job, CredentialReply *reply);

    QString m_service;
    bool m_sessionOnly = false;
    QHash<QString, QString> m_sessionKeys;
};
