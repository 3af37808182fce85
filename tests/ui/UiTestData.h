#pragma once

#include "api/Site.h"
#include "api/Snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Value objects for model and widget tests, built in code so each test states its own facts.
namespace UiTestData {

inline Environment environment(const QString &name, EnvironmentKind kind, const QDateTime &lastSnapshot = {})
{
    Environment e;
    e.id = QStringLiteral("env_") + name;
    e.name = name;
    e.kind = kind;
    e.kindRaw = name;
    e.isProtected = kind == EnvironmentKind::Production;
    e.url = QUrl(QStringLiteral("https://%1.example.com/").arg(name));
    if (lastSnapshot.isValid())
        e.lastSnapshot = SnapshotSummary{QStringLiteral("snap_x"), SnapshotKind::Scheduled, QStringLiteral("scheduled"), lastSnapshot};
    return e;
}

inline Site site(const QString &slug, const QString &name, const QList<Environment> &envs)
{
    Site s;
    s.id = QStringLiteral("site_") + slug;
    s.slug = slug;
    s.name = name;
    s.region = QStringLiteral("eu-west");
    s.plan = QStringLiteral("agency");
    s.environments = envs;
    return s;
}

inline Snapshot snapshot(int i, const QDateTime &created, SnapshotKind kind, SnapshotStatus status)
{
    Snapshot s;
    s.id = QStringLiteral("snap_%1").arg(i, 26, 10, QLatin1Char('0'));
    s.siteId = QStringLiteral("site_acme");
    s.environment = QStringLiteral("production");
    s.kind = kind;
    s.kindRaw = kind == SnapshotKind::Manual ? QStringLiteral("manual") : QStringLiteral("scheduled");
    s.status = status;
    s.createdAt = created;
    s.expiresAt = created.addDays(30);
    s.sizeBytes = 1024 * 1024 * (i + 1);
    s.db = SnapshotComponent{512 * 1024, QString(64, QLatin1Char('a')), -1};
    s.files = SnapshotComponent{2 * 1024 * 1024, QString(64, QLatin1Char('b')), 42};
    if (kind == SnapshotKind::Manual)
        s.createdBy = QStringLiteral("dana@acme-agency.example");
    return s;
}

} // namespace UiTestData
