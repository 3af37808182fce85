#pragma once

#include <QObject>
#include <QString>

// The outcome of one CredentialStore operation. finished() is emitted exactly once, always
// asynchronously (also for session-only keys, so callers have one code path); the reply deletes
// itself afterwards.
class CredentialReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };
    enum class Status {
        Pending,
        Ok,
        NotFound,            // read: no key stored for this account
        KeychainUnavailable, // no Secret Service / keychain backend: offer session-only mode
        AccessDenied,        // the user or the keychain refused
        Failed,              // anything else; errorString() says what
    };
    Q_ENUM(Status)

    CredentialReply(Operation operation, const QString &accountId, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    QString accountId() const { return m_accountId; }
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    bool isFinished() const { return m_status != Status::Pending; }
    // The key, for a successful read. Never log it.
    QString key() const { return m_key; }
    // A translated sentence for the user; empty when ok().
    QString errorString() const { return m_errorString; }
    // The keychain's own wording, for diagnostics (never contains the key).
    QString detail() const { return m_detail; }

    // Used by CredentialStore.
    void complete(Status status, const QString &key = {}, const QString &detail = {});

Q_SIGNALS:
    void finished();

private:
    QString describe() const;

    Operation m_operation;
    QString m_accountId;
    Status m_status = Status::Pending;
    QString m_key;
    QString m_errorString;
    QString m_detail;
};
