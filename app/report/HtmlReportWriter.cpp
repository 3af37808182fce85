#include "HtmlReportWriter.h"

#include "ChartScale.h"
#include "ReportText.h"

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString css(HtmlReportWriter::Flavour flavour)
{
    QString common = QStringLiteral(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; color: #1f2933; }"
        "h1 { font-size: 20pt; margin: 0; }"
        "h2 { font-size: 13pt; font-weight: normal; color: #52606d; margin: 4px 0 14px 0; }"
        "h3 { font-size: 11pt; margin: 18px 0 6px 0; }"
        "p.summary { margin: 2px 0; }"
        "p.note { font-size: 8pt; color: #52606d; margin: 2px 0; }"
        "table.rows { border-collapse: collapse; margin-top: 8px; }"
        "table.rows th { background-color: #e4e7eb; text-align: left; font-size: 8pt; padding: 4px 6px; }"
        "table.rows td { font-size: 8pt; padding: 3px 6px; border-bottom: 1px solid #e4e7eb; }"
        "td.num { text-align: right; } td.low { color: #b42318; font-weight: bold; }"
        "tr.total td { font-weight: bold; border-top: 2px solid #52606d; }");
    if (flavour == HtmlReportWriter::Flavour::Browser)
        common += QStringLiteral("body { max-width: 64em; margin: 2em auto; padding: 0 1em; }"
                                 "table.rows { width: 100%; } svg { max-width: 100%; height: auto; }");
    return common;
}

bool isNumberColumn(int column)
{
    return column >= 3 && column != 9; // expected … restores; not the names, schedule or date
}

QString row(const QStringList &cells, const QString &rowClass, const QList<bool> &low)
{
    QString html = rowClass.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
    for (int i = 0; i < cells.size(); ++i) {
        QStringList classes;
        if (isNumberColumn(i))
            classes << QStringLiteral("num");
        if (i < low.size() && low[i])
            classes << QStringLiteral("low");
        const QString attr = classes.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(classes.join(QLatin1Char(' ')));
        // QTextDocument ignores CSS text-align on cells; align= works in both flavours.
        const QString align = isNumberColumn(i) ? QStringLiteral(" align=\"right\"") : QString();
        html += QStringLiteral("<td%1%2>%3</td>").arg(attr, align, esc(cells[i]));
    }
    return html + QStringLiteral("</tr>\n");
}
} // namespace

QString HtmlReportWriter::svgChart(const ClientReport &report, const QLocale &locale)
{
    const ReportText text(locale);
    const ChartScale scale = ChartScale::of(report.days);
    const int n = std::max<int>(1, int(report.days.size()));
    const int left = 40, top = 10, plotW = 640, plotH = 150, width = left + plotW + 10, height = top + plotH + 40;
    const double slot = double(plotW) / n;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "role=\"img\" aria-label=\"%3\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\">\n")
                      .arg(width).arg(height).arg(esc(text.chartTitle()));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#9aa5b1\"/>\n").arg(left).arg(top + plotH).arg(left + plotW);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n").arg(left - 4).arg(top + 8).arg(esc(text.number(scale.top)));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n").arg(left - 4).arg(top + plotH).arg(esc(text.number(0)));
    for (int i = 0; i < report.days.size(); ++i) {
        const DayCount &d = report.days[i];
        const double x = left + i * slot + slot * 0.15, w = slot * 0.7;
        const double hs = double(plotH) * d.scheduled / scale.top, hm = double(plotH) * d.manual / scale.top;
        const QString tip = esc(QStringLiteral("%1: %2 %3, %4 %5").arg(text.shortDay(d.day), text.number(d.scheduled),
                                                                        text.scheduledLegend(), text.number(d.manual), text.manualLegend()));
        if (d.scheduled > 0)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3e7cb1\"><title>%5</title></rect>\n")
                       .arg(x, 0, 'f', 1).arg(top + plotH - hs, 0, 'f', 1).arg(w, 0, 'f', 1).arg(hs, 0, 'f', 1).arg(tip);
        if (d.manual > 0)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#f0a202\"><title>%5</title></rect>\n")
                       .arg(x, 0, 'f', 1).arg(top + plotH - hs - hm, 0, 'f', 1).arg(w, 0, 'f', 1).arg(hm, 0, 'f', 1).arg(tip);
        if (scale.labels(i))
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                       .arg(left + (i + 0.5) * slot, 0, 'f', 1).arg(top + plotH + 14).arg(esc(text.shortDay(d.day)));
    }
    const int ly = top + plotH + 32;
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"#3e7cb1\"/><text x=\"%3\" y=\"%4\">%5</text>\n")
               .arg(left).arg(ly - 9).arg(left + 14).arg(ly).arg(esc(text.scheduledLegend()));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"#f0a202\"/><text x=\"%3\" y=\"%4\">%5</text>\n")
               .arg(left + 120).arg(ly - 9).arg(left + 134).arg(ly).arg(esc(text.manualLegend()));
    return svg + QStringLiteral("</svg>\n");
}

QString HtmlReportWriter::html(const ClientReport &report, const QLocale &locale, Flavour flavour)
{
    const ReportText text(locale);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(esc(locale.bcp47Name()), esc(report.organizationName + QStringLiteral(" – ") + text.title()), css(flavour));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(report.organizationName));
    html += QStringLiteral("<h2>%1 · %2</h2>\n").arg(esc(text.title()), esc(text.period(report)));
    html += QStringLiteral("<p class=\"summary\"><b>%1</b></p>\n").arg(esc(text.scope(report)));
    for (const QString &line : text.summary(report))
        html += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(esc(line));

    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.chartTitle()));
    if (flavour == Flavour::Browser)
        html += svgChart(report, locale);
    else
        html += QStringLiteral("<p>%1</p>\n").arg(chartMarker());

    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.tableTitle()));
    html += QStringLiteral("<table class=\"rows\" cellspacing=\"0\" width=\"100%\">\n<thead><tr>");
    const QStringList columns = text.columns();
    for (int i = 0; i < columns.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>").arg(isNumberColumn(i) ? QStringLiteral(" align=\"right\"") : QString(), esc(columns[i]));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const EnvironmentReport &r : report.rows) {
        const std::optional<double> c = r.compliance();
        QList<bool> low(columns.size(), false);
        low[5] = c && *c < 90.0;   // compliance below 90 % stands out
        low[7] = r.failed > 0;
        low[8] = r.failedRestores > 0;
        html += row(text.cells(r), {}, low);
    }
    html += row(text.totalCells(report), QStringLiteral("total"), {});
    html += QStringLiteral("</tbody>\n</table>\n");
    for (const QString &note : text.notes())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
    html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text.generated(report)));
    return html + QStringLiteral("</body>\n</html>\n");
}

QByteArray HtmlReportWriter::write(const ClientReport &report, const QLocale &locale)
{
    return html(report, locale, Flavour::Browser).toUtf8();
}
