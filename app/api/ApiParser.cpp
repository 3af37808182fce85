#include "ApiParser.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>


namespace ApiParser {

namespace {

// Largest values the contract allows where it gives no maximum; int64 sizes stay exact in JSON
// doubles only up to 2^53.
constexpr qint64 MaxExactInt = 9007199254740992LL;

template<typename E>
struct EnumName
{
    E value;
    QLatin1String name;
};

template<typename E, size_t N>
E lookup(const EnumName<E> (&table)[N], const QString &raw, E unknown)
{
    for (const auto &e : table) {
        if (raw == e.name)
            return e.value;
    }
    return unknown;
}

template<typename E, size_t N>
QString nameOf(const EnumName<E> (&table)[N], E v)
{
    for (const auto &e : table) {
        if (v == e.value)
            return QString(e.name);
    }
    return {};
}

const EnumName<SnapshotKind> snapshotKinds[] = {
    {SnapshotKind::Manual, QLatin1String("manual")}, {SnapshotKind::Scheduled, QLatin1String("scheduled")}};
const EnumName<SnapshotStatus> snapshotStatuses[] = {
    {SnapshotStatus::Pending, QLatin1String("pending")}, {SnapshotStatus::Capturing, QLatin1String("capturing")},
    {SnapshotStatus::Ready, QLatin1String("ready")},     {SnapshotStatus::Failed, QLatin1String("failed")},
    {SnapshotStatus::Expired, QLatin1String("expired")}};
const EnumName<EnvironmentKind> environmentKinds[] = {
    {EnvironmentKind::Production, QLatin1String("production")}, {EnvironmentKind::Staging, QLatin1String("staging")},
    {EnvironmentKind::Preview, QLatin1String("preview")}};
const EnumName<JobType> jobTypes[] = {{JobType::Capture, QLatin1String("capture")}, {JobType::Restore, QLatin1String("restore")}};
const EnumName<JobStatus> jobStatuses[] = {
    {JobStatus::Queued, QLatin1String("queued")}, {JobStatus::Running, QLatin1String("running")},
    {JobStatus::Succeeded, QLatin1String("succeeded")}, {JobStatus::Failed, QLatin1String("failed")}};
const EnumName<Cadence> cadences[] = {{Cadence::Hourly, QLatin1String("hourly")}, {Cadence::Daily, QLatin1String("daily")},
                                      {Cadence::Weekly, QLatin1String("weekly")}, {Cadence::None, QLatin1String("none")}};

bool isCrockford(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return true;
    if (u < u'A' || u > u'Z')
        return false;
    return u != u'I' && u != u'L' && u != u'O' && u != u'U';
}

// The contract makes `error` required but nullable on snapshots and jobs: absent is a malformed
// object, null is "no error".
std::optional<JobError> jobError(JsonReader &r, QLatin1String key)
{
    if (!r.has(key)) {
        r.fail(r.pathOf(key), QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    if (r.isNull(key))
        return std::nullopt;
    JsonReader e(r.value(key), r.pathOf(key));
    JobError out{e.string(QLatin1String("code")), e.string(QLatin1String("message"))};
    if (!e.ok()) {
        r.adopt({}, e.error());
        return std::nullopt;
    }
    return out;
}

std::optional<SnapshotComponent> component(const QJsonObject &components, QLatin1String key,
                                           JsonReader &parent)
{
    if (!components.contains(key) || components.value(key).isNull())
        return std::nullopt;
    JsonReader c(components.value(key), parent.pathOf(QLatin1String("components")) + u'.' + QString(key));
    SnapshotComponent out;
    out.sizeBytes = c.integer(QLatin1String("size_bytes"), 0, MaxExactInt);
    out.sha256 = c.string(QLatin1String("sha256"));
    out.fileCount = c.optionalInteger(QLatin1String("file_count"), 0, MaxExactInt).value_or(-1);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (c.ok() && !hex.match(out.sha256).hasMatch())
        c.fail(c.pathOf(QLatin1String("sha256")), QStringLiteral("not a lower-case hex SHA-256"));
    if (!c.ok()) {
        parent.adopt({}, c.error());
        return std::nullopt;
    }
    return out;
}

} // namespace

QString joinPath(const QString &prefix, const QString &child)
{
    if (prefix.isEmpty())
        return child;
    if (child.isEmpty())
        return prefix;
    if (child.startsWith(u'['))
        return prefix + child;
    return prefix + u'.' + child;
}

bool isId(const QString &value, QLatin1String prefix)
{
    constexpr int ulidLength = 26;
    if (value.size() != prefix.size() + 1 + ulidLength || !value.startsWith(prefix)
        || value.at(prefix.size()) != u'_')
        return false;
    for (qsizetype i = prefix.size() + 1; i < value.size(); ++i) {
        if (!isCrockford(value.at(i)))
            return false;
    }
    return true;
}

bool isName(const QString &value)
{
    if (value.isEmpty() || value.size() > 63)
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!alnum && !(i > 0 && u == u'-'))
            return false;
    }
    return true;
}

QDateTime timestamp(const QString &rfc3339)
{
    // Parsed by hand: Qt's ISO parser accepts forms RFC 3339 does not (no zone = local time)
    // and at most millisecond fractions. A time without a zone would be ambiguous, so refuse it.
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    if (rfc3339.size() > 64)
        return {};
    const QRegularExpressionMatch m = re.match(rfc3339);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).leftJustified(3, u'0').left(3).toInt();
    // Leap second 60 is legal in RFC 3339 but not in QTime: clamp to :59.999.
    const int second = qMin(m.captured(6).toInt(), 59);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second,
                     m.captured(6).toInt() == 60 ? 999 : ms);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime t(date, time, Qt::UTC);
    if (m.capturedLength(9) > 0) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        const int offset = (hours * 60 + minutes) * 60 * (m.captured(9) == QStringLiteral("-") ? -1 : 1);
        t = t.addSecs(-offset);
    }
    return t;
}

Result<QJsonValue> document(const QByteArray &body)
{
    if (body.size() > MaxDocumentBytes) {
        return ParseError{{}, QStringLiteral("document too large (%1 bytes; the limit is %2)").arg(body.size())
                                  .arg(MaxDocumentBytes)};
    }
    if (body.trimmed().isEmpty())
        return ParseError{{}, QStringLiteral("empty body where JSON was expected")};
    QJsonParseError err;
    // Qt's parser refuses nesting deeper than 1024 levels, so hostile depth is a parse error,
    // not a stack overflow.
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return ParseError{{}, QStringLiteral("malformed JSON at byte %1: %2").arg(err.offset).arg(err.errorString())};
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return ParseError{{}, QStringLiteral("JSON document is neither an object nor an array")};
}

Result<Me> me(const QJsonValue &v)
{
    JsonReader r(v);
    Me out;
    JsonReader account(r.object(QLatin1String("account")), r.pathOf(QLatin1String("account")));
    out.accountId = account.id(QLatin1String("id"), QLatin1String("acct"));
    out.accountName = account.string(QLatin1String("name"));
    out.email = account.string(QLatin1String("email"));
    JsonReader org(r.object(QLatin1String("organization")), r.pathOf(QLatin1String("organization")));
    out.organizationId = org.id(QLatin1String("id"), QLatin1String("org"));
    out.organizationName = org.string(QLatin1String("name"));
    out.plan = org.string(QLatin1String("plan"));
    JsonReader token(r.object(QLatin1String("token")), r.pathOf(QLatin1String("token")));
    out.keyPrefix = token.string(QLatin1String("prefix"));
    out.keyMode = token.string(QLatin1String("mode"));
    out.scopes = token.stringArray(QLatin1String("scopes"));
    out.keyExpiresAt = token.optionalTime(QLatin1String("expires_at"));
    // The parent's own failure (a missing object) is reported before the children's.
    for (const JsonReader *part : {&r, &account, &org, &token}) {
        if (!part->ok())
            return part->error();
    }
    return out;
}

Result<SnapshotSummary> snapshotSummary(const QJsonValue &v)
{
    JsonReader r(v);
    SnapshotSummary out;
    out.id = r.id(QLatin1String("id"), QLatin1String("snap"));
    out.kindRaw = r.string(QLatin1String("kind"));
    out.kind = snapshotKind(out.kindRaw);
    out.createdAt = r.time(QLatin1String("created_at"));
    if (!r.ok())
        return r.error();
    return out;
}

Result<Environment> environment(const QJsonValue &v)
{
    JsonReader r(v);
    Environment out;
    out.id = r.id(QLatin1String("id"), QLatin1String("env"));
    out.name = r.name(QLatin1String("name"));
    out.kindRaw = r.string(QLatin1String("kind"));
    out.kind = environmentKind(out.kindRaw);
    out.isProtected = r.boolean(QLatin1String("protected"));
    const QString url = r.string(QLatin1String("url"));
    out.url = QUrl(url, QUrl::StrictMode);
    // Shown as a link the user may open: only web addresses.
    if (r.ok() && (!out.url.isValid() || (out.url.scheme() != QLatin1String("https") && out.url.scheme() != QLatin1String("http"))))
        r.fail(r.pathOf(QLatin1String("url")), QStringLiteral("not an http(s) URL"));
    if (!r.has(QLatin1String("last_snapshot")))
        r.fail(r.pathOf(QLatin1String("last_snapshot")), QStringLiteral("required field is missing"));
    else if (!r.isNull(QLatin1String("last_snapshot")))
        out.lastSnapshot = r.nested(QLatin1String("last_snapshot"), snapshotSummary(r.value(QLatin1String("last_snapshot"))));
    if (!r.ok())
        return r.error();
    return out;
}

Result<Site> site(const QJsonValue &v)
{
    JsonReader r(v);
    Site out;
    out.id = r.id(QLatin1String("id"), QLatin1String("site"));
    out.slug = r.name(QLatin1String("slug"));
    out.name = r.string(QLatin1String("name"));
    out.region = r.string(QLatin1String("region"));
    out.plan = r.string(QLatin1String("plan"));
    out.createdAt = r.time(QLatin1String("created_at"));
    const QJsonArray envs = r.array(QLatin1String("environments"));
    if (r.ok()) {
        if (auto list = r.nested(QLatin1String("environments"), ApiParser::list<Environment>(envs, &environment)))
            out.environments = std::move(*list);
    }
    if (!r.ok())
        return r.error();
    return out;
}

Result<Snapshot> snapshot(const QJsonValue &v)
{
    JsonReader r(v);
    Snapshot out;
    out.id = r.id(QLatin1String("id"), QLatin1String("snap"));
    out.siteId = r.id(QLatin1String("site_id"), QLatin1String("site"));
    out.environment = r.name(QLatin1String("environment"));
    out.kindRaw = r.string(QLatin1String("kind"));
    out.kind = snapshotKind(out.kindRaw);
    out.statusRaw = r.string(QLatin1String("status"));
    out.status = snapshotStatus(out.statusRaw);
    out.label = r.nullableString(QLatin1String("label"));
    out.createdAt = r.time(QLatin1String("created_at"));
    out.completedAt = r.nullableTime(QLatin1String("completed_at"));
    out.expiresAt = r.nullableTime(QLatin1String("expires_at"));
    out.sizeBytes = r.integer(QLatin1String("size_bytes"), 0, MaxExactInt);
    const QJsonObject components = r.object(QLatin1String("components"));
    if (r.ok()) {
        out.db = component(components, QLatin1String("db"), r);
        out.files = component(components, QLatin1String("files"), r);
    }
    out.createdBy = r.nullableString(QLatin1String("created_by"));
    out.jobId = r.nullableId(QLatin1String("job_id"), QLatin1String("job"));
    out.error = jobError(r, QLatin1String("error"));
    if (!r.ok())
        return r.error();
    return out;
}

Result<Job> job(const QJsonValue &v)
{
    JsonReader r(v);
    Job out;
    out.id = r.id(QLatin1String("id"), QLatin1String("job"));
    out.typeRaw = r.string(QLatin1String("type"));
    out.type = jobType(out.typeRaw);
    out.statusRaw = r.string(QLatin1String("status"));
    out.status = jobStatus(out.statusRaw);
    out.progress = int(r.integer(QLatin1String("progress"), 0, 100));
    out.phase = r.string(QLatin1String("phase"));
    out.siteId = r.id(QLatin1String("site_id"), QLatin1String("site"));
    out.environment = r.name(QLatin1String("environment"));
    out.snapshotId = r.id(QLatin1String("snapshot_id"), QLatin1String("snap"));
    out.selectors = r.stringArray(QLatin1String("selectors"));
    out.createdAt = r.time(QLatin1String("created_at"));
    out.startedAt = r.nullableTime(QLatin1String("started_at"));
    out.finishedAt = r.nullableTime(QLatin1String("finished_at"));
    out.error = jobError(r, QLatin1String("error"));
    if (!r.ok())
        return r.error();
    return out;
}

Result<Accepted> accepted(const QJsonValue &v)
{
    JsonReader r(v);
    Accepted out;
    if (!r.has(QLatin1String("job")))
        r.fail(r.pathOf(QLatin1String("job")), QStringLiteral("required field is missing"));
    else if (auto j = r.nested(QLatin1String("job"), job(r.value(QLatin1String("job")))))
        out.job = std::move(*j);
    if (r.ok() && r.has(QLatin1String("snapshot")) && !r.isNull(QLatin1String("snapshot")))
        out.snapshot = r.nested(QLatin1String("snapshot"), snapshot(r.value(QLatin1String("snapshot"))));
    if (!r.ok())
        return r.error();
    return out;
}

Result<BackupPolicy> backupPolicy(const QJsonValue &v)
{
    JsonReader r(v);
    BackupPolicy out;
    out.siteId = r.id(QLatin1String("site_id"), QLatin1String("site"));
    out.plan = r.string(QLatin1String("plan"));
    const QJsonArray envs = r.array(QLatin1String("environments"));
    for (qsizetype i = 0; r.ok() && i < envs.size(); ++i) {
        JsonReader e(envs.at(i), r.pathOf(QLatin1String("environments")) + QStringLiteral("[%1]").arg(i));
        EnvironmentPolicy p;
        p.environment = e.name(QLatin1String("environment"));
        p.cadenceRaw = e.string(QLatin1String("cadence"));
        p.cadence = cadence(p.cadenceRaw);
        p.nextRunAt = e.nullableTime(QLatin1String("next_run_at"));
        p.retentionDays = int(e.integer(QLatin1String("retention_days"), 0, 1000000));
        if (const auto max = e.nullableInteger(QLatin1String("max_snapshots"), 0, 1000000000))
            p.maxSnapshots = int(*max);
        if (!e.ok())
            return e.error();
        out.environments.append(std::move(p));
    }
    if (!r.ok())
        return r.error();
    return out;
}

Result<QList<Environment>> environmentList(const QJsonValue &v)
{
    JsonReader r(v);
    const QJsonArray data = r.array(QLatin1String("data"));
    if (!r.ok())
        return r.error();
    Result<QList<Environment>> items = list<Environment>(data, &environment);
    if (!items.ok())
        return ParseError{joinPath(QStringLiteral("data"), items.error().path), items.error().problem};
    return items;
}

Result<ApiError> errorBody(const QJsonValue &v)
{
    JsonReader r(v);
    JsonReader e(r.object(QLatin1String("error")), r.pathOf(QLatin1String("error")));
    ApiError out;
    out.code = e.string(QLatin1String("code"));
    out.message = e.string(QLatin1String("message"));
    out.requestId = e.string(QLatin1String("request_id"));
    if (e.has(QLatin1String("details")) && !e.isNull(QLatin1String("details")))
        out.details = e.object(QLatin1String("details"));
    if (!r.ok())
        return r.error();
    if (!e.ok())
        return e.error();
    return out;
}

Result<Page> page(const QJsonValue &v)
{
    JsonReader r(v);
    Page out;
    out.data = r.array(QLatin1String("data"));
    out.nextCursor = r.nullableString(QLatin1String("next_cursor"));
    // "" would be sent back as an empty cursor, which the server reads as "first page":
    // an endless loop. The contract says null for the last page.
    if (r.ok() && !r.isNull(QLatin1String("next_cursor")) && out.nextCursor.isEmpty())
        r.fail(r.pathOf(QLatin1String("next_cursor")), QStringLiteral("empty cursor (the last page has null)"));
    if (r.ok() && out.nextCursor.size() > 512)
        r.fail(r.pathOf(QLatin1String("next_cursor")), QStringLiteral("cursor longer than 512 characters"));
    if (!r.ok())
        return r.error();
    return out;
}

SnapshotKind snapshotKind(const QString &raw) { return lookup(snapshotKinds, raw, SnapshotKind::Unknown); }
SnapshotStatus snapshotStatus(const QString &raw) { return lookup(snapshotStatuses, raw, SnapshotStatus::Unknown); }
EnvironmentKind environmentKind(const QString &raw) { return lookup(environmentKinds, raw, EnvironmentKind::Unknown); }
JobType jobType(const QString &raw) { return lookup(jobTypes, raw, JobType::Unknown); }
JobStatus jobStatus(const QString &raw) { return lookup(jobStatuses, raw, JobStatus::Unknown); }
Cadence cadence(const QString &raw) { return lookup(cadences, raw, Cadence::Unknown); }

QString toString(SnapshotKind v) { return nameOf(snapshotKinds, v); }
QString toString(SnapshotStatus v) { return nameOf(snapshotStatuses, v); }
QString toString(EnvironmentKind v) { return nameOf(environmentKinds, v); }
QString toString(JobType v) { return nameOf(jobTypes, v); }
QString toString(JobStatus v) { return nameOf(jobStatuses, v); }
QString toString(Cadence v) { return nameOf(cadences, v); }

} // namespace ApiParser
