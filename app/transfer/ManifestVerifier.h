#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

// Checks an extracted snapshot archive against its manifest.json, as SEMANTICS.md "Archive
// layout" defines: each component's sha256 is the SHA-256 of the lines
// "<hex sha256 of content>  <relative path>\n" of the files under the component's folder, sorted
// by the bytes of their relative paths.
namespace ManifestVerifier {

struct Result
{
    bool ok = false;
    QString error;             // translated, when !ok
    QStringList components;    // verified component names ("db", "files")
};

// Blocking (reads every file); run it off the GUI thread.
Result verify(const QString &root, const std::atomic_bool *cancel = nullptr);

// The component digest of the folder `root/componentPath` (e.g. "files/"); empty on read error.
QByteArray componentDigest(const QString &root, const QString &componentPath, QString *error = nullptr,
                           const std::atomic_bool *cancel = nullptr);

} // namespace ManifestVerifier
