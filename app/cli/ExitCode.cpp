#include "ExitCode.h"

#include "api/ApiError.h"
#include "transfer/TransferError.h"

#include <QCoreApplication>

namespace ExitCode {

int forApiError(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Network;
    case ApiError::Kind::InsecureUrl:
        return Usage;
    case ApiError::Kind::Cancelled:
        return Interrupted;
    case ApiError::Kind::NoCredentials:
        return Auth;
    case ApiError::Kind::BadResponse:
        return Error;
    case ApiError::Kind::Http:
        break;
    }
    switch (e.httpStatus) {
    case 400:
        return Usage;
    case 401:
    case 403:
        return Auth;
    case 404:
        return NotFound;
    case 409:
    case 429:
        return Conflict;
    case 422:
        return e.isCode("idempotency_key_reused") ? Conflict : Usage;
    default:
        return Error;
    }
}

int forTransferError(const TransferError &e)
{
    switch (e.kind) {
    case TransferError::Kind::None:
        return Ok;
    case TransferError::Kind::ChecksumMismatch:
        return Verification;
    case TransferError::Kind::Network:
    case TransferError::Kind::Http:
        return forApiError(e.api) == Ok ? Error : forApiError(e.api);
    case TransferError::Kind::BadResponse:
    case TransferError::Kind::NoSpace:
    case TransferError::Kind::DiskFull:
    case TransferError::Kind::FileError:
    case TransferError::Kind::FileExists:
    case TransferError::Kind::UnsafeFile:
        return Error;
    }
    return Error;
}

QString helpText()
{
    return QCoreApplication::translate("ExitCode",
        "Exit codes:\n"
        "  0    success\n"
        "  1    error (server error, failed job, file error, …)\n"
        "  2    usage: bad arguments, or a confirmation needed (--yes) without a terminal\n"
        "  3    authentication: not signed in, key missing, revoked, expired or not allowed\n"
        "  4    not found: no such site, environment, snapshot or job\n"
        "  5    conflict: environment busy, snapshot not ready, rate limited\n"
        "  6    network: the platform could not be reached\n"
        "  7    verification failed: a download did not match its checksum\n"
        "  130  interrupted (Ctrl-C)\n");
}

} // namespace ExitCode
