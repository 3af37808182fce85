#include "PageWalker.h"

#include "ApiClient.h"
#include "ApiParser.h"
#include "ApiReply.h"

using namespace Qt::StringLiterals;

namespace {
// No organisation has this many items in one list; a server that keeps paging past it is broken
// (or hostile) and would otherwise grow memory without end.
constexpr qsizetype MaxItems = 1000000;
} // namespace

PageWalker::PageWalker(ApiClient *client, RequestQueue *queue, ApiReply *reply, QString path,
                       QUrlQuery query, int pageSize, ItemValidator validator)
    : QObject(reply)
    , m_client(client)
    , m_queue(queue)
    , m_reply(reply)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_pageSize(std::clamp(pageSize, 1, 100))
    , m_validator(std::move(validator))
{
    connect(m_reply, &ApiReply::cancelRequested, this, [this] {
        m_cancelled = true;
        if (m_current)
            m_current->cancel();
    });
}

void PageWalker::start()
{
    fetch({});
}

void PageWalker::fetch(const QString &cursor)
{
    QUrlQuery q = m_query;
    q.removeAllQueryItems(u"limit"_s);
    q.removeAllQueryItems(u"cursor"_s);
    q.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    auto *call = new ApiCall(m_client, m_queue, "GET", m_client->endpoint(m_path, q), {}, {}, {}, this);
    m_current = call;
    connect(call, &ApiCall::done, this, &PageWalker::onPage);
    connect(call, &ApiCall::reachability, m_client, [client = m_client](bool r) { client->noteReachability(r); });
    connect(call, &ApiCall::unauthorized, m_client, &ApiClient::unauthorized);
    call->start();
}

void PageWalker::onPage(const ApiCall::Outcome &outcome)
{
    m_attempts += outcome.attempts;
    if (m_current)
        m_current->deleteLater();
    if (outcome.error.isError()) {
        finish(outcome, outcome.error);
        return;
    }
    ApiError bad;
    bad.kind = ApiError::Kind::BadResponse;
    bad.httpStatus = outcome.httpStatus;
    bad.requestId = outcome.requestId;
    const Result<ApiParser::Page> page = ApiParser::page(outcome.json);
    if (!page.ok()) {
        bad.parseProblem = page.error().toString();
        finish(outcome, bad);
        return;
    }
    // Check every item before showing any of the page, so a view never gets half a page.
    if (m_validator) {
        for (qsizetype i = 0; i < page->data.size(); ++i) {
            if (const auto problem = m_validator(page->data.at(i))) {
                bad.parseProblem = ParseError{ApiParser::joinPath(u"data[%1]"_s.arg(i), problem->path),
                                              problem->problem}.toString();
                finish(outcome, bad);
                return;
            }
        }
    }
    if (m_items.size() + page->data.size() > MaxItems) {
        bad.parseProblem = u"more than %1 items in one list"_s.arg(MaxItems);
        finish(outcome, bad);
        return;
    }
    for (const QJsonValue &item : page->data)
        m_items.append(item);
    m_reply->emitPage(page->data);
    if (m_cancelled) { // a pageReceived() handler cancelled the rest
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        finish(outcome, cancelled);
        return;
    }
    if (page->nextCursor.isEmpty()) {
        finish(outcome, {});
        return;
    }
    if (m_seenCursors.contains(page->nextCursor)) {
        bad.parseProblem = u"next_cursor repeats an earlier page; stopped to avoid a loop"_s;
        finish(outcome, bad);
        return;
    }
    m_seenCursors.insert(page->nextCursor);
    fetch(page->nextCursor);
}

void PageWalker::finish(const ApiCall::Outcome &last, const ApiError &error)
{
    m_reply->setResponseMeta(last.httpStatus, last.requestId, last.replayed, last.headers);
    m_reply->setAttempts(m_attempts);
    // On failure json() still holds the pages that did arrive, for callers that can use them.
    m_reply->finish(m_items, error);
}
