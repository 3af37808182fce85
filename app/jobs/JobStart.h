#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiClient;
class ApiReply;

// One POST that starts a job on the platform — a capture (POST /sites/{site}/backups) or a
// restore (POST /sites/{site}/snapshots/{id}/restore) — across every attempt of one user action.
// The take-snapshot dialog, the bulk runner, the restore flow and `mf` use it and keep only
// their presentation.
//
// Idempotency-Key (SEMANTICS "Idempotency"):
// - made with the operation: one key per user action;
// - kept by send() after a failure whose outcome is unknown (network error, timeout, 5xx, 429,
//   408, or a 2xx that could not be read): the platform may have acted, and the same key replays
//   its stored answer instead of acting twice;
// - replaced after a definite refusal (any other 4xx, environment_busy and 401 included):
//   nothing happened, and the old key would only replay the refusal;
// - replaced by renew() when the job it started has ended and the same action is asked again.
// Answers: accepted() with the 202 (a capture's must name its pending snapshot), or failed().
// environment_busy also fills busyJobId() (details.job_id of the running job); 401 also emits
// unauthorized(). One request at a time; ApiClient retries each one itself.
class JobStart : public QObject
{
    Q_OBJECT
public:
    struct Capture
    {
        QString siteRef;     // id or slug
        QString environment;
        QString label;
    };
    struct Restore
    {
        QString siteRef;
        QString snapshotId;
        QStringList selectors;      // "db", "files" or both
        QString targetEnvironment;  // empty = the snapshot's own
    };
    enum class Kind { Capture, Restore };

    JobStart(ApiClient *api, const Capture &capture, QObject *parent = nullptr);
    JobStart(ApiClient *api, const Restore &restore, QObject *parent = nullptr);
    ~JobStart() override;

    Kind kind() const;
    // A capture's label may change only while the key is fresh (before the first answer, or after
    // a refusal): with a kept key a different body is 422 idempotency_key_reused. Returns whether
    // it was taken.
    bool setLabel(const QString &label);
    bool canChangeRequest() const;

    // Sends the POST (the first time, or again after a failure). No effect while one is out.
    void send();
    // A new action of the same kind (the job this key started has ended): a fresh key.
    void renew();
    // Carries on an action an earlier process began (a continued bulk run) with that action's
    // key: the platform may have acted on it, so it stays bound to this same request.
    void continueWithKey(const QString &key);
    // Stops listening for the outstanding answer (the request may still reach the platform, so
    // the key is kept, as for any unknown outcome).
    void abandon();

    bool isSending() const;
    QString idempotencyKey() const;
    int attempts() const;              // send() calls that reached ApiClient
    const ApiError &error() const;     // of the last failure; None after acceptance
    bool lastOutcomeUnknown() const;   // the last failure may have started the job after all
    QString busyJobId() const;         // environment_busy's details.job_id, else empty
    QString requestId() const;         // X-Request-Id of the last answer

    // True when a failed request may still have taken effect on the platform: a retry must then
    // carry the same Idempotency-Key.
    static bool outcomeUnknown(const ApiError &error);

Q_SIGNALS:
    void accepted(const Accepted &accepted);
    void failed(const ApiError &error);
    void unauthorized(const ApiError &error);

private:
    void onReply(ApiReply *reply);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_api; // the session's; gone when it ends
    Kind m_kind;
    Capture m_capture;
    Restore m_restore;
    QString m_key;
    QPointer<ApiReply> m_reply;
    int m_attempts = 0;
    bool m_keyBound = false;   // the key was sent with this body: they stay together
    ApiError m_error;
    QString m_busyJobId;
    QString m_requestId;
};
