#pragma once

#include "fleet/FleetHealth.h"

#include <QHash>
#include <QList>
#include <QString>

// Which environments changed state between two readings of the fleet's health, and which of
// those changes are worth a notification. Pure: NotificationCenter keeps the states and persists
// them.
//
// The rules (why in brackets):
// - an environment seen for the first time, or judged for the first time (its policy just
//   arrived), is recorded silently [the state it was already in is not news: the digest and
//   the fleet's banner say it; announcing a whole fleet at first start is the noise that makes
//   people turn notifications off];
// - an environment getting worse (fresh → late → stale, or never backed up) is announced
//   [the silent stop of backups is what must not go unnoticed];
// - one getting better is recorded silently [the user took the snapshot, or the schedule ran;
//   and so a later fall is announced again];
// - an environment not judged in this reading (its policy not read yet, no schedule) keeps its
//   last state; one no longer listed in a complete reading is forgotten.
namespace HealthTransitions {

struct Change
{
    EnvironmentHealth health; // as it is now
    Freshness before = Freshness::Unknown;
};

QString keyOf(const QString &siteId, const QString &environment);

// Updates known (key → last state) from reading and returns the changes to announce, worst first.
// complete: the reading covers the whole fleet, so environments it lacks are gone.
QList<Change> apply(QHash<QString, Freshness> &known, const QList<EnvironmentHealth> &reading, bool complete = true);

} // namespace HealthTransitions
