#pragma once

#include "IndexEntry.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

// Takes one file or one folder out of a cached (verified) snapshot archive, without unpacking the
// rest: "Save as…" in the explorer, `mf snapshot cat`, and the compare view's text diff.
//
// The rules are ArchiveExtractor's and ExtractionTarget's: a folder goes to a new or empty folder
// (ExtractionTarget::problem), through a hidden staging folder renamed into place at the end, so a
// refused or failed extraction leaves nothing; names are checked with checkEntryPath; modes are
// the archive's masked by the umask, never set-id or sticky bits; device files, FIFOs and sockets
// are skipped. A symbolic link whose target leaves the saved folder, and a hard link to a file
// outside it, are not created but listed in Result::skipped, so the user sees what is missing.
// A single file is written through a temporary file beside the target, then renamed.
class EntryExtractor
{
    Q_DECLARE_TR_FUNCTIONS(EntryExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated, when !ok
        QString target; // absolute path written, when ok
        qint64 files = 0; // regular files written
        qint64 bytes = 0;
        QStringList skipped; // entries not written, each "path: reason" (translated)
    };
    // bytes of the archive read so far, and its size. Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Blocking. `path` is an entry of `component` (relative to its root); a folder is saved with
    // everything below it. For a file, `target` is the file to write: an existing file is
    // replaced only with `overwrite` (the save dialog asked). For a folder, `target` must not
    // exist or be empty.
    static Result save(const QString &archivePath, IndexComponent component, const QString &path, const QString &target,
                       bool overwrite = false, const Progress &progress = {});
    // save() on the global thread pool; progress is 0–1000 (QFutureWatcher); cancel() stops it.
    static QFuture<Result> saveAsync(const QString &archivePath, IndexComponent component, const QString &path,
                                     const QString &target, bool overwrite = false);

    // Writes the content of one file (or a hard link's) to `out` as it is read. Fails when the
    // path is not a file in the archive. `cancel`, when set, stops it.
    static Result read(const QString &archivePath, IndexComponent component, const QString &path, QIODevice *out,
                       const std::atomic_bool *cancel = nullptr);
    // The content of one small file in memory (the text diff): a null QByteArray when it is not a
    // file of the archive or larger than maxBytes (an empty file gives an empty, non-null one).
    static QFuture<QByteArray> readSmallAsync(const QString &archivePath, IndexComponent component, const QString &path,
                                              qint64 maxBytes = 1 << 20);
};
