#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

class Clock;

// Human-readable sizes, ages and durations, shared by the CLI and the GUI so both say the same
// thing. Every word goes through QCoreApplication::translate("Format", …) with %n plurals; times
// relative to "now" take a Clock so they are testable.
namespace Format {

// "1.5 GB" — decimal (SI) units, as file managers on Linux show them; locale decimal separator.
QString size(qint64 bytes, const QLocale &locale = QLocale());
// "12.3 MB/s"
QString speed(double bytesPerSecond, const QLocale &locale = QLocale());

// "just now", "5 minutes ago", "3 hours ago", "yesterday"-free and unambiguous: "in 5 days".
// Empty for an invalid time.
QString relativeTime(const QDateTime &when, const Clock *clock = nullptr);

// "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h". Negative counts as 0.
QString duration(qint64 seconds);

// "about 3 min left"; "less than a minute left" under a minute; empty when unknown (< 0).
QString eta(qint64 remainingSeconds);
// Seconds left at this speed, or -1 when it cannot be told yet.
qint64 etaSeconds(qint64 done, qint64 total, double bytesPerSecond);

// A point in time in the user's locale and time zone, short form: "25/11/2026 09:30".
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace Format
