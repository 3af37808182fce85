#pragma once

#include <QList>
#include <QString>

// What the programs are built from, for About boxes and `--version` style reports: the
// libraries in use with the versions actually loaded at run time (not the headers' versions),
// so a support request tells what the user's machine really runs.
namespace BuildInfo {

struct Library {
    QString name;
    QString version;   // empty when the library cannot tell at run time
    QString licence;
    QString url;
};

QString version();            // Managed Desktop's own version
QList<Library> libraries();   // Qt, QtKeychain, OpenSSL, libarchive

} // namespace BuildInfo
