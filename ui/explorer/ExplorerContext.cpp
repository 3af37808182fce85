#include "ExplorerContext.h"

#include "style/DisplayText.h"
#include "style/TimeText.h"

#include <algorithm>

QString ExplorerContext::describe(const Snapshot &snapshot)
{
    const QString when = TimeText::absolute(snapshot.createdAt);
    return snapshot.label.isEmpty() ? QStringLiteral("%1 · %2").arg(when, DisplayText::snapshotKind(snapshot))
                                    : QStringLiteral("%1 · “%2”").arg(when, snapshot.label);
}

QList<Snapshot> ExplorerContext::readySnapshots() const
{
    QList<Snapshot> out;
    for (const Snapshot &s : snapshots) {
        if (s.isReady())
            out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const Snapshot &a, const Snapshot &b) { return a.createdAt > b.createdAt; });
    return out;
}

std::optional<Snapshot> ExplorerContext::previousOf(const Snapshot &snapshot) const
{
    for (const Snapshot &s : readySnapshots()) {
        if (s.createdAt < snapshot.createdAt)
            return s;
    }
    return std::nullopt;
}

std::optional<Snapshot> ExplorerContext::newest() const
{
    const QList<Snapshot> ready = readySnapshots();
    return ready.isEmpty() ? std::nullopt : std::optional<Snapshot>(ready.first());
}
