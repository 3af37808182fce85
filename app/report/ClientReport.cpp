#include "ClientReport.h"

#include <QSet>

#include <algorithm>

std::optional<double> EnvironmentReport::compliance() const
{
    if (expected <= 0)
        return std::nullopt;
    return std::min(100.0, 100.0 * taken / expected);
}

int ClientReport::siteCount() const
{
    QSet<QString> ids;
    for (const EnvironmentReport &r : rows)
        ids.insert(r.siteId);
    return int(ids.size());
}

EnvironmentReport ClientReport::totals() const
{
    EnvironmentReport sum;
    for (const EnvironmentReport &r : rows) {
        sum.expected += r.expected;
        sum.taken += r.taken;
        sum.manual += r.manual;
        sum.failed += r.failed;
        sum.restores += r.restores;
        sum.failedRestores += r.failedRestores;
        if (r.newestBackup.isValid() && (!sum.newestBackup.isValid() || r.newestBackup > sum.newestBackup))
            sum.newestBackup = r.newestBackup;
    }
    return sum;
}

std::optional<double> ClientReport::compliance() const
{
    int expected = 0, taken = 0;
    for (const EnvironmentReport &r : rows) {
        if (r.expected > 0) {
            expected += r.expected;
            taken += std::min(r.taken, r.expected);
        }
    }
    if (expected == 0)
        return std::nullopt;
    return 100.0 * taken / expected;
}
