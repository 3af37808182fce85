#pragma once

#include <QString>

struct ApiError;

// How an API error is shown to a person: ErrorText's sentence, with the request id beside it so
// the user can quote it to support. Never the raw server text alone. In the core so that every
// front end words it alike.
namespace ErrorDetails {

QString sentence(const ApiError &error);
// "Request id: req_…", or empty when the failure never reached the platform.
QString requestIdLine(const ApiError &error);
// Sentence and request id on separate lines: for message boxes and "Copy details".
QString fullText(const ApiError &error);
// Sentence and request id on one line: for banners, status-bar messages and panels.
QString oneLine(const ApiError &error);

} // namespace ErrorDetails
