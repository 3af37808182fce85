#include "IndexLog.h"

Q_LOGGING_CATEGORY(lcIndex, "mf.index", QtInfoMsg)
