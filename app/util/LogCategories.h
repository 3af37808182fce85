#pragma once

#include <QLoggingCategory>

// One category per area so a user can turn on exactly what support asks for, e.g.
// QT_LOGGING_RULES="mf.api.debug=true". No secret (API key, Authorization header, signed URL
// query) may ever be written to any of them.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcFleet)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
