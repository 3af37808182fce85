#include "TextTable.h"

#include <algorithm>

TextTable::TextTable(const QStringList &headers) : m_headers(headers) {}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row = cells;
    while (row.size() < m_headers.size())
        row << QString();
    // A cell from the network could hold a newline or a tab and break the columns.
    for (QString &cell : row) {
        for (QChar &c : cell) {
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        }
    }
    m_rows << row.mid(0, m_headers.size());
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    // An explicit QString: with QT_USE_QSTRINGBUILDER, a deduced return type would be a
    // QStringBuilder still referring to the lambda's local `out` after it returns.
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            out += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
