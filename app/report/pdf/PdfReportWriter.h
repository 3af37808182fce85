#pragma once

#include "report/ClientReport.h"

#include <QLocale>
#include <QString>

class QIODevice;

// A client report as a PDF (A4 landscape): the agency's name, the period, the summary, a bar chart
// of backups per day and the table of sites and environments, over as many pages as it takes.
// Needs a QGuiApplication (fonts); `mf` makes one on the offscreen platform for this.
class PdfReportWriter
{
public:
    // Empty when written; else a sentence saying why not.
    static QString write(const ClientReport &report, QIODevice *out, const QLocale &locale = QLocale());
};
