#include "PdfPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

ReportFile::PdfWriter s_writer = nullptr;
QString s_problem;

QString programFolder(const char *argv0)
{
    // /proc/self/exe is the program even when it was started through a link or from PATH.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString program = self.exists() ? self.canonicalFilePath() : QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
    return QFileInfo(program).absolutePath();
}

} // namespace

QCoreApplication *PdfPlugin::makeApplication(int &argc, char **argv)
{
    using MakeApplication = QCoreApplication *(*)(int *, char **);
    using GetWriter = ReportFile::PdfWriter (*)();
    const QDir folder(programFolder(argv[0]));
    const QStringList candidates{folder.filePath(QStringLiteral("mf-report-pdf")),
                                 QDir::cleanPath(folder.filePath(QStringLiteral(MF_PDF_PLUGIN_RELDIR "/mf-report-pdf")))};
    QStringList reasons;
    for (const QString &candidate : candidates) {
        QLibrary library(candidate); // tries the platform's suffix (.so)
        if (!library.load()) {
            reasons << library.errorString();
            continue;
        }
        const auto make = reinterpret_cast<MakeApplication>(library.resolve("mf_report_pdf_application"));
        const auto writer = reinterpret_cast<GetWriter>(library.resolve("mf_report_pdf_writer"));
        if (!make || !writer) {
            reasons << library.errorString();
            library.unload();
            continue;
        }
        s_writer = writer();
        return make(&argc, argv); // the library stays loaded for the life of the process
    }
    s_problem = reasons.join(QStringLiteral("; "));
    return nullptr;
}

ReportFile::PdfWriter PdfPlugin::writer()
{
    return s_writer;
}

QString PdfPlugin::problem()
{
    return s_problem;
}
