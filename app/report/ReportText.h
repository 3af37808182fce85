#pragma once

#include "ClientReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// The words and numbers of a client report for people (HTML, PDF, the app), in one place so every
// format says the same thing. Dates and numbers follow the given locale.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    explicit ReportText(const QLocale &locale = QLocale()) : m_locale(locale) {}

    const QLocale &locale() const { return m_locale; }

    QString title() const;
    QString period(const ClientReport &report) const;         // "1 November 2026 – 30 November 2026"
    QString generated(const ClientReport &report) const;      // "Made on … "
    QString scope(const ClientReport &report) const;          // "Sites: 12 · Environments: 28"
    // The period's summary: compliance over all, backups, failures, restores.
    QStringList summary(const ClientReport &report) const;
    QStringList notes() const;                                // how the figures are counted
    QString chartTitle() const;
    QString tableTitle() const;
    QString scheduledLegend() const;
    QString manualLegend() const;

    QStringList columns() const;
    // The cells of a row, in the order of columns().
    QStringList cells(const EnvironmentReport &row) const;
    QString totalLabel() const;
    QStringList totalCells(const ClientReport &report) const;

    QString cadence(Cadence cadence, const QString &raw) const;
    QString percent(std::optional<double> value) const;       // "95%", "—" when nothing expected
    QString number(int value) const;
    QString dateTime(const QDateTime &when) const;            // "—" when invalid
    QString shortDay(const QDate &day) const;                 // chart axis: "3 Nov"
    QString restores(int count, int failed) const;            // "3 (1 failed)"
    QString pageOf(int page, int pages) const;                // PDF footer: "Page 2 of 5"

private:
    QLocale m_locale;
};
