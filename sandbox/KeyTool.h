#pragma once

#include <QStringList>

class Store;
class SandboxClock;

// `mf-sandbox keys create|revoke|list …`: manages API keys in a data dir (the sandbox may be
// running; SQLite's WAL lets both use the database).
class KeyTool
{
public:
    // Returns the process exit code; output on stdout, errors on stderr.
    static int run(Store *store, const SandboxClock &clock, const QStringList &args);
};
