#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// GET /me: who a key belongs to.
struct Me
{
    QString accountId;
    QString accountName;
    QString email;
    QString organizationId;
    QString organizationName;
    QString plan;        // kept as sent: plans may be added
    QString keyPrefix;   // first 12 characters of the key, safe to show and store
    QString keyMode;     // "live" | "test" | unknown kept as sent
    QStringList scopes;
    QDateTime keyExpiresAt; // invalid = no expiry
};
