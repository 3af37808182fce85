#include "PageWalker.h"

#include "ApiClient.h"
#include "ApiParser.h"
#include "ApiReply.h"


namespace {
// No organisation has this many items in one list; a server that keeps paging past it is broken
// (or hostile) and would otherwise grow memory without end.
constexpr qsizetype MaxItems = 1000000;
// An empty page with a next_cursor may happen once (items deleted under the cursor); a run of
// them is a server paging through nothing, each with a new cursor, forever.
constexpr int MaxEmptyPagesInARow = 3;
} // namespace

PageWalker::PageWalker(ApiClient *client, RequestQueue *queue, ApiReply *reply, QString path,
                       QUrlQuery query, int pageSize, Decoder::List decoder)
    : QObject(reply)
    , m_client(client)
    , m_queue(queue)
    , m_reply(reply)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_pageSize(std::clamp(pageSize, 1, 100))
    , m_decoder(std::move(decoder))
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
    q.removeAllQueryItems(QStringLiteral("limit"));
    q.removeAllQueryItems(QStringLiteral("cursor"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    auto *call = new ApiCall(m_client, m_queue, "GET", m_client->endpoint(m_path, q), {}, {}, {}, this);
    m_current = call;
    connect(call, &ApiCall::done, this, &PageWalker::onPage);
    m_client->observe(call, m_path);
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
    std::any typedPage;
    if (m_decoder) {
        if (const auto problem = m_decoder.decodePage(page->data, typedPage)) {
            bad.parseProblem = problem->toString();
            finish(outcome, bad);
            return;
        }
    }
    if (m_items.size() + page->data.size() > MaxItems) {
        bad.parseProblem = QStringLiteral("more than %1 items in one list").arg(MaxItems);
        finish(outcome, bad);
        return;
    }
    for (const QJsonValue &item : page->data)
        m_items.append(item);
    if (m_decoder)
        m_decoder.append(m_typed, typedPage);
    m_reply->emitPage(page->data, typedPage);
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
    m_emptyPagesInARow = page->data.isEmpty() ? m_emptyPagesInARow + 1 : 0;
    if (m_emptyPagesInARow >= MaxEmptyPagesInARow) {
        bad.parseProblem = QStringLiteral("%1 empty pages in a row, each with another next_cursor; stopped to avoid a loop")
                               .arg(m_emptyPagesInARow);
        finish(outcome, bad);
        return;
    }
    if (m_seenCursors.contains(page->nextCursor)) {
        bad.parseProblem = QStringLiteral("next_cursor repeats an earlier page; stopped to avoid a loop");
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
    m_reply->finish(m_items, error, error.isError() ? std::any() : m_typed);
}
