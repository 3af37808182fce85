#pragma once

#include "ClientReport.h"

#include <QList>

// The backups-per-day chart's scale, shared by the HTML (SVG) and PDF (QPainter) charts so both
// show the same: the value axis' top (a round number at or above the highest day) and which days
// get a label on the day axis (at most about eight, so they never overlap).
struct ChartScale
{
    int top = 1;
    int labelEvery = 1;

    static ChartScale of(const QList<DayCount> &days);
    bool labels(int dayIndex) const { return dayIndex % labelEvery == 0; }
};
