#include "SiteListing.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"

SiteListing::SiteListing(ApiClient *api, const QString &filter, QObject *parent)
    : QObject(parent)
    , m_reply(api->listSites(filter))
{
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::pageReceived, this, &SiteListing::onPage);
    connect(reply, &ApiReply::finished, this, [this, reply] { end(reply->error()); });
}

SiteListing::~SiteListing()
{
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
}

void SiteListing::cancel()
{
    if (m_reply && !m_finished)
        m_reply->cancel();
}

void SiteListing::onPage(const QJsonArray &items)
{
    if (m_finished)
        return;
    if (items.isEmpty())
        return;
    // The reply checked every item of the page before handing it on, typed: a page with an
    // unreadable site never arrives here (the listing fails, naming it).
    const QList<Site> *sites = m_reply->pageAs<Site>();
    if (!sites)
        return;
    m_sites.append(*sites);
    Q_EMIT pageReceived(*sites);
}

void SiteListing::end(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
