#pragma once

#include <QString>

#include <initializer_list>

class QCommandLineParser;

// Checks of argument values against the contract's patterns, before anything is sent: a typo is a
// usage error (exit 2) with a sentence saying what was expected, not a 400 from the server.
namespace Arguments {

// The value of a required option; sets *problem when it is missing.
QString required(const QCommandLineParser &parser, const QString &option, QString *problem);

QString checkSite(const QString &siteRef);      // id (site_…) or slug
QString checkEnvironment(const QString &name);  // environment name
QString checkSnapshotId(const QString &id);     // snap_…
QString checkJobId(const QString &id);          // job_…
QString checkLabel(const QString &label);       // ≤ 200 characters

// Exactly `count` positional arguments, named `what` in the message.
QString positional(const QCommandLineParser &parser, int count, const QString &what);
// The first non-empty sentence of the checks above, or empty when all passed.
QString firstProblem(std::initializer_list<QString> problems);

} // namespace Arguments
