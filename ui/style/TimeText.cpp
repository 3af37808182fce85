#include "TimeText.h"

#include "util/Format.h"

#include <QCoreApplication>

namespace TimeText {

QString relative(const QDateTime &then, const Clock *clock)
{
    if (!then.isValid())
        return QCoreApplication::translate("TimeText", "never");
    return Format::relativeTime(then, clock);
}

QString absolute(const QDateTime &when)
{
    return Format::dateTime(when);
}

QString duration(qint64 seconds)
{
    return Format::duration(seconds);
}

} // namespace TimeText
