#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class Clock;
struct Job;
struct Snapshot;

// Cell texts for human output, on top of util/Format (shared with the GUI, so both say the same
// thing) for sizes and times. Values from the platform that this version does not know (a new
// status, kind or plan) are shown as sent, never hidden.
namespace Display {

QString size(qint64 bytes);
// "5 minutes ago", "in 3 days"; "—" when invalid.
QString relative(const QDateTime &when, const Clock *clock);
QString speed(double bytesPerSecond);                         // "12.3 MB/s"
QString timestamp(const QDateTime &when);                     // "2026-11-24 09:30 UTC"
QString dash();                                               // an absent value
QString selectors(const QStringList &selectors);              // "database and files"
QString jobState(const Job &job);                             // "running 42%"
QString snapshotSize(const Snapshot &snapshot);               // size once ready, else "—"

} // namespace Display
