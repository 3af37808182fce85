#pragma once

#include "fleet/Freshness.h"

#include <QColor>

enum class SnapshotStatus;

// The only hard-coded colours of the app. Mid-saturation tones chosen to stay readable both on
// light and dark palettes (checked against white and #202020 backgrounds); everything else
// comes from the system palette.
namespace StatusColors {
QColor forFreshness(Freshness freshness);
QColor forSnapshotStatus(SnapshotStatus status);
}
