#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

class SandboxProcess;

// One HTTP exchange with the sandbox, as the tests see it.
struct ApiReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString errorCode() const;             // error.code of an error body
};

// Blocking calls for tests (a local event loop per request is fine in tests, never in app/).
// Redirects are never followed automatically: tests check them. Every JSON response can be
// recorded with its operationId for the OpenAPI schema check (validateRecorded).
class SandboxApi
{
public:
    explicit SandboxApi(const SandboxProcess &sandbox);
    void setKey(const QString &key) { m_key = key; }
    QString key() const { return m_key; }
    QUrl url(const QString &pathAndQuery) const; // relative to /v1, e.g. "/sites?limit=2"

    ApiReply get(const QString &path, const QString &operationId = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiReply post(const QString &path, const QByteArray &body, const QString &idempotencyKey,
                  const QString &operationId = {});
    ApiReply send(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body = {}, bool withKey = true);
    // Polls GET /jobs/{id} until it ends (or the timeout); returns the last job.
    QJsonObject waitForJob(const QString &jobId, int timeoutMs = 60000);

    static void record(const QString &operationId, const ApiReply &reply);
    // Forgets what an earlier run of this test left (initTestCase).
    static void clearRecorded();
    // The last test of each sandbox suite: runs tests/sandbox/validate-schema.mjs over what the
    // suite recorded and fails on any reply openapi.yaml does not allow; skips (fails in CI)
    // when node or its modules are missing. Removes the record.
    static void verifyRecordedAgainstContract();


private:
    static bool validateRecorded(QString *output, bool *skipped);
    static QString recordPath();

    QNetworkAccessManager m_nam;
    QUrl m_api;
    QString m_key;
};
