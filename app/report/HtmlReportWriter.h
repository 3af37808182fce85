#pragma once

#include "ClientReport.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

// A client report as one self-contained HTML page: styles inline, the chart as inline SVG, no
// script and nothing fetched. Every text from the platform is escaped: server text is never markup.
class HtmlReportWriter
{
public:
    enum class Flavour {
        Browser,      // the full page, with the chart as SVG
        RichText,     // the subset QTextDocument understands, for the PDF; the chart is left to
                      // the caller at the paragraph holding chartMarker()
    };

    static QString html(const ClientReport &report, const QLocale &locale = QLocale(), Flavour flavour = Flavour::Browser);
    static QByteArray write(const ClientReport &report, const QLocale &locale = QLocale()); // UTF-8
    static QString chartMarker() { return QStringLiteral("mf-report-chart"); }
    static QString svgChart(const ClientReport &report, const QLocale &locale);
};
