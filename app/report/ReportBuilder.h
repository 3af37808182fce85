#pragma once

#include "ClientReport.h"

#include "api/BackupPolicy.h"
#include "api/Job.h"
#include "api/Site.h"
#include "api/Snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>

// Turns what was read from the platform into a ClientReport. No network, no clock of its own:
// the same inputs always give the same report, so it can be checked line by line.
class ReportBuilder
{
public:
    ReportBuilder(const QDateTime &start, const QDateTime &end);

    // Scheduled runs an environment's cadence calls for in [start, end). With a next run known the
    // runs are counted on that schedule's own ticks (02:00 every day, on the hour…); without one
    // (a paused schedule), as whole cadence periods in the span.
    static int expectedRuns(const EnvironmentPolicy &policy, const QDateTime &start, const QDateTime &end);

    void setOrganization(const QString &name) { m_organization = name; }
    void addSite(const Site &site, const BackupPolicy &policy, const QList<Snapshot> &snapshots);
    // The organization's jobs; only restores in the period into a reported site count.
    void setJobs(const QList<Job> &jobs) { m_jobs = jobs; }

    ClientReport build(const QDate &firstDay, const QDate &lastDay, const QDateTime &generatedAt) const;

private:
    bool inPeriod(const QDateTime &t) const { return t.isValid() && t >= m_start && t < m_end; }

    QDateTime m_start;
    QDateTime m_end;
    QString m_organization;
    QList<EnvironmentReport> m_rows;
    QList<Snapshot> m_captures; // every capture in the period, for the chart
    QList<Job> m_jobs;
};
