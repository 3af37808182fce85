#include "Display.h"

#include "api/Job.h"
#include "api/Snapshot.h"
#include "util/Format.h"

#include <QCoreApplication>

namespace Display {

QString size(qint64 bytes)
{
    return Format::size(bytes);
}

QString relative(const QDateTime &when, const Clock *clock)
{
    return when.isValid() ? Format::relativeTime(when, clock) : dash();
}

QString speed(double bytesPerSecond)
{
    return Format::speed(bytesPerSecond);
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
