#include "ReportRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>

ReportRequest ReportRequest::lastDays(const QDate &today, int days)
{
    ReportRequest r;
    r.lastDay = today;
    r.firstDay = today.addDays(1 - days);
    return r;
}

QDate ReportRequest::parseDate(const QString &text)
{
    // Qt alone would also take "2026-1-5"; a report names its period exactly.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text.trimmed()).hasMatch())
        return {};
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QDateTime ReportRequest::start() const
{
    return firstDay.startOfDay();
}

QDateTime ReportRequest::end(const QDateTime &now) const
{
    const QDateTime dayEnd = lastDay.addDays(1).startOfDay();
    return now.isValid() && now < dayEnd ? now : dayEnd;
}

QString ReportRequest::problem(const QDate &today) const
{
    if (!firstDay.isValid() || !lastDay.isValid())
        return QCoreApplication::translate("ReportRequest", "The report's period needs a first and a last day.");
    if (firstDay > lastDay)
        return QCoreApplication::translate("ReportRequest", "The period starts on %1, after its last day %2.")
            .arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate));
    if (firstDay > today)
        return QCoreApplication::translate("ReportRequest", "The period starts on %1, which is in the future.")
            .arg(firstDay.toString(Qt::ISODate));
    if (firstDay.daysTo(lastDay) + 1 > MaxDays)
        return QCoreApplication::translate("ReportRequest", "The period is longer than %1 days; make it shorter.").arg(MaxDays);
    return {};
}
