#include "DetailList.h"

#include <algorithm>

void DetailList::add(const QString &label, const QString &value)
{
    QString clean = value;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    m_rows.append({label, clean});
}

QString DetailList::toString() const
{
    qsizetype width = 0;
    for (const auto &row : m_rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto &row : m_rows) {
        QString line = row.first.leftJustified(width + 2) + row.second;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}
