#pragma once

#include "report/ClientReport.h"

#include <QLocale>
#include <QString>

#include <optional>

class QIODevice;

// Writes a client report to a file in one of its formats, all or nothing: the bytes go to a
// temporary file beside the target, renamed over it only once complete, so a failure (a full
// disk, a PDF that cannot be drawn) never leaves half a report or spoils an older one.
namespace ReportFile {

enum class Format { Pdf, Html, Csv };

// Draws a report as PDF into `out`; empty when done, else why not. It needs Qt Gui, which the
// core does not link: the desktop passes PdfReportWriter::write, and `mf` loads it from a plugin
// only when a PDF is asked for (so no other command pays for loading Qt Gui).
using PdfWriter = QString (*)(const ClientReport &report, QIODevice *out, const QLocale &locale);

// "pdf", "html" (or "htm"), "csv", any case; nothing otherwise.
std::optional<Format> parseFormat(const QString &name);
// From a file name's extension (report.pdf); nothing when it has none of the three.
std::optional<Format> formatOf(const QString &fileName);
QString extension(Format format); // "pdf", "html", "csv"

// Empty when the file was written; else a sentence naming the file and the reason. `pdf` is
// only used for Format::Pdf.
QString write(const ClientReport &report, Format format, const QString &fileName, PdfWriter pdf,
              const QLocale &locale = QLocale());
// Empty when fileName could be written (checked by creating a temporary file beside it, which is
// removed), so a report that takes minutes to read does not fail only at the end.
QString checkWritable(const QString &fileName);

} // namespace ReportFile
