#pragma once

#include "ApiCall.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

class ApiClient;
class ApiReply;
class RequestQueue;

// Follows next_cursor from the first page to the last for one ApiReply: one ApiCall per page
// (each with its own retries), pages strictly in order because the contract makes them
// sequential, pageReceived() as each one lands, the concatenation as json() at the end.
// Internal to ApiClient.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    PageWalker(ApiClient *client, RequestQueue *queue, ApiReply *reply, QString path, QUrlQuery query,
               int pageSize, Decoder::List decoder);

    void start();

private:
    void fetch(const QString &cursor);
    void onPage(const ApiCall::Outcome &outcome);
    void finish(const ApiCall::Outcome &last, const ApiError &error);

    ApiClient *m_client;
    QPointer<RequestQueue> m_queue;
    ApiReply *m_reply;
    QString m_path;
    QUrlQuery m_query;
    int m_pageSize;
    Decoder::List m_decoder; // a problem in data[i] becomes a BadResponse naming it
    std::any m_typed;
    QPointer<ApiCall> m_current;
    QJsonArray m_items;
    QSet<QString> m_seenCursors;
    int m_attempts = 0;
    int m_emptyPagesInARow = 0;
    bool m_cancelled = false;
};
