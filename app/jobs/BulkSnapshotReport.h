#pragma once

#include "BulkSnapshotRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A bulk snapshot run in words: each outcome's name for people and for scripts, and the report
// of every environment as tab-separated text (the clipboard) or CSV (a spreadsheet).
class BulkSnapshotReport
{
    Q_DECLARE_TR_FUNCTIONS(BulkSnapshotReport)
public:
    using Entry = BulkSnapshotRunner::Entry;

    static QString outcomeText(BulkSnapshotRunner::Outcome outcome);
    static QString outcomeKey(BulkSnapshotRunner::Outcome outcome);
    static QString text(const QList<Entry> &entries);
    // RFC 4180, with the job and snapshot ids; a field that a spreadsheet would take for a
    // formula is kept as text.
    static QString csv(const QList<Entry> &entries);
};
