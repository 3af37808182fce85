#include "Format.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Format {

namespace {

// Each plural has its own singular and plural source text, both numerus (marked for lupdate with
// QT_TRANSLATE_N_NOOP where they are written): untranslated English reads right ("1 hour ago",
// "3 hours ago"), and a translator fills all of their language's plural forms in either message.
QString plural(qint64 n, const char *one, const char *many)
{
    return QCoreApplication::translate("Format", n == 1 ? one : many, nullptr, int(n));
}

struct Unit
{
    qint64 below;   // used for spans shorter than this many seconds
    qint64 seconds; // length of one unit
    const char *pastOne, *pastMany, *futureOne, *futureMany;
};

constexpr qint64 Minute = 60, Hour = 3600, Day = 86400;
// Spelled out with QT_TRANSLATE_N_NOOP (not a macro of ours) so lupdate finds each message.
const Unit units[] = {
    {59 * Minute + 30, Minute,
     QT_TRANSLATE_N_NOOP("Format", "%n minute ago"), QT_TRANSLATE_N_NOOP("Format", "%n minutes ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n minute"), QT_TRANSLATE_N_NOOP("Format", "in %n minutes")},
    {36 * Hour, Hour,
     QT_TRANSLATE_N_NOOP("Format", "%n hour ago"), QT_TRANSLATE_N_NOOP("Format", "%n hours ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n hour"), QT_TRANSLATE_N_NOOP("Format", "in %n hours")},
    {14 * Day, Day,
     QT_TRANSLATE_N_NOOP("Format", "%n day ago"), QT_TRANSLATE_N_NOOP("Format", "%n days ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n day"), QT_TRANSLATE_N_NOOP("Format", "in %n days")},
    {60 * Day, 7 * Day,
     QT_TRANSLATE_N_NOOP("Format", "%n week ago"), QT_TRANSLATE_N_NOOP("Format", "%n weeks ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n week"), QT_TRANSLATE_N_NOOP("Format", "in %n weeks")},
    {730 * Day, 30 * Day,
     QT_TRANSLATE_N_NOOP("Format", "%n month ago"), QT_TRANSLATE_N_NOOP("Format", "%n months ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n month"), QT_TRANSLATE_N_NOOP("Format", "in %n months")},
    {std::numeric_limits<qint64>::max(), 365 * Day,
     QT_TRANSLATE_N_NOOP("Format", "%n year ago"), QT_TRANSLATE_N_NOOP("Format", "%n years ago"),
     QT_TRANSLATE_N_NOOP("Format", "in %n year"), QT_TRANSLATE_N_NOOP("Format", "in %n years")},
};

QString relative(qint64 seconds, bool future)
{
    for (const Unit &u : units) {
        if (seconds < u.below) {
            const qint64 n = std::max<qint64>(1, (seconds + u.seconds / 2) / u.seconds);
            return future ? plural(n, u.futureOne, u.futureMany) : plural(n, u.pastOne, u.pastMany);
        }
    }
    return {};
}

} // namespace

QString size(qint64 bytes, const QLocale &locale)
{
    if (bytes < 1000)
        return plural(bytes, QT_TRANSLATE_N_NOOP("Format", "%n byte"),
                      QT_TRANSLATE_N_NOOP("Format", "%n bytes"));
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString speed(double bytesPerSecond, const QLocale &locale)
{
    const auto b = qint64(std::max(0.0, bytesPerSecond));
    return QCoreApplication::translate("Format", "%1/s").arg(locale.formattedDataSize(b, 1, QLocale::DataSizeSIFormat));
}

QString relativeTime(const QDateTime &when, const Clock *clock)
{
    if (!when.isValid())
        return {};
    const QDateTime now = (clock ? clock : Clock::system())->now();
    const qint64 seconds = now.secsTo(when);
    // Clocks of client and server differ by a few seconds: that is "now", not "in 3 seconds".
    if (std::abs(seconds) < 45)
        return QCoreApplication::translate("Format", "just now");
    return relative(std::abs(seconds), seconds > 0);
}

QString duration(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(s);
    if (s < 600)
        return QCoreApplication::translate("Format", "%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 3600)
        return QCoreApplication::translate("Format", "%1 min").arg((s + 30) / 60);
    if (s < 86400)
        return QCoreApplication::translate("Format", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QCoreApplication::translate("Format", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString eta(qint64 remainingSeconds)
{
    if (remainingSeconds < 0)
        return {};
    if (remainingSeconds < 60)
        return QCoreApplication::translate("Format", "less than a minute left");
    return QCoreApplication::translate("Format", "about %1 left").arg(duration(remainingSeconds));
}

qint64 etaSeconds(qint64 done, qint64 total, double bytesPerSecond)
{
    if (total <= 0 || done < 0 || done > total || !(bytesPerSecond > 0.0))
        return -1;
    return qint64(std::ceil(double(total - done) / bytesPerSecond));
}

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    // The locale's short format, without seconds: snapshots and jobs are told apart by the
    // minute, and ":00" after every scheduled backup is noise (the C locale's format has them).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss(\\.z+)?"));
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(when.toLocalTime(), format);
}

} // namespace Format
