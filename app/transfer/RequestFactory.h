#pragma once

#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

// What a download needs from an account: its QNetworkAccessManager and the rule that decides
// which requests carry the API key. Normally made from the account's ApiClient (forApi); tests of
// the engine against a bare local server can give their own maker.
class RequestFactory
{
public:
    using Maker = std::function<QNetworkRequest(const QUrl &)>;

    RequestFactory() = default;
    RequestFactory(QNetworkAccessManager *network, Maker maker)
        : m_network(network), m_maker(std::move(maker)) {}

    // Inline so that code not using an ApiClient does not need its implementation linked in.
    static RequestFactory forApi(const ApiClient *api)
    {
        return RequestFactory(api->network(), [api](const QUrl &url) { return api->makeRequest(url); });
    }

    QNetworkAccessManager *network() const { return m_network; }
    bool isValid() const { return m_network && m_maker; }

    // The request for url, made by the account's rule, then hardened for downloads: redirects are
    // ours (so the key can be dropped on the way to storage), and no transparent decompression.
    // `keyAllowed` false strips any Authorization header, whatever the maker added.
    QNetworkRequest make(const QUrl &url, bool keyAllowed) const;

private:
    QNetworkAccessManager *m_network = nullptr;
    Maker m_maker;
};
