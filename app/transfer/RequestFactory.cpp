#include "RequestFactory.h"

#include "TransferLog.h"

QNetworkRequest RequestFactory::make(const QUrl &url, bool keyAllowed) const
{
    QNetworkRequest request = m_maker(url);
    request.setUrl(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // An explicit Accept-Encoding stops Qt from inflating a gzip Content-Encoding behind our back:
    // the checksum is over the bytes as served, and Content-Length counts those.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!keyAllowed && request.hasRawHeader("Authorization")) {
        // Defence in depth: the maker should never have added it for another origin.
        qCWarning(lcTransfer) << "dropping Authorization header for" << TransferLog::redact(url);
        request.setRawHeader("Authorization", QByteArray());
    }
    return request;
}
