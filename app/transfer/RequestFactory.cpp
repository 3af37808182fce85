#include "RequestFactory.h"

#include "TransferLog.h"

RequestFactory::Headers RequestFactory::headers(const QUrl &url, bool keyAllowed) const
{
    const QNetworkRequest request = m_maker(url);
    Headers headers;
    for (const QByteArray &name : request.rawHeaderList()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && !keyAllowed) {
            // Defence in depth: the maker should never have added it for another origin.
            qCWarning(lcTransfer) << "dropping Authorization header for" << TransferLog::redact(url);
            continue;
        }
        if (name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        headers.append({name, request.rawHeader(name)});
    }
    headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    return headers;
}
