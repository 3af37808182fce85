#pragma once

#include "ApiError.h"
#include "Decoder.h"
#include "RequestQueue.h"
#include "Result.h"
#include "TransportPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class ApiClient;

// One logical request with all of its attempts: waits for a token from the RequestQueue, sends,
// follows same-origin redirects itself, caps the body size while it streams in, ends an attempt
// that stalls or runs past its deadline, and retries what TransportPolicy says may be retried (a
// POST always with its one Idempotency-Key) until the call's own deadline. Reports exactly one
// done(), always from the event loop. Internal to ApiClient.
class ApiCall : public QObject
{
    Q_OBJECT
public:

    struct Outcome
    {
        QJsonValue json;
        std::any value; // what the decoder made of json
        ApiError error;
        int httpStatus = 0;
        QString requestId;
        bool replayed = false;
        QList<QNetworkReply::RawHeaderPair> headers;
        int attempts = 0;
    };

    ApiCall(ApiClient *client, RequestQueue *queue, QByteArray method, const QUrl &url,
            QByteArray body = {}, QString idempotencyKey = {}, Decoder::Single decoder = {},
            QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    void cancel();

Q_SIGNALS:
    void done(const ApiCall::Outcome &outcome);
    // Observations for the client's unauthorized()/reachabilityChanged().
    void reachability(bool reachable);
    void unauthorized(const ApiError &error);
    // This attempt failed in a way that may pass; the next one starts in delayMs.
    void retrying(const ApiError &error, int attempt, int maxAttempts, int delayMs);

private:
    enum class Abort { None, Stalled, Deadline, TooLarge, Cancelled };

    void queueAttempt();
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortWith(Abort reason);
    void handleRedirect(int status);
    void handleHttp(int status);
    void handleSuccess(int status);
    void failOrRetry(ApiError error);
    void complete(Outcome outcome);
    void captureMeta(int status);
    void releaseReply();
    void log(int status, const QString &what) const;

    ApiClient *m_client;
    QPointer<RequestQueue> m_queue;
    QByteArray m_method;
    QUrl m_originalUrl;
    QUrl m_url;
    QByteArray m_body;
    QString m_idempotencyKey;
    // Checks a 2xx body's shape and makes the typed value; a problem turns success into BadResponse.
    Decoder::Single m_decoder;
    TransportPolicy m_policy;
    QElapsedTimer m_sinceStart; // since the first send, for the call's deadline

    QPointer<QNetworkReply> m_reply;
    std::optional<RequestQueue::Ticket> m_ticket;
    QTimer m_stall;
    QTimer m_deadline;
    QTimer m_backoff;
    QByteArray m_received;
    qint64 m_cap = 0;
    Abort m_abort = Abort::None;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_finished = false;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(ApiCall::Outcome)
