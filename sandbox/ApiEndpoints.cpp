#include "ApiEndpoints.h"

#include "ApiError.h"
#include "JobRunner.h"
#include "SandboxClock.h"
#include "Store.h"
#include "Ulid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString siteRefPattern() { return QStringLiteral("^(site_[0-9A-HJKMNP-TV-Z]{26}|[a-z0-9][a-z0-9-]{0,62})$"); }

HttpResponse validation(const QString &field, const QString &message, const QString &requestId)
{
    return sandbox::ApiError::response(422, QStringLiteral("validation_failed"), message, requestId,
                              QJsonObject{{QStringLiteral("field"), field}});
}
}

ApiEndpoints::ApiEndpoints(Store *store, JobRunner *jobs, const SandboxClock *clock, const QByteArray &secret)
    : m_store(store)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_cursor(secret)
{
}

bool ApiEndpoints::isEnvironmentName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return re.match(name).hasMatch();
}

std::optional<HttpResponse> ApiEndpoints::resolveSite(const ApiContext &c, SiteInfo *site) const
{
    static const QRegularExpression re(siteRefPattern());
    const QString ref = c.params.value(0);
    if (!re.match(ref).hasMatch() || !m_store->findSite(ref, site))
        return sandbox::ApiError::notFound(QStringLiteral("site"), c.requestId);
    if (site->orgId != c.key.orgId)
        return sandbox::ApiError::response(403, QStringLiteral("forbidden"),
                                  QStringLiteral("This key's organization has no access to site %1.").arg(ref), c.requestId);
    return std::nullopt;
}

std::optional<HttpResponse> ApiEndpoints::resolveSnapshot(const ApiContext &c, const SiteInfo &site, SnapInfo *snap) const
{
    const QString id = c.params.value(1);
    if (!Ulid::isValid(id, QStringLiteral("snap")) || !m_store->snapshot(id, snap) || snap->siteId != site.id)
        return sandbox::ApiError::notFound(QStringLiteral("snapshot"), c.requestId);
    return std::nullopt;
}

std::optional<HttpResponse> ApiEndpoints::parseLimit(const ApiContext &c, int *limit) const
{
    *limit = 20;
    if (!c.request.query.hasQueryItem(QStringLiteral("limit")))
        return std::nullopt;
    bool ok = false;
    const int v = c.request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || v < 1 || v > 100)
        return sandbox::ApiError::badParameter(QStringLiteral("limit"), QStringLiteral("limit must be an integer from 1 to 100."), c.requestId);
    *limit = v;
    return std::nullopt;
}

std::optional<HttpResponse> ApiEndpoints::parseCursor(const ApiContext &c, const QString &scope, QString *lastKey) const
{
    lastKey->clear();
    if (!c.request.query.hasQueryItem(QStringLiteral("cursor")))
        return std::nullopt;
    const QString cursor = c.request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    switch (m_cursor.decode(cursor, scope, QDateTime::currentSecsSinceEpoch(), lastKey)) {
    case Cursor::Result::Ok:
        return std::nullopt;
    case Cursor::Result::Expired:
        return sandbox::ApiError::badParameter(QStringLiteral("cursor"), QStringLiteral("The cursor has expired; start again from the first page."), c.requestId);
    case Cursor::Result::WrongList:
        return sandbox::ApiError::badParameter(QStringLiteral("cursor"), QStringLiteral("The cursor belongs to another list or other filters."), c.requestId);
    case Cursor::Result::Malformed:
        break;
    }
    return sandbox::ApiError::badParameter(QStringLiteral("cursor"), QStringLiteral("The cursor is not valid; pass next_cursor back unchanged."), c.requestId);
}

std::optional<HttpResponse> ApiEndpoints::parseBody(const ApiContext &c, QJsonObject *body) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(c.request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return sandbox::ApiError::response(400, QStringLiteral("bad_request"),
                                  QStringLiteral("The body is not valid JSON: %1.").arg(err.errorString()), c.requestId);
    if (!doc.isObject())
        return validation(QStringLiteral("(body)"), QStringLiteral("The body must be a JSON object."), c.requestId);
    *body = doc.object();
    return std::nullopt;
}

HttpResponse ApiEndpoints::page(const QJsonArray &data, const QString &nextCursor)
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("data"), data},
                                               {QStringLiteral("next_cursor"), nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}});
}

HttpResponse ApiEndpoints::me(const ApiContext &c)
{
    return HttpResponse::json(200, m_store->me(c.key));
}

HttpResponse ApiEndpoints::listSites(const ApiContext &c)
{
    int limit;
    if (auto e = parseLimit(c, &limit))
        return *e;
    const QString q = c.request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (q.size() > 200)
        return sandbox::ApiError::badParameter(QStringLiteral("q"), QStringLiteral("q is at most 200 characters."), c.requestId);
    const QString scope = QStringLiteral("sites|") + c.key.orgId + QLatin1Char('|') + q;
    QString after;
    if (auto e = parseCursor(c, scope, &after))
        return *e;
    const QList<SiteInfo> sites = m_store->listSites(c.key.orgId, q, after, limit + 1);
    QJsonArray data;
    for (int i = 0; i < sites.size() && i < limit; ++i)
        data << m_store->siteJson(sites[i]);
    const QString next = sites.size() > limit
        ? m_cursor.encode(scope, sites[limit - 1].slug, QDateTime::currentSecsSinceEpoch()) : QString();
    return page(data, next);
}

HttpResponse ApiEndpoints::getSite(const ApiContext &c)
{
    SiteInfo site;
    if (auto e = resolveSite(c, &site))
        return *e;
    return HttpResponse::json(200, m_store->siteJson(site));
}

HttpResponse ApiEndpoints::listEnvironments(const ApiContext &c)
{
    SiteInfo site;
    if (auto e = resolveSite(c, &site))
        return *e;
    QJsonArray data;
    for (const EnvInfo &env : m_store->environments(site.id))
        data << m_store->environmentJson(env);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse ApiEndpoints::backupPolicy(const ApiContext &c)
{
    SiteInfo site;
    if (auto e = resolveSite(c, &site))
        return *e;
    return HttpResponse::json(200, m_store->policyJson(site));
}

HttpResponse ApiEndpoints::accepted(const ApiContext &c, const QString &jobId, const QString &snapshotId) const
{
    Q_UNUSED(c)
    QJsonObject body{{QStringLiteral("job"), m_store->jobJson(jobId)}};
    if (!snapshotId.isEmpty())
        body.insert(QStringLiteral("snapshot"), m_store->snapshotJson(snapshotId));
    HttpResponse r = HttpResponse::json(202, body);
    r.setHeader("Location", "/v1/jobs/" + jobId.toLatin1());
    return r;
}

HttpResponse ApiEndpoints::createBackup(const ApiContext &c)
{
    SiteInfo site;
    if (auto e = resolveSite(c, &site))
        return *e;
    QJsonObject body;
    if (auto e = parseBody(c, &body))
        return *e;
    for (const QString &k : body.keys()) {
        if (k != QLatin1String("environment") && k != QLatin1String("label"))
            return validation(k, QStringLiteral("Unknown field \"%1\".").arg(k), c.requestId);
    }
    const QJsonValue envValue = body.value(QLatin1String("environment"));
    if (!envValue.isString())
        return validation(QStringLiteral("environment"), QStringLiteral("environment is required and must be a string."), c.requestId);
    const QString env = envValue.toString();
    if (!isEnvironmentName(env))
        return validation(QStringLiteral("environment"),
                          QStringLiteral("environment must match ^[a-z0-9][a-z0-9-]{0,62}$."), c.requestId);
    QString label;
    if (body.contains(QLatin1String("label"))) {
        const QJsonValue l = body.value(QLatin1String("label"));
        if (!l.isString() || l.toString().size() > 200)
            return validation(QStringLiteral("label"), QStringLiteral("label must be a string of at most 200 characters."), c.requestId);
        label = l.toString();
    }
    EnvInfo envInfo;
    if (!m_store->findEnvironment(site.id, env, &envInfo))
        return sandbox::ApiError::notFound(QStringLiteral("environment \"%1\" on site %2").arg(env, site.slug), c.requestId);
    const QString busy = m_store->activeJob(site.id, env);
    if (!busy.isEmpty())
        return sandbox::ApiError::response(409, QStringLiteral("environment_busy"),
                                  QStringLiteral("A capture or restore is already running on %1.").arg(env), c.requestId,
                                  QJsonObject{{QStringLiteral("job_id"), busy}});
    QString snapshotId;
    const QString jobId = m_jobs->startCapture(c.key.orgId, site, env, QStringLiteral("manual"), label,
                                               m_store->accountEmail(c.key.accountId), &snapshotId);
    if (jobId.isEmpty())
        return sandbox::ApiError::response(500, QStringLiteral("internal"), QStringLiteral("The capture could not be queued."), c.requestId);
    return accepted(c, jobId, snapshotId);
}

HttpResponse ApiEndpoints::listSnapshots(const ApiContext &c)
{
    SiteInfo site;
    if (auto e = resolveSite(c, &site))
        return *e;
    int limit;
    if (auto e = parseLimit(c, &limit))
        return *e;
    const QUrlQuery &q = c.request.query;
    Store::SnapshotFilter f;
    f.siteId = site.id;
    f.env = q.queryItemValue(QStringLiteral("environment"), QUrl::FullyDecoded);
    f.kind = q.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded);
    f.status = q.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (q.hasQueryItem(QStringLiteral("environment")) && !isEnvironmentName(f.env))
        return sandbox::ApiError::badParameter(QStringLiteral("environment"), QStringLiteral("environment is not a valid environment name."), c.requestId);
    if (q.hasQueryItem(QStringLiteral("kind")) && f.kind != QLatin1String("manual") && f.kind != QLatin1String("scheduled"))
        return sandbox::ApiError::badParameter(QStringLiteral("kind"), QStringLiteral("kind must be manual or scheduled."), c.requestId);
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("capturing"), QStringLiteral("ready"),
                                      QStringLiteral("failed"), QStringLiteral("expired")};
    if (q.hasQueryItem(QStringLiteral("status")) && !statuses.contains(f.status))
        return sandbox::ApiError::badParameter(QStringLiteral("status"), QStringLiteral("status must be one of %1.").arg(statuses.join(QStringLiteral(", "))), c.requestId);
    for (const QString &name : {QStringLiteral("created_after"), QStringLiteral("created_before")}) {
        if (!q.hasQueryItem(name))
            continue;
        const QDateTime t = SandboxClock::parse(q.queryItemValue(name, QUrl::FullyDecoded));
        if (!t.isValid())
            return sandbox::ApiError::badParameter(name, QStringLiteral("%1 must be an RFC 3339 date-time, e.g. 2026-11-24T09:30:00Z.").arg(name), c.requestId);
        (name == QLatin1String("created_after") ? f.after : f.before) = t;
    }
    const QString scope = QStringList{QStringLiteral("snapshots"), site.id, f.env, f.kind, f.status,
                                      SandboxClock::format(f.after), SandboxClock::format(f.before)}.join(QLatin1Char('|'));
    if (auto e = parseCursor(c, scope, &f.beforeId))
        return *e;
    QString lastId;
    QJsonArray data = m_store->listSnapshots(f, limit + 1, &lastId);
    QString next;
    if (data.size() > limit) {
        data.removeLast();
        next = m_cursor.encode(scope, data.last().toObject().value(QLatin1String("id")).toString(), QDateTime::currentSecsSinceEpoch());
    }
    return page(data, next);
}

HttpResponse ApiEndpoints::getSnapshot(const ApiContext &c)
{
    SiteInfo site;
    SnapInfo snap;
    if (auto e = resolveSite(c, &site))
        return *e;
    if (auto e = resolveSnapshot(c, site, &snap))
        return *e;
    return HttpResponse::json(200, m_store->snapshotJson(snap.id));
}

HttpResponse ApiEndpoints::restore(const ApiContext &c)
{
    SiteInfo site;
    SnapInfo snap;
    if (auto e = resolveSite(c, &site))
        return *e;
    if (auto e = resolveSnapshot(c, site, &snap))
        return *e;
    QJsonObject body;
    if (auto e = parseBody(c, &body))
        return *e;
    for (const QString &k : body.keys()) {
        if (k != QLatin1String("selectors") && k != QLatin1String("environment"))
            return validation(k, QStringLiteral("Unknown field \"%1\".").arg(k), c.requestId);
    }
    const QJsonValue sel = body.value(QLatin1String("selectors"));
    if (!sel.isArray() || sel.toArray().isEmpty() || sel.toArray().size() > 2)
        return validation(QStringLiteral("selectors"), QStringLiteral("selectors must be [\"db\"], [\"files\"] or both."), c.requestId);
    QStringList selectors;
    for (const QJsonValue &v : sel.toArray()) {
        const QString s = v.toString();
        if ((s != QLatin1String("db") && s != QLatin1String("files")) || selectors.contains(s))
            return validation(QStringLiteral("selectors"), QStringLiteral("selectors must be unique values among db and files."), c.requestId);
        selectors << s;
    }
    QString target = snap.env;
    if (body.contains(QLatin1String("environment"))) {
        target = body.value(QLatin1String("environment")).toString();
        if (!body.value(QLatin1String("environment")).isString() || !isEnvironmentName(target))
            return validation(QStringLiteral("environment"), QStringLiteral("environment must match ^[a-z0-9][a-z0-9-]{0,62}$."), c.requestId);
    }
    EnvInfo env;
    if (!m_store->findEnvironment(site.id, target, &env))
        return sandbox::ApiError::notFound(QStringLiteral("environment \"%1\" on site %2").arg(target, site.slug), c.requestId);
    if (snap.status != QLatin1String("ready"))
        return sandbox::ApiError::response(409, QStringLiteral("snapshot_not_ready"),
                                  QStringLiteral("Only a ready snapshot can be restored; this one is %1.").arg(snap.status), c.requestId,
                                  QJsonObject{{QStringLiteral("status"), snap.status}});
    if (snap.archive.isEmpty())
        return sandbox::ApiError::response(409, QStringLiteral("archive_unavailable"),
                                  QStringLiteral("This snapshot has no archive in the sandbox (synthetic fleet history)."), c.requestId);
    const QString busy = m_store->activeJob(site.id, target);
    if (!busy.isEmpty())
        return sandbox::ApiError::response(409, QStringLiteral("environment_busy"),
                                  QStringLiteral("A capture or restore is already running on %1.").arg(target), c.requestId,
                                  QJsonObject{{QStringLiteral("job_id"), busy}});
    const QString jobId = m_jobs->startRestore(c.key.orgId, site, snap, target, selectors);
    if (jobId.isEmpty())
        return sandbox::ApiError::response(500, QStringLiteral("internal"), QStringLiteral("The restore could not be queued."), c.requestId);
    return accepted(c, jobId, QString());
}

HttpResponse ApiEndpoints::listJobs(const ApiContext &c)
{
    int limit;
    if (auto e = parseLimit(c, &limit))
        return *e;
    const QString status = c.request.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    static const QStringList statuses{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("succeeded"), QStringLiteral("failed")};
    if (c.request.query.hasQueryItem(QStringLiteral("status")) && !statuses.contains(status))
        return sandbox::ApiError::badParameter(QStringLiteral("status"), QStringLiteral("status must be one of %1.").arg(statuses.join(QStringLiteral(", "))), c.requestId);
    QString siteId;
    if (c.request.query.hasQueryItem(QStringLiteral("site"))) {
        SiteInfo site;
        const QString ref = c.request.query.queryItemValue(QStringLiteral("site"), QUrl::FullyDecoded);
        // An unknown site, or another organization's, simply has no jobs to show.
        siteId = m_store->findSite(ref, &site) && site.orgId == c.key.orgId ? site.id : QStringLiteral("-");
    }
    const QString scope = QStringList{QStringLiteral("jobs"), c.key.orgId, siteId, status}.join(QLatin1Char('|'));
    QString before;
    if (auto e = parseCursor(c, scope, &before))
        return *e;
    QString lastId;
    QJsonArray data = m_store->listJobs(c.key.orgId, siteId, status, before, limit + 1, &lastId);
    QString next;
    if (data.size() > limit) {
        data.removeLast();
        next = m_cursor.encode(scope, data.last().toObject().value(QLatin1String("id")).toString(), QDateTime::currentSecsSinceEpoch());
    }
    return page(data, next);
}

HttpResponse ApiEndpoints::getJob(const ApiContext &c)
{
    const QString id = c.params.value(0);
    if (!Ulid::isValid(id, QStringLiteral("job")) || m_store->jobOrg(id) != c.key.orgId)
        return sandbox::ApiError::notFound(QStringLiteral("job"), c.requestId);
    return HttpResponse::json(200, m_store->jobJson(id));
}
