#include "JobStart.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/TransportPolicy.h"
#include "util/LogCategories.h"

#include <QTimer>


JobStart::JobStart(ApiClient *api, const Capture &capture, QObject *parent)
    : QObject(parent), m_api(api), m_kind(Kind::Capture), m_capture(capture), m_key(ApiClient::newIdempotencyKey())
{
}

JobStart::JobStart(ApiClient *api, const Restore &restore, QObject *parent)
    : QObject(parent), m_api(api), m_kind(Kind::Restore), m_restore(restore), m_key(ApiClient::newIdempotencyKey())
{
}

JobStart::~JobStart()
{
    abandon();
}

JobStart::Kind JobStart::kind() const { return m_kind; }
bool JobStart::isSending() const { return m_reply; }
QString JobStart::idempotencyKey() const { return m_key; }
int JobStart::attempts() const { return m_attempts; }
const ApiError &JobStart::error() const { return m_error; }
bool JobStart::lastOutcomeUnknown() const { return m_error.isError() && outcomeUnknown(m_error); }
QString JobStart::busyJobId() const { return m_busyJobId; }
QString JobStart::requestId() const { return m_requestId; }

bool JobStart::canChangeRequest() const
{
    return !m_reply && !m_keyBound;
}

bool JobStart::setLabel(const QString &label)
{
    if (label == m_capture.label)
        return true;
    if (!canChangeRequest())
        return false;
    m_capture.label = label;
    return true;
}

bool JobStart::outcomeUnknown(const ApiError &error)
{
    // What the transport policy would try again may have reached the platform; so may any other
    // network failure (the request may have left), and a 2xx that could not be read did act.
    return TransportPolicy::isRetryable(error) || error.kind == ApiError::Kind::Network
        || error.kind == ApiError::Kind::BadResponse;
}

void JobStart::send()
{
    if (m_reply)
        return;
    m_error = {};
    m_busyJobId.clear();
    if (!m_api) {
        // Signed out (or another account chosen) since the operation was made: nothing is sent.
        ApiError error;
        error.kind = ApiError::Kind::NoCredentials;
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    ++m_attempts;
    m_keyBound = true; // from here on the body is bound to the key until a refusal frees it
    ApiReply *reply = m_kind == Kind::Capture
        ? m_api->createBackup(m_capture.siteRef, m_capture.environment, m_capture.label, m_key)
        : m_api->restoreSnapshot(m_restore.siteRef, m_restore.snapshotId, m_restore.selectors,
                                 m_restore.targetEnvironment, m_key);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void JobStart::renew()
{
    abandon();
    m_key = ApiClient::newIdempotencyKey();
    m_keyBound = false;
    m_error = {};
    m_busyJobId.clear();
}

void JobStart::continueWithKey(const QString &key)
{
    if (key.isEmpty() || key == m_key)
        return;
    abandon();
    m_key = key;
    m_keyBound = true;
    m_error = {};
    m_busyJobId.clear();
}

void JobStart::abandon()
{
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    m_reply = nullptr;
}

void JobStart::onReply(ApiReply *reply)
{
    m_reply = nullptr;
    m_requestId = reply->requestId();
    if (!reply->ok()) {
        if (!reply->error().requestId.isEmpty())
            m_requestId = reply->error().requestId; // the error body's, which support asks for
        fail(reply->error());
        return;
    }
    // ApiClient checked the 202 against the contract; what it promises is held typed.
    const Accepted *accepted = reply->as<Accepted>();
    QString problem;
    if (!accepted)
        problem = QStringLiteral("reply of an unexpected type");
    else if (m_kind == Kind::Capture && !accepted->snapshot)
        problem = QStringLiteral("snapshot: missing in a capture's answer");
    if (!problem.isEmpty()) {
        // Taken but unreadable: the same key replays the stored answer without a second job.
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = reply->httpStatus();
        error.requestId = reply->requestId();
        error.parseProblem = problem;
        fail(error);
        return;
    }
    qCInfo(lcJobs) << "job" << accepted->job.id << "accepted" << (reply->replayed() ? "(replayed)" : "");
    Q_EMIT this->accepted(*accepted);
}

void JobStart::fail(const ApiError &error)
{
    m_error = error;
    if (error.isCode("environment_busy"))
        m_busyJobId = error.details.value(QStringLiteral("job_id")).toString();
    if (!outcomeUnknown(error)) {
        // Refused outright: nothing happened, and the same key would only replay the refusal.
        m_key = ApiClient::newIdempotencyKey();
        m_keyBound = false;
    }
    qCInfo(lcJobs) << "job start failed:" << error.httpStatus << error.code << error.requestId
                   << (outcomeUnknown(error) ? "(outcome unknown, key kept)" : "(refused, new key)");
    if (error.isUnauthorized())
        Q_EMIT unauthorized(error);
    Q_EMIT failed(error);
}
