#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// "Extract to folder" for a downloaded snapshot archive, safely: an archive is untrusted input.
//
// Entries are refused (and the whole extraction with them) when their path is absolute or climbs
// out with "..", when a link (symbolic or hard) points outside the folder, or when they are
// device files, FIFOs or sockets. libarchive's own guards (SECURE_NODOTDOT, SECURE_SYMLINKS) stay
// on as a second line. Everything is extracted into a hidden staging folder next to the target,
// checked against manifest.json (each component's SHA-256, see ManifestVerifier), and only then
// renamed to the target: a refused or damaged archive leaves nothing behind.
class ArchiveExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error;           // translated, when !ok
        QString directory;       // the target folder, when ok
        int entries = 0;         // extracted entries
        QStringList components;  // verified components
    };
    // permille 0–1000 of the archive read; phase is a translated short text. Return false to cancel.
    using Progress = std::function<bool(int permille, const QString &phase)>;

    // Blocking. `target` must not exist, or be an empty folder.
    static Result extract(const QString &archivePath, const QString &target, const Progress &progress = {});

    // Runs extract() on the global thread pool. The future's progress is 0–1000 with the phase as
    // progress text (watch it with QFutureWatcher); cancel() stops it and cleans up.
    static QFuture<Result> extractAsync(const QString &archivePath, const QString &target);

    // Empty when `path` (an entry's name) is a safe relative path; else why not (translated).
    static QString checkEntryPath(const QString &path);
    // Empty when a symbolic link at `entryPath` pointing at `target` stays inside the folder.
    static QString checkLinkTarget(const QString &entryPath, const QString &target);
};
