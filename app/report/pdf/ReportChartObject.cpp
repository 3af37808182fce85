#include "ReportChartObject.h"

#include "report/ChartScale.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace {
const QColor scheduledColor(0x3e, 0x7c, 0xb1);
const QColor manualColor(0xf0, 0xa2, 0x02);
const QColor axisColor(0x9a, 0xa5, 0xb1);
const QColor textColor(0x1f, 0x29, 0x33);
}

ReportChartObject::ReportChartObject(const ClientReport &report, const QLocale &locale, QObject *parent)
    : QObject(parent), m_days(report.days), m_locale(locale)
{
}

bool ReportChartObject::insertInto(QTextDocument *doc, const QString &marker)
{
    doc->documentLayout()->registerHandler(ObjectType, this);
    QTextCursor cursor = doc->find(marker);
    if (cursor.isNull())
        return false;
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return true;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    const qreal width = doc->pageSize().width() - 2 * doc->documentMargin();
    return {width, width * 0.22};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &)
{
    const ReportText text(m_locale);
    const ChartScale scale = ChartScale::of(m_days);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // In pixels of the document's own 96 dpi layout: print() scales the painter to the PDF's
    // resolution already, and a point size would be scaled a second time.
    QFont font = doc->defaultFont();
    font.setPixelSize(10);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal lineH = fm.height();
    const qreal axisW = fm.horizontalAdvance(text.number(scale.top)) + lineH * 0.5;
    const QRectF plot(rect.left() + axisW, rect.top() + lineH * 0.5, rect.width() - axisW,
                      rect.height() - lineH * 3.2);

    painter->setPen(textColor);
    painter->drawText(QRectF(rect.left(), plot.top() - lineH / 2, axisW - lineH * 0.3, lineH),
                      Qt::AlignRight | Qt::AlignVCenter, text.number(scale.top));
    painter->drawText(QRectF(rect.left(), plot.bottom() - lineH / 2, axisW - lineH * 0.3, lineH),
                      Qt::AlignRight | Qt::AlignVCenter, text.number(0));
    painter->setPen(QPen(axisColor, 0));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->setPen(QPen(axisColor, 0, Qt::DotLine));
    painter->drawLine(plot.topLeft(), plot.topRight());

    const int n = std::max<int>(1, int(m_days.size()));
    const qreal slot = plot.width() / n;
    for (int i = 0; i < m_days.size(); ++i) {
        const DayCount &d = m_days[i];
        const qreal x = plot.left() + i * slot + slot * 0.15, w = slot * 0.7;
        const qreal hs = plot.height() * d.scheduled / scale.top, hm = plot.height() * d.manual / scale.top;
        painter->fillRect(QRectF(x, plot.bottom() - hs, w, hs), scheduledColor);
        painter->fillRect(QRectF(x, plot.bottom() - hs - hm, w, hm), manualColor);
        if (scale.labels(i)) {
            painter->setPen(textColor);
            painter->drawText(QRectF(plot.left() + i * slot - slot * 3, plot.bottom() + lineH * 0.2, slot * 7, lineH),
                              Qt::AlignHCenter | Qt::AlignTop, text.shortDay(d.day));
        }
    }

    // The legend under the day axis.
    qreal x = plot.left();
    const qreal y = plot.bottom() + lineH * 1.7;
    for (const auto &[color, label] : {std::pair{scheduledColor, text.scheduledLegend()}, std::pair{manualColor, text.manualLegend()}}) {
        painter->fillRect(QRectF(x, y + lineH * 0.2, lineH * 0.6, lineH * 0.6), color);
        painter->setPen(textColor);
        painter->drawText(QPointF(x + lineH * 0.9, y + fm.ascent()), label);
        x += lineH * 1.8 + fm.horizontalAdvance(label);
    }
    painter->restore();
}
