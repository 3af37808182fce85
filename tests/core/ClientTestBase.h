#pragma once

#include "FakeHttpServer.h"
#include "Fixtures.h"
#include "api/ApiClient.h"

#include <QObject>
#include <QSignalSpy>

#include <memory>

// What the client's network tests share: a scripted API server, a second server as "another
// origin", fast retry options and a way to wait for a reply without it deleting itself.
class ClientTestBase : public QObject
{
protected:
    using Response = FakeHttpServer::Response;

    inline static const QString Key = QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345");

    std::unique_ptr<FakeHttpServer> api;
    std::unique_ptr<FakeHttpServer> other;

    bool startServers()
    {
        api = std::make_unique<FakeHttpServer>();
        other = std::make_unique<FakeHttpServer>();
        return api->listen() && other->listen();
    }

    static ApiClient::Options fastOptions(int attempts = 4)
    {
        ApiClient::Options o;
        o.baseBackoffMs = 20;
        o.maxBackoffMs = 80;
        o.maxAttempts = attempts;
        o.stallTimeoutMs = 5000;
        return o;
    }

    std::unique_ptr<ApiClient> client(const ApiClient::Options &o) const
    {
        auto c = std::make_unique<ApiClient>(api->url(QStringLiteral("/v1")), o);
        c->setApiKey(Key);
        return c;
    }

    // Waits for a reply kept alive by the test (auto-delete off).
    static bool wait(ApiReply *reply, int ms = 20000)
    {
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &ApiReply::finished);
        return reply->isFinished() || spy.wait(ms);
    }
};
