#pragma once

#include <QDateTime>
#include <QString>

// Ids are "<prefix>_<ULID>" so that they sort by creation time (SEMANTICS.md "Basics").
// Monotonic within one millisecond so ids made in a burst (a seed, a fleet) still sort.
class Ulid
{
public:
    static QString make(const QString &prefix, const QDateTime &at);
    static bool isValid(const QString &id, const QString &prefix);
};
