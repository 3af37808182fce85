#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>

#include <any>

// One logical API call, across all of its retries. Emits finished() exactly once, after which
// json()/error() are final. Deletes itself later if autoDelete (the default) after finished().
class ApiReply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    const QJsonValue &json() const { return m_json; }     // parsed body on success
    // The typed value of a contract operation (Site for site(), QList<Job> for listJobs(), …;
    // see ApiClient), decoded where the reply was checked. nullptr on failure or another type.
    template<typename T>
    const T *as() const { return ok() ? std::any_cast<T>(&m_value) : nullptr; }
    // Inside a pageReceived() handler of a typed list: that page's items.
    template<typename T>
    const QList<T> *pageAs() const { return std::any_cast<QList<T>>(&m_page); }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    bool replayed() const { return m_replayed; }           // Idempotent-Replayed: true
    QByteArray header(const QByteArray &name) const;       // of the final response
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    // Aborts the call (and any retry or further page); finished() follows with Kind::Cancelled.
    // No effect once finished.
    void cancel();

    // When true (the default) the reply deletes itself (deleteLater) after emitting finished(),
    // so a caller only has to connect to finished(). Set false to keep it and delete it yourself.
    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    // Pagination only: one page's items, in order, as each page arrives.
    void pageReceived(const QJsonArray &items);
    void finished();

public:
    // Used by ApiClient to complete the call. Only the first call has an effect.
    void finish(const QJsonValue &json, const ApiError &error, std::any value = {});
    void emitPage(const QJsonArray &items, const std::any &typed = {});
    void setResponseMeta(int httpStatus, const QString &requestId, bool replayed,
                         QList<QNetworkReply::RawHeaderPair> headers);
    void setAttempts(int n) { m_attempts = n; }

Q_SIGNALS:
    void cancelRequested();

private:
    ApiError m_error;
    QJsonValue m_json;
    std::any m_value;
    std::any m_page;
    int m_httpStatus = 0;
    QString m_requestId;
    bool m_replayed = false;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
};
