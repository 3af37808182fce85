#include "ApiClient.h"

#include "EnvironmentProxyFactory.h"

#include "ApiCall.h"
#include "ApiParser.h"
#include "PageWalker.h"
#include "RequestQueue.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>


namespace {

// Ids and slugs become path segments: encode them so that a '/' or '?' in user input can never
// change which resource is addressed.
QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Query values are percent-encoded by us so '+', '&' and '%' in a filter survive as typed.
QString queryValue(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

struct ApiClient::Private
{
    QUrl baseUrl;
    QString baseProblem; // checkBaseUrl(baseUrl), computed once
    Options options;
    QString apiKey;
    QNetworkAccessManager *network = nullptr;
    RequestQueue *queue = nullptr;
    bool reachable = true;
};

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : ApiClient(baseUrl, Options{}, parent)
{
}

ApiClient::ApiClient(const QUrl &baseUrl, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<ApiError>();
    d->baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    d->baseProblem = checkBaseUrl(baseUrl);
    d->options = options;
    d->network = new QNetworkAccessManager(this);
    // Redirects are ours to judge (see ApiCall::handleRedirect); Qt must never follow one.
    d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The environment's proxy, read as libcurl reads it for the downloads: one road for both.
    d->network->setProxyFactory(new EnvironmentProxyFactory);
    d->queue = new RequestQueue(options.ratePerSecond, options.burst, nullptr, this);
}

ApiClient::~ApiClient()
{
    // Replies (and their calls) go first, while the network manager and queue still exist.
    const auto replies = findChildren<ApiReply *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("ApiClient", "No API address is set.");
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiClient", "The API address is not a valid URL.");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ApiClient", "The API address must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("ApiClient", "The API address must not contain a query or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate("ApiClient",
            "The API address must use https://. Plain http:// is only allowed to this computer "
            "(localhost, 127.0.0.1 or ::1), because the API key would travel unencrypted.");
    }
    return QCoreApplication::translate("ApiClient", "The API address must start with https://.");
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    return TransportPolicy::isLoopbackHost(host);
}

QUrl ApiClient::baseUrl() const { return d->baseUrl; }
QNetworkAccessManager *ApiClient::network() const { return d->network; }
const ApiClient::Options &ApiClient::options() const { return d->options; }
bool ApiClient::isReachable() const { return d->reachable; }

void ApiClient::setApiKey(const QString &key)
{
    // Pasted keys often carry a trailing newline or spaces.
    d->apiKey = key.trimmed();
}

bool ApiClient::hasApiKey() const
{
    return !d->apiKey.isEmpty();
}

bool ApiClient::isApiOrigin(const QUrl &url) const
{
    return d->baseProblem.isEmpty() && TransportPolicy::sameOrigin(url, d->baseUrl);
}

QNetworkRequest ApiClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ManagedDesktop/" MF_VERSION));
    // The key only ever goes to the API's own origin; a header value with control characters
    // (a broken paste) is not sent at all rather than risking header injection.
    const bool printable = std::all_of(d->apiKey.cbegin(), d->apiKey.cend(),
                                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (isApiOrigin(url) && !d->apiKey.isEmpty() && printable)
        request.setRawHeader("Authorization", "Bearer " + d->apiKey.toLatin1());
    return request;
}

QUrl ApiClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = d->baseUrl;
    // Callers' paths are already percent-encoded per segment (see segment()); TolerantMode keeps
    // an encoded "%2F" as data instead of encoding its '%' again or turning it into a '/'.
    url.setPath(d->baseUrl.path(QUrl::FullyEncoded) + (path.startsWith(u'/') ? path : u'/' + path),
                QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void ApiClient::observe(ApiCall *call, const QString &path)
{
    connect(call, &ApiCall::reachability, this, &ApiClient::noteReachability);
    connect(call, &ApiCall::unauthorized, this, &ApiClient::unauthorized);
    connect(call, &ApiCall::retrying, this, [this, path](const ApiError &error, int attempt, int max, int delayMs) {
        Q_EMIT retrying(path, error, attempt, max, delayMs);
    });
}

void ApiClient::noteReachability(bool reachable)
{
    if (reachable == d->reachable)
        return;
    d->reachable = reachable;
    qCInfo(lcApi) << (reachable ? "platform reachable again" : "platform unreachable");
    Q_EMIT reachabilityChanged(reachable);
}

ApiReply *ApiClient::refuse(ApiReply *reply)
{
    ApiError e;
    if (!d->baseProblem.isEmpty()) {
        e.kind = ApiError::Kind::InsecureUrl;
        e.message = d->baseProblem;
    } else {
        e.kind = ApiError::Kind::NoCredentials;
    }
    // Later, so the caller can connect to finished() first.
    QTimer::singleShot(0, reply, [reply, e] { reply->finish({}, e); });
    return reply;
}

ApiReply *ApiClient::startCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &body, const QString &idempotencyKey, Decoder::Single decoder)
{
    auto *reply = new ApiReply(this);
    if (!d->baseProblem.isEmpty() || !hasApiKey())
        return refuse(reply);
    auto *call = new ApiCall(this, d->queue, method, endpoint(path, query), body, idempotencyKey,
                             std::move(decoder), reply);
    observe(call, path);
    connect(call, &ApiCall::done, reply, [reply](const ApiCall::Outcome &o) {
        reply->setResponseMeta(o.httpStatus, o.requestId, o.replayed, o.headers);
        reply->setAttempts(o.attempts);
        reply->finish(o.json, o.error, o.value);
    });
    connect(reply, &ApiReply::cancelRequested, call, &ApiCall::cancel);
    call->start();
    return reply;
}

ApiReply *ApiClient::startPages(const QString &path, const QUrlQuery &query, int pageSize, Decoder::List decoder)
{
    auto *reply = new ApiReply(this);
    if (!d->baseProblem.isEmpty() || !hasApiKey())
        return refuse(reply);
    auto *walker = new PageWalker(this, d->queue, reply, path, query, pageSize, std::move(decoder));
    walker->start();
    return reply;
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return startCall("GET", path, query, {}, {}, {});
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    QString key = idempotencyKey;
    if (key.isEmpty()) {
        // Still safe against duplicates within this call's own retries, but a person retrying
        // the action would get a new key: callers should pass one per user action.
        qCWarning(lcApi) << "POST" << path << "without an idempotency key; made one for this call only";
        key = newIdempotencyKey();
    }
    return startCall("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), key, {});
}

ApiReply *ApiClient::getAllPages(const QString &path, QUrlQuery query, int pageSize)
{
    return startPages(path, query, pageSize, {});
}

ApiReply *ApiClient::me()
{
    return startCall("GET", QStringLiteral("/me"), {}, {}, {}, Decoder::single(&ApiParser::me));
}

ApiReply *ApiClient::listSites(const QString &filter)
{
    QUrlQuery q;
    if (!filter.isEmpty())
        q.addQueryItem(QStringLiteral("q"), queryValue(filter));
    return startPages(QStringLiteral("/sites"), q, 100, Decoder::list(&ApiParser::site));
}

ApiReply *ApiClient::site(const QString &siteRef)
{
    return startCall("GET", QStringLiteral("/sites/") + segment(siteRef), {}, {}, {}, Decoder::single(&ApiParser::site));
}

ApiReply *ApiClient::environments(const QString &siteRef)
{
    return startCall("GET", QStringLiteral("/sites/%1/environments").arg(segment(siteRef)), {}, {}, {},
                     Decoder::single(&ApiParser::environmentList));
}

ApiReply *ApiClient::backupPolicy(const QString &siteRef)
{
    return startCall("GET", QStringLiteral("/sites/%1/backups/policy").arg(segment(siteRef)), {}, {}, {},
                     Decoder::single(&ApiParser::backupPolicy));
}

ApiReply *ApiClient::listSnapshots(const QString &siteRef, const SnapshotFilter &filter)
{
    QUrlQuery q;
    if (!filter.environment.isEmpty())
        q.addQueryItem(QStringLiteral("environment"), queryValue(filter.environment));
    if (!filter.kind.isEmpty())
        q.addQueryItem(QStringLiteral("kind"), queryValue(filter.kind));
    if (!filter.status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), queryValue(filter.status));
    if (filter.createdAfter.isValid())
        q.addQueryItem(QStringLiteral("created_after"), queryValue(rfc3339(filter.createdAfter)));
    if (filter.createdBefore.isValid())
        q.addQueryItem(QStringLiteral("created_before"), queryValue(rfc3339(filter.createdBefore)));
    return startPages(QStringLiteral("/sites/%1/snapshots").arg(segment(siteRef)), q, 100,
                      Decoder::list(&ApiParser::snapshot));
}

ApiReply *ApiClient::snapshot(const QString &siteRef, const QString &snapshotId)
{
    return startCall("GET", QStringLiteral("/sites/%1/snapshots/%2").arg(segment(siteRef), segment(snapshotId)), {}, {},
                     {}, Decoder::single(&ApiParser::snapshot));
}

ApiReply *ApiClient::createBackup(const QString &siteRef, const QString &environment, const QString &label,
                                  const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("environment"), environment}};
    if (!label.isEmpty())
        body.insert(QStringLiteral("label"), label);
    return startCall("POST", QStringLiteral("/sites/%1/backups").arg(segment(siteRef)), {},
                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                     idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey,
                     Decoder::single(&ApiParser::accepted));
}

ApiReply *ApiClient::restoreSnapshot(const QString &siteRef, const QString &snapshotId,
                                     const QStringList &selectors, const QString &targetEnvironment,
                                     const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("selectors"), QJsonArray::fromStringList(selectors)}};
    if (!targetEnvironment.isEmpty())
        body.insert(QStringLiteral("environment"), targetEnvironment);
    return startCall("POST", QStringLiteral("/sites/%1/snapshots/%2/restore").arg(segment(siteRef), segment(snapshotId)),
                     {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey,
                     Decoder::single(&ApiParser::accepted));
}

ApiReply *ApiClient::job(const QString &jobId)
{
    return startCall("GET", QStringLiteral("/jobs/") + segment(jobId), {}, {}, {}, Decoder::single(&ApiParser::job));
}

ApiReply *ApiClient::listJobs(const QString &status, const QString &site)
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), queryValue(status));
    if (!site.isEmpty())
        q.addQueryItem(QStringLiteral("site"), queryValue(site));
    return startPages(QStringLiteral("/jobs"), q, 100, Decoder::list(&ApiParser::job));
}

QUrl ApiClient::downloadUrl(const QString &siteRef, const QString &snapshotId, const QStringList &selectors) const
{
    QUrlQuery q;
    if (!selectors.isEmpty())
        q.addQueryItem(QStringLiteral("selectors"), selectors.join(u','));
    return endpoint(QStringLiteral("/sites/%1/snapshots/%2/download").arg(segment(siteRef), segment(snapshotId)), q);
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
