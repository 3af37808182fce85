#pragma once

#include <QByteArray>
#include <QString>

// File names suggested by a server become local paths: they are reduced to a plain base name
// before any use, so a hostile Content-Disposition can never write outside the chosen folder.
namespace SafeFileName {

// The name used when nothing usable is left.
QString fallback();

// Reduces any text to a safe base name: no directory part (`/` or `\`), no drive letter, no
// control or reserved characters, no leading dots (hidden files, `..`), bounded length.
// Returns fallback() when nothing is left.
QString sanitize(const QString &name);

// Empty when `name`, typed by a person as a file name, can be used exactly as typed; else a
// translated sentence saying why not (empty, ".", "..", a '/' or '\\', a control character, too
// long). Unlike sanitize() it never changes the name: a changed name could be another file.
QString checkTyped(const QString &name);

// The filename (RFC 6266: `filename*=UTF-8''…` preferred over `filename="…"`) of a
// Content-Disposition header value, passed through sanitize(). fallback() when absent.
QString fromContentDisposition(const QByteArray &headerValue);

// `name`, or the first of "stem (1).ext", "stem (2).ext", … for which neither the file nor its
// ".part" exists in dir. Double extensions like ".tar.gz" are kept together.
QString unique(const QString &dir, const QString &name);

// Like unique(), and also reserves the name by creating its empty ".part" exclusively (O_EXCL):
// two downloads choosing at the same moment, in this process or another, never share a .part.
// With rename=false only `name` itself is tried. On failure `name` is empty and `error` says
// why: the name is taken (rename=false) or the folder refuses the file.
struct Claim
{
    QString name;
    QString error;
    bool taken = false; // failed because the name exists, not because of the folder
};
Claim claim(const QString &dir, const QString &name, bool rename);

// Splits "a.tar.gz" into "a" and ".tar.gz"; "a.txt" into "a" and ".txt".
void splitExtension(const QString &name, QString *stem, QString *extension);

} // namespace SafeFileName
