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
// The timeline's "changed since the snapshot before" ticks: database and files.
QColor changedDatabase();
QColor changedFiles();
// Text of an error sentence, readable on the palette's window background, light or dark.
QColor errorText();
// The same as a style sheet rule ("color: #…;") for labels.
QString errorTextStyle();
}
