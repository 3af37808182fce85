#include "ApiParser.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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
    {SnapshotKind::Manual, "manual"_L1}, {SnapshotKind::Scheduled, "scheduled"_L1}};
const EnumName<SnapshotStatus> snapshotStatuses[] = {
    {SnapshotStatus::Pending, "pending"_L1}, {SnapshotStatus::Capturing, "capturing"_L1},
    {SnapshotStatus::Ready, "ready"_L1},     {SnapshotStatus::Failed, "failed"_L1},
    {SnapshotStatus::Expired, "expired"_L1}};
const EnumName<EnvironmentKind> environmentKinds[] = {
    {EnvironmentKind::Production, "production"_L1}, {EnvironmentKind::Staging, "staging"_L1},
    {EnvironmentKind::Preview, "preview"_L1}};
const EnumName<JobType> jobTypes[] = {{JobType::Capture, "capture"_L1}, {JobType::Restore, "restore"_L1}};
const EnumName<JobStatus> jobStatuses[] = {
    {JobStatus::Queued, "queued"_L1}, {JobStatus::Running, "running"_L1},
    {JobStatus::Succeeded, "succeeded"_L1}, {JobStatus::Failed, "failed"_L1}};
const EnumName<Cadence> cadences[] = {{Cadence::Hourly, "hourly"_L1}, {Cadence::Daily, "daily"_L1},
                                      {Cadence::Weekly, "weekly"_L1}, {Cadence::None, "none"_L1}};

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
        r.fail(r.pathOf(key), u"required field is missing"_s);
        return std::nullopt;
    }
    if (r.isNull(key))
        return std::nullopt;
    JsonReader e(r.value(key), r.pathOf(key));
    JobError out{e.string("code"_L1), e.string("message"_L1)};
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
    JsonReader c(components.value(key), parent.pathOf("components"_L1) + u'.' + QString(key));
    SnapshotComponent out;
    out.sizeBytes = c.integer("size_bytes"_L1, 0, MaxExactInt);
    out.sha256 = c.string("sha256"_L1);
    out.fileCount = c.optionalInteger("file_count"_L1, 0, MaxExactInt).value_or(-1);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (c.ok() && !hex.match(out.sha256).hasMatch())
        c.fail(c.pathOf("sha256"_L1), u"not a lower-case hex SHA-256"_s);
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
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
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
        const int offset = (hours * 60 + minutes) * 60 * (m.captured(9) == u"-"_s ? -1 : 1);
        t = t.addSecs(-offset);
    }
    return t;
}

Result<QJsonValue> document(const QByteArray &body)
{
    if (body.size() > MaxDocumentBytes) {
        return ParseError{{}, u"document too large (%1 bytes; the limit is %2)"_s.arg(body.size())
                                  .arg(MaxDocumentBytes)};
    }
    if (body.trimmed().isEmpty())
        return ParseError{{}, u"empty body where JSON was expected"_s};
    QJsonParseError err;
    // Qt's parser refuses nesting deeper than 1024 levels, so hostile depth is a parse error,
    // not a stack overflow.
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return ParseError{{}, u"malformed JSON at byte %1: %2"_s.arg(err.offset).arg(err.errorString())};
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return ParseError{{}, u"JSON document is neither an object nor an array"_s};
}

Result<Me> me(const QJsonValue &v)
{
    JsonReader r(v);
    Me out;
    JsonReader account(r.object("account"_L1), r.pathOf("account"_L1));
    out.accountId = account.id("id"_L1, "acct"_L1);
    out.accountName = account.string("name"_L1);
    out.email = account.string("email"_L1);
    JsonReader org(r.object("organization"_L1), r.pathOf("organization"_L1));
    out.organizationId = org.id("id"_L1, "org"_L1);
    out.organizationName = org.string("name"_L1);
    out.plan = org.string("plan"_L1);
    JsonReader token(r.object("token"_L1), r.pathOf("token"_L1));
    out.keyPrefix = token.string("prefix"_L1);
    out.keyMode = token.string("mode"_L1);
    out.scopes = token.stringArray("scopes"_L1);
    out.keyExpiresAt = token.optionalTime("expires_at"_L1);
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
    out.id = r.id("id"_L1, "snap"_L1);
    out.kindRaw = r.string("kind"_L1);
    out.kind = snapshotKind(out.kindRaw);
    out.createdAt = r.time("created_at"_L1);
    if (!r.ok())
        return r.error();
    return out;
}

Result<Environment> environment(const QJsonValue &v)
{
    JsonReader r(v);
    Environment out;
    out.id = r.id("id"_L1, "env"_L1);
    out.name = r.name("name"_L1);
    out.kindRaw = r.string("kind"_L1);
    out.kind = environmentKind(out.kindRaw);
    out.isProtected = r.boolean("protected"_L1);
    const QString url = r.string("url"_L1);
    out.url = QUrl(url, QUrl::StrictMode);
    // Shown as a link the user may open: only web addresses.
    if (r.ok() && (!out.url.isValid() || (out.url.scheme() != "https"_L1 && out.url.scheme() != "http"_L1)))
        r.fail(r.pathOf("url"_L1), u"not an http(s) URL"_s);
    if (!r.has("last_snapshot"_L1))
        r.fail(r.pathOf("last_snapshot"_L1), u"required field is missing"_s);
    else if (!r.isNull("last_snapshot"_L1))
        out.lastSnapshot = r.nested("last_snapshot"_L1, snapshotSummary(r.value("last_snapshot"_L1)));
    if (!r.ok())
        return r.error();
    return out;
}

Result<Site> site(const QJsonValue &v)
{
    JsonReader r(v);
    Site out;
    out.id = r.id("id"_L1, "site"_L1);
    out.slug = r.name("slug"_L1);
    out.name = r.string("name"_L1);
    out.region = r.string("region"_L1);
    out.plan = r.string("plan"_L1);
    out.createdAt = r.time("created_at"_L1);
    const QJsonArray envs = r.array("environments"_L1);
    if (r.ok()) {
        if (auto list = r.nested("environments"_L1, ApiParser::list<Environment>(envs, &environment)))
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
    out.id = r.id("id"_L1, "snap"_L1);
    out.siteId = r.id("site_id"_L1, "site"_L1);
    out.environment = r.name("environment"_L1);
    out.kindRaw = r.string("kind"_L1);
    out.kind = snapshotKind(out.kindRaw);
    out.statusRaw = r.string("status"_L1);
    out.status = snapshotStatus(out.statusRaw);
    out.label = r.nullableString("label"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.completedAt = r.nullableTime("completed_at"_L1);
    out.expiresAt = r.nullableTime("expires_at"_L1);
    out.sizeBytes = r.integer("size_bytes"_L1, 0, MaxExactInt);
    const QJsonObject components = r.object("components"_L1);
    if (r.ok()) {
        out.db = component(components, "db"_L1, r);
        out.files = component(components, "files"_L1, r);
    }
    out.createdBy = r.nullableString("created_by"_L1);
    out.jobId = r.nullableId("job_id"_L1, "job"_L1);
    out.error = jobError(r, "error"_L1);
    if (!r.ok())
        return r.error();
    return out;
}

Result<Job> job(const QJsonValue &v)
{
    JsonReader r(v);
    Job out;
    out.id = r.id("id"_L1, "job"_L1);
    out.typeRaw = r.string("type"_L1);
    out.type = jobType(out.typeRaw);
    out.statusRaw = r.string("status"_L1);
    out.status = jobStatus(out.statusRaw);
    out.progress = int(r.integer("progress"_L1, 0, 100));
    out.phase = r.string("phase"_L1);
    out.siteId = r.id("site_id"_L1, "site"_L1);
    out.environment = r.name("environment"_L1);
    out.snapshotId = r.id("snapshot_id"_L1, "snap"_L1);
    out.selectors = r.stringArray("selectors"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.startedAt = r.nullableTime("started_at"_L1);
    out.finishedAt = r.nullableTime("finished_at"_L1);
    out.error = jobError(r, "error"_L1);
    if (!r.ok())
        return r.error();
    return out;
}

Result<Accepted> accepted(const QJsonValue &v)
{
    JsonReader r(v);
    Accepted out;
    if (!r.has("job"_L1))
        r.fail(r.pathOf("job"_L1), u"required field is missing"_s);
    else if (auto j = r.nested("job"_L1, job(r.value("job"_L1))))
        out.job = std::move(*j);
    if (r.ok() && r.has("snapshot"_L1) && !r.isNull("snapshot"_L1))
        out.snapshot = r.nested("snapshot"_L1, snapshot(r.value("snapshot"_L1)));
    if (!r.ok())
        return r.error();
    return out;
}

Result<BackupPolicy> backupPolicy(const QJsonValue &v)
{
    JsonReader r(v);
    BackupPolicy out;
    out.siteId = r.id("site_id"_L1, "site"_L1);
    out.plan = r.string("plan"_L1);
    const QJsonArray envs = r.array("environments"_L1);
    for (qsizetype i = 0; r.ok() && i < envs.size(); ++i) {
        JsonReader e(envs.at(i), r.pathOf("environments"_L1) + u"[%1]"_s.arg(i));
        EnvironmentPolicy p;
        p.environment = e.name("environment"_L1);
        p.cadenceRaw = e.string("cadence"_L1);
        p.cadence = cadence(p.cadenceRaw);
        p.nextRunAt = e.nullableTime("next_run_at"_L1);
        p.retentionDays = int(e.integer("retention_days"_L1, 0, 1000000));
        if (const auto max = e.nullableInteger("max_snapshots"_L1, 0, 1000000000))
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
    const QJsonArray data = r.array("data"_L1);
    if (!r.ok())
        return r.error();
    Result<QList<Environment>> items = list<Environment>(data, &environment);
    if (!items.ok())
        return ParseError{joinPath(u"data"_s, items.error().path), items.error().problem};
    return items;
}

Result<ApiError> errorBody(const QJsonValue &v)
{
    JsonReader r(v);
    JsonReader e(r.object("error"_L1), r.pathOf("error"_L1));
    ApiError out;
    out.code = e.string("code"_L1);
    out.message = e.string("message"_L1);
    out.requestId = e.string("request_id"_L1);
    if (e.has("details"_L1) && !e.isNull("details"_L1))
        out.details = e.object("details"_L1);
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
    out.data = r.array("data"_L1);
    out.nextCursor = r.nullableString("next_cursor"_L1);
    // "" would be sent back as an empty cursor, which the server reads as "first page":
    // an endless loop. The contract says null for the last page.
    if (r.ok() && !r.isNull("next_cursor"_L1) && out.nextCursor.isEmpty())
        r.fail(r.pathOf("next_cursor"_L1), u"empty cursor (the last page has null)"_s);
    if (r.ok() && out.nextCursor.size() > 512)
        r.fail(r.pathOf("next_cursor"_L1), u"cursor longer than 512 characters"_s);
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
