#pragma once

#include "ApiError.h"

#include <QString>

// The one function that turns any ApiError (network error, HTTP status, platform code) into a
// translated sentence a person understands. Request ids are not part of the sentence: callers
// show ApiError::requestId beside it so it can be copied.
namespace ErrorText {
QString describe(const ApiError &error);
}
