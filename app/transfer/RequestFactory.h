#pragma once

#include "api/ApiClient.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

// What a download needs from an account: the rule that decides which requests carry the API key
// (and whatever else the account's requests state, such as the User-Agent). Normally made from
// the account's ApiClient (forApi), so API calls and downloads follow the same rule; tests of the
// engine against a bare local server can give their own maker.
class RequestFactory
{
public:
    using Maker = std::function<QNetworkRequest(const QUrl &)>;
    using Headers = QList<QNetworkReply::RawHeaderPair>;

    RequestFactory() = default;
    explicit RequestFactory(Maker maker) : m_maker(std::move(maker)) {}

    // Inline so that code not using an ApiClient does not need its implementation linked in.
    static RequestFactory forApi(const ApiClient *api)
    {
        return RequestFactory([api](const QUrl &url) { return api->makeRequest(url); });
    }

    bool isValid() const { return bool(m_maker); }

    // The headers of a download request for url, made by the account's rule, then hardened:
    // `keyAllowed` false strips any Authorization header, whatever the maker added, and the
    // archive is asked for as stored (the checksum is over the bytes as served).
    Headers headers(const QUrl &url, bool keyAllowed) const;

private:
    Maker m_maker;
};
