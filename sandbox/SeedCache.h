#pragma once

#include <QString>

class SandboxClock;

// Tests start many sandboxes with `--seed demo`; building a month of real archives each time
// would take seconds on a busy machine. The seed is built once into a template under
// $XDG_CACHE_HOME/mf-sandbox (per version and UTC day, at most a few hours old, so relative
// dates stay right) and copied into each fresh data dir; the copy then gets its own API key.
class SeedCache
{
public:
    // Fills `dataDir` (which must be empty) from the template for `spec`, building it first if
    // needed. Returns false (with *error) only on a real failure; false with an empty *error
    // means "not cacheable, seed directly".
    static bool fill(const QString &spec, const QString &dataDir, const SandboxClock &clock, QString *error);
    static bool cacheable(const QString &spec);
    static QString cacheRoot();

private:
    static bool copyTemplate(const QString &templateDir, const QString &dataDir, QString *error);
    static bool build(const QString &spec, const QString &templateDir, const SandboxClock &clock, QString *error);
};
