#include "PdfReportWriter.h"

#include "report/HtmlReportWriter.h"
#include "ReportChartObject.h"
#include "report/ReportText.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

QString PdfReportWriter::write(const ClientReport &report, QIODevice *out, const QLocale &locale)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QCoreApplication::translate("PdfReportWriter", "A PDF can only be made by a program that can draw text.");
    const ReportText text(locale);
    QPdfWriter writer(out);
    writer.setTitle(report.organizationName + QStringLiteral(" – ") + text.title());
    writer.setCreator(QStringLiteral("Managed Desktop"));
    writer.setResolution(300);
    // Landscape: ten columns of figures do not fit across a portrait page in a readable size.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setHtml(HtmlReportWriter::html(report, locale, HtmlReportWriter::Flavour::RichText));
    // Laid out at 96 dpi on the page's printable area; print() scales it to the writer's
    // resolution and breaks pages where the text does.
    const QRectF page = writer.pageLayout().paintRectPixels(96);
    doc.setDocumentMargin(0);
    doc.setPageSize(page.size());
    ReportChartObject chart(report, locale);
    chart.insertInto(&doc, HtmlReportWriter::chartMarker());
    doc.print(&writer);
    return {};
}
