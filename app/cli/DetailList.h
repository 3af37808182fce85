#pragma once

#include <QList>
#include <QPair>
#include <QString>

// "Label         value" lines for the human output of one object (mf site show, mf snapshot
// show). Labels are aligned to the longest one; values from the network are cleaned of control
// characters, as TextTable does, so a hostile label cannot move the cursor or fake lines.
class DetailList
{
public:
    void add(const QString &label, const QString &value);
    QString toString() const;

private:
    QList<QPair<QString, QString>> m_rows;
};
