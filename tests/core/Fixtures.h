#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Valid documents exactly as the contract (docs/api/openapi.yaml) describes them; tests break
// them one field at a time.
namespace Fixtures {

inline QString ulid(QChar fill = QLatin1Char('0')) { return QString(26, fill); }
inline QString id(const char *prefix, QChar fill = QLatin1Char('0')) { return QLatin1String(prefix) + QLatin1Char('_') + ulid(fill); }

inline QJsonObject snapshotSummary()
{
    return {{"id", id("snap", QLatin1Char('1'))}, {"kind", "manual"}, {"created_at", "2026-11-24T09:30:00Z"}};
}

inline QJsonObject environment(const QString &name = QStringLiteral("production"))
{
    return {{"id", id("env", QLatin1Char('2'))}, {"name", name}, {"kind", "production"}, {"protected", true},
            {"url", "https://acme.example.com"}, {"last_snapshot", snapshotSummary()}};
}

inline QJsonObject site(const QString &slug = QStringLiteral("acme-store"))
{
    return {{"id", id("site", QLatin1Char('3'))}, {"slug", slug}, {"name", "Acme Store"}, {"region", "eu-west"},
            {"plan", "agency"}, {"created_at", "2025-01-02T03:04:05.123Z"},
            {"environments", QJsonArray{environment(), environment(QStringLiteral("staging"))}}};
}

inline QJsonObject component(bool files)
{
    QJsonObject c{{"size_bytes", 1048576}, {"sha256", QString(64, QLatin1Char('a'))}};
    if (files)
        c.insert("file_count", 42);
    return c;
}

inline QJsonObject snapshot()
{
    return {{"id", id("snap", QLatin1Char('1'))}, {"site_id", id("site", QLatin1Char('3'))}, {"environment", "production"},
            {"kind", "manual"}, {"status", "ready"}, {"label", "before upgrade"},
            {"created_at", "2026-11-24T09:30:00Z"}, {"completed_at", "2026-11-24T09:31:10Z"},
            {"expires_at", QJsonValue::Null}, {"size_bytes", 5000000000.0},
            {"components", QJsonObject{{"db", component(false)}, {"files", component(true)}}},
            {"created_by", "ada@example.com"}, {"job_id", id("job", QLatin1Char('4'))}, {"error", QJsonValue::Null}};
}

inline QJsonObject job()
{
    return {{"id", id("job", QLatin1Char('4'))}, {"type", "capture"}, {"status", "running"}, {"progress", 40},
            {"phase", "Archiving files"}, {"site_id", id("site", QLatin1Char('3'))}, {"environment", "production"},
            {"snapshot_id", id("snap", QLatin1Char('1'))}, {"selectors", QJsonArray{"db", "files"}},
            {"created_at", "2026-11-24T09:30:00Z"}, {"started_at", "2026-11-24T09:30:01Z"},
            {"finished_at", QJsonValue::Null}, {"error", QJsonValue::Null}};
}

inline QJsonObject me()
{
    return {{"account", QJsonObject{{"id", id("acct", QLatin1Char('5'))}, {"name", "Ada"}, {"email", "ada@example.com"}}},
            {"organization", QJsonObject{{"id", id("org", QLatin1Char('6'))}, {"name", "Acme"}, {"plan", "agency"}}},
            {"token", QJsonObject{{"prefix", "mfk_test_abc"}, {"mode", "test"},
                                  {"scopes", QJsonArray{"sites:read", "snapshots:read"}},
                                  {"expires_at", QJsonValue::Null}}}};
}

inline QJsonObject backupPolicy()
{
    return {{"site_id", id("site", QLatin1Char('3'))}, {"plan", "agency"},
            {"environments", QJsonArray{QJsonObject{{"environment", "production"}, {"cadence", "daily"},
                                                    {"next_run_at", "2026-11-25T02:00:00Z"},
                                                    {"retention_days", 30}, {"max_snapshots", 14}},
                                        QJsonObject{{"environment", "staging"}, {"cadence", "none"},
                                                    {"next_run_at", QJsonValue::Null},
                                                    {"retention_days", 7}, {"max_snapshots", QJsonValue::Null}}}}};
}

inline QJsonObject accepted()
{
    QJsonObject s = snapshot();
    s.insert("status", "pending");
    s.insert("components", QJsonObject{});
    s.insert("size_bytes", 0);
    s.insert("completed_at", QJsonValue::Null);
    return {{"job", job()}, {"snapshot", s}};
}

inline QByteArray page(const QJsonArray &data, const QJsonValue &next)
{
    return QJsonDocument(QJsonObject{{"data", data}, {"next_cursor", next}}).toJson(QJsonDocument::Compact);
}

inline QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Fixtures
