#pragma once

#include <QTest>

// A tool a test needs is missing: on a developer's machine the test is skipped with the reason;
// in CI (CI=true, as .ci/run runs) it fails, so a package left out of scripts/deps.sh cannot
// turn a check into a green skip.
#define MF_SKIP_OUTSIDE_CI(message)                                                                   \
    do {                                                                                             \
        if (qEnvironmentVariableIsSet("CI"))                                                         \
            QFAIL(message);                                                                          \
        else                                                                                         \
            QSKIP(message);                                                                          \
    } while (false)
