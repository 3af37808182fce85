#pragma once

#include <QString>

struct ApiError;
struct TransferError;

// The exit statuses of `mf`, part of its interface for scripts (docs/cli.md, `mf --help`).
namespace ExitCode {

enum : int {
    Ok = 0,
    Error = 1,         // anything not listed below (server error, failed job, file error, …)
    Usage = 2,         // bad arguments, or a confirmation that needs --yes without a terminal
    Auth = 3,          // not signed in, key missing, refused (401) or not allowed (403)
    NotFound = 4,      // no such site, environment, snapshot or job
    Conflict = 5,      // the environment is busy, the snapshot is not ready, too many requests
    Network = 6,       // the platform could not be reached, even after retries
    Verification = 7,  // a download did not match its checksum
    Interrupted = 130, // Ctrl-C (128 + SIGINT, as shells report it)
};

int forApiError(const ApiError &error);
int forTransferError(const TransferError &error);
// The table printed by `mf --help`.
QString helpText();

} // namespace ExitCode
