#pragma once

#include "report/ClientReport.h"

#include <QLocale>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

// The backups-per-day bar chart inside the PDF's QTextDocument, drawn with QPainter so it stays
// vector graphics (sharp when zoomed or printed) and flows with the text.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 17;

    ReportChartObject(const ClientReport &report, const QLocale &locale, QObject *parent = nullptr);

    // Registers the chart with doc and puts it where the paragraph with `marker` is.
    bool insertInto(QTextDocument *doc, const QString &marker);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QList<DayCount> m_days;
    QLocale m_locale;
};
