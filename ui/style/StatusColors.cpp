#include "StatusColors.h"

#include "api/Snapshot.h"

#include <QApplication>
#include <QPalette>

namespace StatusColors {

static const QColor green(0x2e, 0x9d, 0x4f);
// Darker than a signal amber: markers need 3:1 against the light window background (WCAG 1.4.11),
// which #d08a10 missed (2.5:1 there, 2.9:1 on white); this one has 3.3:1 and 3.8:1.
static const QColor amber(0xb8, 0x74, 0x00);
static const QColor red(0xd0, 0x3b, 0x3b);
static const QColor blue(0x3a, 0x7b, 0xd5);
static const QColor purple(0x8a, 0x5c, 0xd0);

static QColor neutral()
{
    return QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
}

QColor forFreshness(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh: return green;
    case Freshness::Late: return amber;
    case Freshness::Stale:
    case Freshness::Never: return red;
    case Freshness::Unknown: break;
    }
    return neutral();
}

QColor forSnapshotStatus(SnapshotStatus status)
{
    switch (status) {
    case SnapshotStatus::Ready: return green;
    case SnapshotStatus::Pending: return blue;
    case SnapshotStatus::Capturing: return purple;
    case SnapshotStatus::Failed: return red;
    case SnapshotStatus::Expired:
    case SnapshotStatus::Unknown: break;
    }
    return neutral();
}

QColor changedDatabase()
{
    return blue;
}

QColor changedFiles()
{
    return amber;
}

QColor errorText()
{
    // #b3261e has 6.4:1 on white but under 2.5:1 on a dark window; #ff8a80 has 7:1 on #202020.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString errorTextStyle()
{
    return QStringLiteral("color: %1;").arg(errorText().name());
}

} // namespace StatusColors
