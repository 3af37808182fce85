#pragma once

#include "fleet/Freshness.h"

#include <QString>

struct Environment;
struct Snapshot;
struct EnvironmentPolicy;

// Translated names for the API's enum values. A value this version does not know is shown as
// the server sent it (forward compatibility), never hidden.
namespace DisplayText {
QString environmentKind(const Environment &env);
QString snapshotKind(const Snapshot &snapshot);
QString snapshotStatus(const Snapshot &snapshot);
QString cadence(const EnvironmentPolicy &policy);
QString freshness(Freshness freshness);
}
