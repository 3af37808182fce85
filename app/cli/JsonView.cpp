#include "JsonView.h"

#include "api/BackupPolicy.h"
#include "api/Job.h"
#include "api/Me.h"
#include "api/Site.h"
#include "api/Snapshot.h"
#include "auth/Account.h"

#include <QJsonArray>

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject component(const SnapshotComponent &c)
{
    QJsonObject o{{QStringLiteral("size_bytes"), double(c.sizeBytes)}, {QStringLiteral("sha256"), c.sha256}};
    if (c.fileCount >= 0)
        o.insert(QStringLiteral("file_count"), double(c.fileCount));
    return o;
}

QJsonValue jobError(const std::optional<JobError> &e)
{
    if (!e)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("code"), e->code}, {QStringLiteral("message"), e->message}};
}

} // namespace

namespace JsonView {

QJsonObject environment(const Environment &env)
{
    QJsonValue last;
    if (env.lastSnapshot) {
        last = QJsonObject{{QStringLiteral("id"), env.lastSnapshot->id},
                           {QStringLiteral("kind"), env.lastSnapshot->kindRaw},
                           {QStringLiteral("created_at"), time(env.lastSnapshot->createdAt)}};
    }
    return {{QStringLiteral("id"), env.id},
            {QStringLiteral("name"), env.name},
            {QStringLiteral("kind"), env.kindRaw},
            {QStringLiteral("protected"), env.isProtected},
            {QStringLiteral("url"), env.url.toString()},
            {QStringLiteral("last_snapshot"), last}};
}

QJsonObject site(const Site &site)
{
    QJsonArray envs;
    for (const Environment &e : site.environments)
        envs.append(environment(e));
    return {{QStringLiteral("id"), site.id},
            {QStringLiteral("slug"), site.slug},
            {QStringLiteral("name"), site.name},
            {QStringLiteral("region"), site.region},
            {QStringLiteral("plan"), site.plan},
            {QStringLiteral("created_at"), time(site.createdAt)},
            {QStringLiteral("environments"), envs}};
}

QJsonObject snapshot(const Snapshot &s)
{
    QJsonObject components;
    if (s.db)
        components.insert(QStringLiteral("db"), component(*s.db));
    if (s.files)
        components.insert(QStringLiteral("files"), component(*s.files));
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("site_id"), s.siteId},
            {QStringLiteral("environment"), s.environment},
            {QStringLiteral("kind"), s.kindRaw},
            {QStringLiteral("status"), s.statusRaw},
            {QStringLiteral("label"), text(s.label)},
            {QStringLiteral("created_at"), time(s.createdAt)},
            {QStringLiteral("completed_at"), time(s.completedAt)},
            {QStringLiteral("expires_at"), time(s.expiresAt)},
            {QStringLiteral("size_bytes"), double(s.sizeBytes)},
            {QStringLiteral("components"), components},
            {QStringLiteral("created_by"), text(s.createdBy)},
            {QStringLiteral("job_id"), text(s.jobId)},
            {QStringLiteral("error"), jobError(s.error)}};
}

QJsonObject job(const Job &j)
{
    return {{QStringLiteral("id"), j.id},
            {QStringLiteral("type"), j.typeRaw},
            {QStringLiteral("status"), j.statusRaw},
            {QStringLiteral("progress"), j.progress},
            {QStringLiteral("phase"), j.phase},
            {QStringLiteral("site_id"), j.siteId},
            {QStringLiteral("environment"), j.environment},
            {QStringLiteral("snapshot_id"), j.snapshotId},
            {QStringLiteral("selectors"), QJsonArray::fromStringList(j.selectors)},
            {QStringLiteral("created_at"), time(j.createdAt)},
            {QStringLiteral("started_at"), time(j.startedAt)},
            {QStringLiteral("finished_at"), time(j.finishedAt)},
            {QStringLiteral("error"), jobError(j.error)}};
}

QJsonObject backupPolicy(const BackupPolicy &p)
{
    QJsonArray envs;
    for (const EnvironmentPolicy &e : p.environments) {
        envs.append(QJsonObject{
            {QStringLiteral("environment"), e.environment},
            {QStringLiteral("cadence"), e.cadenceRaw},
            {QStringLiteral("next_run_at"), time(e.nextRunAt)},
            {QStringLiteral("retention_days"), e.retentionDays},
            {QStringLiteral("max_snapshots"), e.maxSnapshots ? QJsonValue(*e.maxSnapshots) : QJsonValue()}});
    }
    return {{QStringLiteral("site_id"), p.siteId}, {QStringLiteral("plan"), p.plan},
            {QStringLiteral("environments"), envs}};
}

QJsonObject account(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("api_url"), a.apiUrl.toString()},
            {QStringLiteral("key_prefix"), a.keyPrefix},
            {QStringLiteral("key_mode"), a.keyMode},
            {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), a.organizationId},
                                                         {QStringLiteral("name"), a.organizationName},
                                                         {QStringLiteral("plan"), a.plan}}},
            {QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), a.accountId},
                                                    {QStringLiteral("name"), a.accountName},
                                                    {QStringLiteral("email"), a.email}}},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)}};
}

QJsonObject me(const Me &m)
{
    return {{QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), m.accountId},
                                                    {QStringLiteral("name"), m.accountName},
                                                    {QStringLiteral("email"), m.email}}},
            {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), m.organizationId},
                                                         {QStringLiteral("name"), m.organizationName},
                                                         {QStringLiteral("plan"), m.plan}}},
            {QStringLiteral("token"), QJsonObject{{QStringLiteral("prefix"), m.keyPrefix},
                                                  {QStringLiteral("mode"), m.keyMode},
                                                  {QStringLiteral("scopes"), QJsonArray::fromStringList(m.scopes)},
                                                  {QStringLiteral("expires_at"), time(m.keyExpiresAt)}}}};
}

} // namespace JsonView
