#include "ResponseParsing.h"

#include <QRegularExpression>

namespace ResponseParsing {

ContentRange contentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    ContentRange range;
    if (!m.hasMatch())
        return range;
    range.first = m.captured(1).toLongLong();
    range.last = m.captured(2).toLongLong();
    range.total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    range.valid = range.first <= range.last && (range.total < 0 || range.last < range.total);
    return range;
}

qint64 nonNegative(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return -1;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return -1;
    }
    return v.toLongLong();
}

} // namespace ResponseParsing
