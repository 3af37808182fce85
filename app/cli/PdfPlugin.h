#pragma once

#include "report/ReportFile.h"

#include <QString>

class QCoreApplication;

// Loads mf-report-pdf, the Qt Gui half of `mf report`, for a run that draws a PDF: from beside
// mf (a build tree) or from where it is installed (MF_PDF_PLUGIN_RELDIR from mf's folder).
class PdfPlugin
{
public:
    // The plugin's QGuiApplication, or null when it could not be loaded (problem() says why; mf
    // then goes on as a QCoreApplication and reports that a PDF cannot be drawn).
    static QCoreApplication *makeApplication(int &argc, char **argv);
    // The plugin's writer: null unless makeApplication() succeeded.
    static ReportFile::PdfWriter writer();
    static QString problem();
};
