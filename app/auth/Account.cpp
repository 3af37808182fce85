#include "Account.h"

#include "api/Me.h"

#include <QCoreApplication>
#include <QUuid>

void Account::updateFrom(const Me &me)
{
    // A name the user picked survives a re-validation; a generated one follows the organization.
    const bool generatedName = displayName.isEmpty() || displayName == organizationName
                               || displayName.startsWith(organizationName + QLatin1String(" ("));
    keyPrefix = me.keyPrefix;
    keyMode = me.keyMode;
    organizationId = me.organizationId;
    organizationName = me.organizationName;
    accountId = me.accountId;
    accountName = me.accountName;
    email = me.email;
    plan = me.plan;
    scopes = me.scopes;
    if (generatedName)
        displayName = defaultDisplayName(me);
}

QString Account::defaultDisplayName(const Me &me)
{
    if (me.email.isEmpty())
        return me.organizationName;
    return QCoreApplication::translate("Account", "%1 (%2)").arg(me.organizationName, me.email);
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
