#pragma once

#include <QLoggingCategory>

// mf.index: building, opening and evicting snapshot indexes. Paths inside archives may be logged
// (they are the user's own file names); never a URL or key.
Q_DECLARE_LOGGING_CATEGORY(lcIndex)
