#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class Clock;
struct Job;
struct Snapshot;

// Cell texts for human output. Values from the platform that this version does not know (a new
// status, kind or plan) are shown as sent, never hidden.
namespace Display {

QString size(qint64 bytes);
QString age(const QDateTime &when, const Clock *clock);       // "5 minutes ago"; "—" when invalid
QString relative(const QDateTime &when, const Clock *clock);  // past or future ("in 3 days")
QString timestamp(const QDateTime &when);                     // "2026-11-24 09:30 UTC"
QString dash();                                               // an absent value
QString selectors(const QStringList &selectors);              // "database and files"
QString jobState(const Job &job);                             // "running 42%"
QString snapshotSize(const Snapshot &snapshot);               // size once ready, else "—"

} // namespace Display
