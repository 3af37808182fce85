#pragma once

#include "BulkSnapshotRunner.h"

#include "api/BackupPolicy.h"
#include "api/Site.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// The environments a bulk snapshot can be asked for by what they are rather than one by one:
// every production, every environment of the sites on one plan, every environment whose newest
// backup is late or stale against its own schedule (FleetHealth). In the fleet's order.
namespace BulkTargets {

using Target = BulkSnapshotRunner::Target;

QList<Target> production(const QList<Site> &sites);
QList<Target> onPlan(const QList<Site> &sites, const QString &plan);
QList<Target> lateOrStale(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now);
// The plans the sites are on, sorted, each once.
QStringList plans(const QList<Site> &sites);

} // namespace BulkTargets
