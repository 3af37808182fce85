#pragma once

// Who the programs are to Qt: organization, application name and version. The desktop app and
// `mf` share one identity so that they share one set of accounts (QSettings) and one cache.
namespace AppIdentity {
// Call once, right after the QCoreApplication is made and before anything reads settings.
void apply();
}
