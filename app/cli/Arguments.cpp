#include "Arguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

bool matches(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

const QString kUlid = QStringLiteral("[0-9A-HJKMNP-TV-Z]{26}");
const QString kName = QStringLiteral("[a-z0-9][a-z0-9-]{0,62}");
} // namespace

namespace Arguments {

QString required(const QCommandLineParser &parser, const QString &option, QString *problem)
{
    const QString value = parser.value(option);
    if (value.isEmpty() && problem->isEmpty())
        *problem = QCoreApplication::translate("Arguments", "--%1 is required").arg(option);
    return value;
}

QString checkSite(const QString &siteRef)
{
    if (matches(siteRef, QStringLiteral("site_") + kUlid) || matches(siteRef, kName))
        return {};
    return QCoreApplication::translate("Arguments", "'%1' is not a site id (site_…) or slug (like acme-store)").arg(siteRef);
}

QString checkEnvironment(const QString &name)
{
    if (matches(name, kName))
        return {};
    return QCoreApplication::translate("Arguments", "'%1' is not an environment name (like production)").arg(name);
}

QString checkSnapshotId(const QString &id)
{
    if (matches(id, QStringLiteral("snap_") + kUlid))
        return {};
    return QCoreApplication::translate("Arguments", "'%1' is not a snapshot id (snap_ and 26 characters)").arg(id);
}

QString checkJobId(const QString &id)
{
    if (matches(id, QStringLiteral("job_") + kUlid))
        return {};
    return QCoreApplication::translate("Arguments", "'%1' is not a job id (job_ and 26 characters)").arg(id);
}

QString checkLabel(const QString &label)
{
    if (label.size() <= 200)
        return {};
    return QCoreApplication::translate("Arguments", "a label is limited to 200 characters");
}

QString positional(const QCommandLineParser &parser, int count, const QString &what)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < count)
        return QCoreApplication::translate("Arguments", "%1 is missing").arg(what);
    if (args.size() > count)
        return QCoreApplication::translate("Arguments", "unexpected argument '%1'").arg(args.at(count));
    return {};
}

QString firstProblem(std::initializer_list<QString> problems)
{
    for (const QString &p : problems) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace Arguments
