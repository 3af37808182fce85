#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Aligned columns for human output: a header row, then rows, two spaces between columns.
// The last column is never padded, so lines carry no trailing blanks.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
