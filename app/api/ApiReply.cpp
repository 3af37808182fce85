#include "ApiReply.h"

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    Q_EMIT cancelRequested();
}

void ApiReply::emitPage(const QJsonArray &items, const std::any &typed)
{
    m_page = typed;
    Q_EMIT pageReceived(items);
    m_page.reset();
}

void ApiReply::finish(const QJsonValue &json, const ApiError &error, std::any value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_json = json;
    m_value = std::move(value);
    m_error = error;
    if (m_error.requestId.isEmpty())
        m_error.requestId = m_requestId;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiReply::setResponseMeta(int httpStatus, const QString &requestId, bool replayed,
                               QList<QNetworkReply::RawHeaderPair> headers)
{
    m_httpStatus = httpStatus;
    m_requestId = requestId;
    m_replayed = replayed;
    m_headers = std::move(headers);
}
