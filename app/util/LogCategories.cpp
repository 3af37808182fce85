#include "LogCategories.h"

// Debug output is off by default: request lines are for diagnosis, not for every user's console.
Q_LOGGING_CATEGORY(lcApi, "mf.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "mf.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "mf.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "mf.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "mf.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mf.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFleet, "mf.fleet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "mf.notify", QtInfoMsg)
