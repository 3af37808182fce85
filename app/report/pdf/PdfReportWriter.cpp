#include "PdfReportWriter.h"

#include "report/HtmlReportWriter.h"
#include "ReportChartObject.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

// Room under each page's text for the footer, in the layout's 96 dpi pixels.
constexpr qreal footerHeight = 22;
constexpr qreal layoutDpi = 96;

void drawFooter(QPainter *painter, const QTextDocument &doc, const QString &left, const QString &right)
{
    const QSizeF body = doc.pageSize();
    QFont font = doc.defaultFont();
    // A pixel size: the painter is already scaled to the PDF's resolution, a point size would be
    // scaled a second time.
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x5b, 0x66));
    const QRectF line(0, body.height(), body.width(), footerHeight);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignBottom, left);
    painter->drawText(line, Qt::AlignRight | Qt::AlignBottom, right);
}

} // namespace

QString PdfReportWriter::write(const ClientReport &report, QIODevice *out, const QLocale &locale)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QCoreApplication::translate("PdfReportWriter", "A PDF can only be made by a program that can draw text.");
    const ReportText text(locale);
    const QString title = report.organizationName + QStringLiteral(" – ") + text.title();
    QPdfWriter writer(out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Managed Desktop"));
    writer.setResolution(300);
    // Landscape: ten columns of figures do not fit across a portrait page in a readable size.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setHtml(HtmlReportWriter::html(report, locale, HtmlReportWriter::Flavour::RichText));
    // Laid out at 96 dpi on the page's printable area less the footer, and painted page by page
    // through a painter scaled to the writer's resolution (as QTextDocument::print() does, which
    // has no footer for a paginated document).
    const QRectF page = writer.pageLayout().paintRectPixels(int(layoutDpi));
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    ReportChartObject chart(report, locale);
    chart.insertInto(&doc, HtmlReportWriter::chartMarker());

    QPainter painter(&writer);
    if (!painter.isActive())
        return QCoreApplication::translate("PdfReportWriter", "The PDF could not be written.");
    const qreal scale = writer.logicalDpiX() / layoutDpi;
    painter.scale(scale, scale);
    const QSizeF body = doc.pageSize();
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        const QRectF view(0, i * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(&painter, doc, title, text.pageOf(i + 1, pages));
    }
    return painter.end() ? QString() : QCoreApplication::translate("PdfReportWriter", "The PDF could not be written.");
}
