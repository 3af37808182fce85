#pragma once

#include <QDateTime>
#include <QString>

class Clock;

// Time phrases for cells and tooltips, over the core's Format so the GUI and the CLI word them
// alike; adds what only the GUI needs (a word for "no time at all").
namespace TimeText {
QString relative(const QDateTime &then, const Clock *clock); // "3 hours ago", "in 2 days", "never"
QString absolute(const QDateTime &when);                     // locale short date and time
QString duration(qint64 seconds);                            // "2 h 5 min"
}
