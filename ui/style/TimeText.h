#pragma once

#include <QDateTime>
#include <QString>

// Short, translated time phrases for cells and tooltips, where a full date reads worse than
// "3 hours ago". Absolute times use the user's locale.
namespace TimeText {
QString relative(const QDateTime &then, const QDateTime &now); // "3 hours ago", "in 2 days"
QString duration(qint64 seconds);                             // "2 days", "5 hours", "12 minutes"
QString absolute(const QDateTime &when);                      // locale short date and time
}
