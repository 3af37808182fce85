#pragma once

#include "Announcement.h"
#include "HealthTransitions.h"

#include "api/Job.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Clock;

// The words of every notification, grouped: several environments that fall behind at once make
// one notification ("3 production environments fell behind"), not three. At most MaxLines
// environments are named; the rest are counted.
class AnnouncementText
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementText)
public:
    static constexpr int MaxLines = 5;

    // changes: worst first (HealthTransitions::apply). Empty changes: an empty announcement.
    static Announcement healthChanged(const QList<HealthTransitions::Change> &changes, const Clock *clock);
    // siteNames: site id → slug, for jobs that carry only the id.
    static Announcement jobsFailed(const QList<Job> &jobs, const QHash<QString, QString> &siteNames);
    static Announcement restoresEnded(const QList<Job> &jobs, const QHash<QString, QString> &siteNames);
    // The daily digest: the fleet's counts now, and how many snapshots failed in the last 24 hours.
    static Announcement digest(const HealthCounts &counts, const QList<HealthTransitions::Change> &behind,
                               int failedSince);
};
