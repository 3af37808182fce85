#include "ChartScale.h"

#include <algorithm>

ChartScale ChartScale::of(const QList<DayCount> &days)
{
    ChartScale s;
    int highest = 0;
    for (const DayCount &d : days)
        highest = std::max(highest, d.total());
    // 1, 2, 5, 10, 20, 50, …: an axis top a reader can take in at a glance.
    int step = 1;
    while (true) {
        for (int m : {1, 2, 5}) {
            if (step * m >= highest) {
                s.top = std::max(1, step * m);
                s.labelEvery = std::max(1, int((days.size() + 7) / 8));
                return s;
            }
        }
        step *= 10;
    }
}
