#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What a client report covers: whole days in local time, both ends included, and the sites
// (by slug; empty = every site of the organization).
struct ReportRequest
{
    static constexpr int DefaultDays = 30;
    static constexpr int MaxDays = 731; // two years: a chart of more days is unreadable

    QDate firstDay;
    QDate lastDay;
    QStringList sites;

    // The DefaultDays days up to and including today.
    static ReportRequest lastDays(const QDate &today, int days = DefaultDays);
    // "2026-11-01" (ISO 8601, the only form scripts and every locale agree on); invalid otherwise.
    static QDate parseDate(const QString &text);

    QDateTime start() const;                      // first day's midnight, local time
    // The end of the last day, or now when that comes first: nothing is expected of the future.
    QDateTime end(const QDateTime &now) const;
    // Empty when the period can be reported on; else a sentence saying what is wrong.
    QString problem(const QDate &today) const;
};
