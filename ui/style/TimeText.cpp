#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace TimeText {

static QString tr(const char *text, int n)
{
    return QCoreApplication::translate("TimeText", text, nullptr, n);
}

QString duration(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 60)
        return tr("less than a minute", 0);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s)", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s)", int(hours));
    const qint64 days = hours / 24;
    if (days < 60)
        return tr("%n day(s)", int(days));
    return tr("%n month(s)", int(days / 30));
}

QString relative(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("TimeText", "never");
    const qint64 secs = then.secsTo(now);
    if (qAbs(secs) < 60)
        return QCoreApplication::translate("TimeText", "just now");
    return secs > 0 ? QCoreApplication::translate("TimeText", "%1 ago").arg(duration(secs))
                    : QCoreApplication::translate("TimeText", "in %1").arg(duration(secs));
}

QString absolute(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace TimeText
