#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Me;

// One signed-in API key, as remembered between runs. Everything here is safe to keep in settings
// and to show: the key itself lives only in the OS keychain (CredentialStore), under id.
struct Account
{
    QString id;               // local uuid, also the keychain entry's name
    QString displayName;      // what lists show; defaults to "organization (email)"
    QUrl apiUrl;              // base URL, e.g. https://api.managed.dev/v1
    QString keyPrefix;        // first 12 characters of the key (mfk_live_a1b)
    QString keyMode;          // live | test
    QString organizationId;
    QString organizationName;
    QString accountId;        // acct_…
    QString accountName;
    QString email;
    QString plan;
    QStringList scopes;

    bool isValid() const { return !id.isEmpty() && apiUrl.isValid(); }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }

    // Copies who the key belongs to from GET /me, keeping id, apiUrl and a custom displayName.
    void updateFrom(const Me &me);
    static QString defaultDisplayName(const Me &me);
    static QString newId();
};

Q_DECLARE_METATYPE(Account)
