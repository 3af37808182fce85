// mf-report-pdf: the PDF half of `mf report`, which `mf` loads (app/cli/PdfPlugin) only when a
// PDF is asked for. Drawing needs Qt Gui, and loading Qt Gui with the libraries it brings (fonts,
// X11, OpenGL) costs every start of mf a fifth of its start-up time and page faults: a script
// that calls `mf snapshot download` or `mf fleet health` for each of a thousand sites should not
// pay for that.
#include "PdfReportWriter.h"

#include "report/ReportFile.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT QCoreApplication *mf_report_pdf_application(int *argc, char **argv)
{
    return new QGuiApplication(*argc, argv);
}

extern "C" Q_DECL_EXPORT ReportFile::PdfWriter mf_report_pdf_writer()
{
    return &PdfReportWriter::write;
}
