#include "AppIdentity.h"

#include <QCoreApplication>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("managed.dev"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("managed.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Managed Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MF_VERSION));
}

} // namespace AppIdentity
