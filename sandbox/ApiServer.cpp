#include "ApiServer.h"

#include "ApiEndpoints.h"
#include "ApiError.h"
#include "DownloadService.h"
#include "SandboxClock.h"
#include "Sha256.h"
#include "Store.h"
#include "Ulid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

ApiServer::ApiServer(Store *store, ApiEndpoints *endpoints, DownloadService *downloads, const SandboxClock *clock,
                     const Config &config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_endpoints(endpoints)
    , m_downloads(downloads)
    , m_clock(clock)
    , m_config(config)
    , m_limiter(config.rate, config.burst)
{
    const QString sitesRead = QStringLiteral("sites:read"), snapRead = QStringLiteral("snapshots:read");
    const auto p = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char('/')); };
    m_routes = {
        {"GET", p("me"), Op::Me, QString()},
        {"GET", p("sites"), Op::ListSites, sitesRead},
        {"GET", p("sites/*"), Op::GetSite, sitesRead},
        {"GET", p("sites/*/environments"), Op::ListEnvs, sitesRead},
        {"POST", p("sites/*/backups"), Op::CreateBackup, QStringLiteral("snapshots:write")},
        {"GET", p("sites/*/backups/policy"), Op::Policy, snapRead},
        {"GET", p("sites/*/snapshots"), Op::ListSnapshots, snapRead},
        {"GET", p("sites/*/snapshots/*"), Op::GetSnapshot, snapRead},
        {"POST", p("sites/*/snapshots/*/restore"), Op::Restore, QStringLiteral("snapshots:restore")},
        {"GET", p("sites/*/snapshots/*/download"), Op::Download, snapRead},
        {"GET", p("jobs"), Op::ListJobs, snapRead},
        {"GET", p("jobs/*"), Op::GetJob, snapRead},
    };
}

QString ApiServer::newRequestId()
{
    return Ulid::make(QStringLiteral("req"), QDateTime::currentDateTimeUtc());
}

void ApiServer::handle(const HttpRequest &req, const HttpServer::Respond &respond)
{
    const QString requestId = newRequestId();
    // Every response, whatever produced it, carries the request id.
    auto withId = [respond, requestId](HttpResponse r) {
        r.setHeader("X-Request-Id", requestId.toLatin1());
        respond(std::move(r));
    };
    if (m_config.latencyMs > 0)
        QTimer::singleShot(m_config.latencyMs, this, [this, req, requestId, withId] { process(req, requestId, withId); });
    else
        process(req, requestId, withId);
}

void ApiServer::handleStorage(const HttpRequest &req, const HttpServer::Respond &respond)
{
    const QString requestId = newRequestId();
    auto withId = [respond, requestId](HttpResponse r) {
        r.setHeader("X-Request-Id", requestId.toLatin1());
        respond(std::move(r));
    };
    if (m_config.latencyMs > 0)
        QTimer::singleShot(m_config.latencyMs, this, [this, req, requestId, withId] { m_downloads->storageRequest(req, requestId, withId); });
    else
        m_downloads->storageRequest(req, requestId, withId);
}

const ApiServer::Route *ApiServer::match(const QString &path, const QByteArray &method, QStringList *params,
                                         QList<QByteArray> *allowed) const
{
    QString rest = path;
    if (!rest.startsWith(QLatin1String("/v1/")))
        return nullptr;
    rest = rest.mid(4);
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const QStringList segments = rest.split(QLatin1Char('/'));
    const Route *found = nullptr;
    for (const Route &r : m_routes) {
        if (r.pattern.size() != segments.size())
            continue;
        QStringList captured;
        bool ok = true;
        for (int i = 0; ok && i < segments.size(); ++i) {
            if (r.pattern[i] == QLatin1String("*"))
                captured << segments[i];
            else
                ok = r.pattern[i] == segments[i];
        }
        if (!ok)
            continue;
        allowed->append(r.method);
        if (r.method == method) {
            found = &r;
            *params = captured;
        }
    }
    return found;
}

bool ApiServer::injectFault(const QByteArray &method) const
{
    if (m_config.failRate <= 0)
        return false;
    if (!m_config.failMethods.isEmpty() && !m_config.failMethods.contains(QString::fromLatin1(method), Qt::CaseInsensitive))
        return false;
    return QRandomGenerator::global()->generateDouble() < m_config.failRate;
}

HttpResponse ApiServer::faultResponse(const QString &requestId) const
{
    if (QRandomGenerator::global()->bounded(2) == 0)
        return sandbox::ApiError::response(500, QStringLiteral("internal"), QStringLiteral("Injected internal error (--fail-rate)."), requestId);
    HttpResponse r = sandbox::ApiError::response(503, QStringLiteral("unavailable"), QStringLiteral("Injected unavailability (--fail-rate)."), requestId);
    r.setHeader("Retry-After", "1");
    return r;
}

void ApiServer::process(const HttpRequest &req, const QString &requestId, const HttpServer::Respond &respond)
{
    QStringList params;
    QList<QByteArray> allowed;
    const Route *route = match(req.path, req.method, &params, &allowed);
    if (!route) {
        if (allowed.isEmpty())
            return respond(sandbox::ApiError::notFound(QStringLiteral("resource"), requestId));
        HttpResponse r = sandbox::ApiError::response(405, QStringLiteral("method_not_allowed"),
                                            QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(req.method)), requestId);
        r.setHeader("Allow", allowed.join(", "));
        return respond(r);
    }

    // Authentication: a well-formed, known, unrevoked, unexpired key.
    static const QRegularExpression bearer(QStringLiteral("^Bearer (mfk_(live|test)_[A-Za-z0-9]{32})$"));
    const auto m = bearer.match(QString::fromLatin1(req.header("Authorization")));
    ApiContext c{req, requestId, {}, params};
    if (!m.hasMatch() || !m_store->authenticate(m.captured(1), m_clock->now(), &c.key)) {
        HttpResponse r = sandbox::ApiError::response(401, QStringLiteral("unauthorized"),
                                            m.hasMatch() ? QStringLiteral("The API key is unknown, revoked or expired.")
                                                         : QStringLiteral("Send an API key: Authorization: Bearer mfk_…"),
                                            requestId);
        r.setHeader("WWW-Authenticate", "Bearer realm=\"managed.dev\"");
        return respond(r);
    }

    const RateLimiter::Decision d = m_limiter.take(c.key.prefix);
    const auto rateHeaders = [d](HttpResponse &r) {
        r.setHeader("X-RateLimit-Limit", QByteArray::number(d.limit));
        r.setHeader("X-RateLimit-Remaining", QByteArray::number(d.remaining));
        r.setHeader("X-RateLimit-Reset", QByteArray::number(d.resetUnix));
    };
    const bool storm = m_config.stormRate > 0 && QRandomGenerator::global()->generateDouble() < m_config.stormRate;
    if (!d.allowed || storm) {
        HttpResponse r = sandbox::ApiError::response(429, QStringLiteral("rate_limited"),
                                            QStringLiteral("Too many requests; wait Retry-After seconds."), requestId);
        rateHeaders(r);
        r.setHeader("Retry-After", QByteArray::number(d.allowed ? 1 : d.retryAfterSecs));
        return respond(r);
    }
    const auto done = [respond, rateHeaders](HttpResponse r) {
        rateHeaders(r);
        respond(std::move(r));
    };

    // A fault "before": nothing has happened yet, so a retry simply does the work.
    const bool fault = injectFault(req.method);
    const bool faultAfter = fault && req.method == "POST" && QRandomGenerator::global()->bounded(2) == 0;
    if (fault && !faultAfter)
        return done(faultResponse(requestId));

    if (!route->scope.isEmpty() && !c.key.scopes.contains(route->scope))
        return done(sandbox::ApiError::response(403, QStringLiteral("forbidden"),
                                       QStringLiteral("This key lacks the %1 scope.").arg(route->scope), requestId,
                                       QJsonObject{{QStringLiteral("required_scope"), route->scope}}));

    if (req.method != "POST")
        return dispatch(*route, c, done);

    const QString idemKey = QString::fromUtf8(req.header("Idempotency-Key"));
    if (idemKey.isEmpty())
        return done(sandbox::ApiError::response(400, QStringLiteral("missing_idempotency_key"),
                                       QStringLiteral("POST requests need an Idempotency-Key header (a UUID per user action)."), requestId));
    if (idemKey.size() < 8 || idemKey.size() > 255)
        return done(sandbox::ApiError::badParameter(QStringLiteral("Idempotency-Key"), QStringLiteral("Idempotency-Key must be 8 to 255 characters."), requestId));
    // Same JSON in another key order or spacing is the same request.
    const QJsonDocument parsed = QJsonDocument::fromJson(req.body);
    const QByteArray bodyHash = sandbox::Sha256::hex(parsed.isNull() ? req.body : parsed.toJson(QJsonDocument::Compact));
    IdempotencyRecord rec;
    if (m_store->idempotency(c.key.prefix, idemKey, &rec)) {
        if (rec.method != QString::fromLatin1(req.method) || rec.path != req.path || rec.bodyHash != bodyHash)
            return done(sandbox::ApiError::response(422, QStringLiteral("idempotency_key_reused"),
                                           QStringLiteral("This Idempotency-Key was used for a different request."), requestId));
        HttpResponse r;
        r.status = rec.status;
        r.body = rec.body;
        const QJsonObject headers = QJsonDocument::fromJson(rec.headersJson).object();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            r.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
        r.setHeader("Idempotent-Replayed", "true");
        return done(r);
    }
    dispatch(*route, c, [this, done, c, idemKey, bodyHash, faultAfter](HttpResponse r) {
        // The first final answer is the key's (SEMANTICS.md), a refusal (busy, not ready,
        // invalid) too: a client acting again makes a new key. A 5xx is not final: a retry with
        // the same key gets the work done.
        if (r.status < 500) {
            QJsonObject headers;
            for (const char *name : {"Content-Type", "Location"}) {
                if (!r.header(name).isNull())
                    headers.insert(QString::fromLatin1(name), QString::fromLatin1(r.header(name)));
            }
            m_store->saveIdempotency(c.key.prefix, idemKey,
                                     IdempotencyRecord{QString::fromLatin1(c.request.method), c.request.path, bodyHash, r.status,
                                                       QJsonDocument(headers).toJson(QJsonDocument::Compact), r.body},
                                     QDateTime::currentDateTimeUtc());
        }
        // A fault "after": the work is done and recorded, but the client sees a 5xx; its retry
        // with the same key must get the replay, never a second capture or restore.
        done(faultAfter ? faultResponse(c.requestId) : r);
    });
}

void ApiServer::dispatch(const Route &route, const ApiContext &c, const std::function<void(HttpResponse)> &done)
{
    switch (route.op) {
    case Op::Me: return done(m_endpoints->me(c));
    case Op::ListSites: return done(m_endpoints->listSites(c));
    case Op::GetSite: return done(m_endpoints->getSite(c));
    case Op::ListEnvs: return done(m_endpoints->listEnvironments(c));
    case Op::CreateBackup: return done(m_endpoints->createBackup(c));
    case Op::Policy: return done(m_endpoints->backupPolicy(c));
    case Op::ListSnapshots: return done(m_endpoints->listSnapshots(c));
    case Op::GetSnapshot: return done(m_endpoints->getSnapshot(c));
    case Op::Restore: return done(m_endpoints->restore(c));
    case Op::Download: return m_downloads->apiDownload(c, done);
    case Op::ListJobs: return done(m_endpoints->listJobs(c));
    case Op::GetJob: return done(m_endpoints->getJob(c));
    }
}
