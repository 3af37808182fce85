#pragma once

#include "api/ApiError.h"

#include <QMetaType>
#include <QString>

// Why a transfer stopped. `message` is a translated sentence for people; `kind` is for code
// (the CLI's exit status, whether the GUI offers "Resume" or "Download again").
struct TransferError
{
    enum class Kind {
        None,
        Network,          // the server or network failed, retries exhausted (resumable)
        Http,             // the API refused (401, 403, 404, 409 snapshot_not_ready, …); api says which
        BadResponse,      // the server broke the contract (no checksum, wrong range, too many bytes)
        ChecksumMismatch, // the bytes did not match X-Checksum-SHA256; the .part was removed
        NoSpace,          // not enough free space to start (nothing written)
        DiskFull,         // writing failed mid-way; the .part is kept for resume
        FileError,        // could not create, open or rename a local file
        FileExists,       // the destination exists and the policy says not to pick another name
        UnsafeFile,       // the .part's name holds a link or a file that is not ours: never written
    };

    Kind kind = Kind::None;
    QString message;
    ApiError api; // filled for Network and Http, so ErrorText and request ids are available

    bool isError() const { return kind != Kind::None; }
    // Whether "Resume" makes sense: the .part is still there and may be continued.
    bool isResumable() const
    {
        return kind == Kind::Network || kind == Kind::DiskFull || kind == Kind::Http
               || kind == Kind::BadResponse || kind == Kind::FileError;
    }
    // Whether "Download again" makes sense: nothing usable was kept (damaged bytes were deleted,
    // or there was no room to start), and starting over may well work.
    bool startsOver() const { return kind == Kind::ChecksumMismatch || kind == Kind::NoSpace; }
};

Q_DECLARE_METATYPE(TransferError)
