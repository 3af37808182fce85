#pragma once

#include "ClientReport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A client report as CSV for spreadsheets and scripts (RFC 4180: comma-separated, CRLF, fields
// quoted when needed): a header row, then one row per site and environment. Column names are
// fixed identifiers and values are raw (ISO 8601 UTC times, '.' decimals, the policy's cadence
// as the API names it), so a script reads every locale's file the same way.
class CsvReportWriter
{
public:
    static QStringList header();
    static QByteArray write(const ClientReport &report); // UTF-8
    // One field, quoted when needed. A cell starting with = + - @ (or a tab or carriage return)
    // would be a formula to a spreadsheet: site names come from the network, so such a cell gets
    // a leading ' and stays text.
    static QString field(const QString &value);
};
