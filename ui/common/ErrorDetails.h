#pragma once

// ErrorDetails moved to the core library (util/ErrorDetails.h) so that the CLI and the core can
// word errors the same way; this keeps "common/ErrorDetails.h" compiling until every widget
// includes the core header.
#include "util/ErrorDetails.h"
