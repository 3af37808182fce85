#include "ReportFile.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ReportFile {

namespace {
QString cannotWrite(const QString &fileName, const QString &reason)
{
    return QCoreApplication::translate("ReportFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), reason);
}
} // namespace

std::optional<Format> parseFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

std::optional<Format> formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.isEmpty() ? std::nullopt : parseFormat(suffix);
}

QString extension(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString checkWritable(const QString &fileName)
{
    if (fileName.isEmpty())
        return QCoreApplication::translate("ReportFile", "No file was given for the report.");
    if (QFileInfo(fileName).isDir())
        return cannotWrite(fileName, QCoreApplication::translate("ReportFile", "it is a folder."));
    QSaveFile probe(fileName);
    if (!probe.open(QIODevice::WriteOnly))
        return cannotWrite(fileName, probe.errorString());
    probe.cancelWriting(); // nothing replaced, the temporary file removed
    return {};
}

QString write(const ClientReport &report, Format format, const QString &fileName, PdfWriter pdf, const QLocale &locale)
{
    if (QFileInfo(fileName).isDir())
        return cannotWrite(fileName, QCoreApplication::translate("ReportFile", "it is a folder."));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(fileName, file.errorString());
    QString problem;
    switch (format) {
    case Format::Pdf:
        problem = pdf ? pdf(report, &file, locale)
                      : QCoreApplication::translate("ReportFile", "PDF reports cannot be drawn by this program.");
        break;
    case Format::Html:
        file.write(HtmlReportWriter::write(report, locale));
        break;
    case Format::Csv:
        file.write(CsvReportWriter::write(report));
        break;
    }
    if (!problem.isEmpty()) {
        file.cancelWriting();
        return cannotWrite(fileName, problem);
    }
    if (!file.commit())
        return cannotWrite(fileName, file.errorString());
    return {};
}

} // namespace ReportFile
