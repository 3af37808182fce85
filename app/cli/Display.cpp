#include "Display.h"

#include "api/Job.h"
#include "api/Snapshot.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// "5 minutes", "3 hours", "2 days": the largest unit that fits, as people say it.
QString span(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("Display", "%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("Display", "%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return QCoreApplication::translate("Display", "%n hour(s)", nullptr, int(seconds / 3600));
    return QCoreApplication::translate("Display", "%n day(s)", nullptr, int(seconds / 86400));
}
} // namespace

namespace Display {

QString size(qint64 bytes)
{
    // Decimal units, as the platform's dashboard and most file managers on Linux show them.
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString age(const QDateTime &when, const Clock *clock)
{
    if (!when.isValid())
        return dash();
    const qint64 seconds = when.secsTo(clock->now());
    if (seconds < 5)
        return QCoreApplication::translate("Display", "just now");
    return QCoreApplication::translate("Display", "%1 ago").arg(span(seconds));
}

QString relative(const QDateTime &when, const Clock *clock)
{
    if (!when.isValid())
        return dash();
    const qint64 seconds = clock->now().secsTo(when);
    if (seconds < 0)
        return age(when, clock);
    return QCoreApplication::translate("Display", "in %1").arg(span(seconds));
}

QString timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return dash();
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString dash()
{
    return QStringLiteral("—");
}

QString selectors(const QStringList &selectors)
{
    const bool db = selectors.contains(QLatin1String("db"));
    const bool files = selectors.contains(QLatin1String("files"));
    if (db && files)
        return QCoreApplication::translate("Display", "database and files");
    if (db)
        return QCoreApplication::translate("Display", "database");
    if (files)
        return QCoreApplication::translate("Display", "files");
    return selectors.join(QStringLiteral(", "));
}

QString jobState(const Job &job)
{
    if (job.status == JobStatus::Running || job.status == JobStatus::Queued)
        return QCoreApplication::translate("Display", "%1 %2%").arg(job.statusRaw).arg(job.progress);
    return job.statusRaw;
}

QString snapshotSize(const Snapshot &snapshot)
{
    return snapshot.isReady() ? size(snapshot.sizeBytes) : dash();
}

} // namespace Display
