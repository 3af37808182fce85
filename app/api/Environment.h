#pragma once

#include "Snapshot.h"

#include <QString>
#include <QUrl>

#include <optional>

enum class EnvironmentKind { Production, Staging, Preview, Unknown };

struct Environment
{
    QString id;
    QString name;
    EnvironmentKind kind = EnvironmentKind::Unknown;
    QString kindRaw;
    bool isProtected = false;
    QUrl url;
    std::optional<SnapshotSummary> lastSnapshot; // newest ready snapshot
};
