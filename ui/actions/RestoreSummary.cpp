#include "RestoreSummary.h"

#include "util/Format.h"

#include <QLocale>

QString RestoreSummary::formatTime(const QDateTime &utc)
{
    return Format::dateTime(utc);
}

namespace {

// "the one from 24 Nov 2026 09:30" or, from another environment, "the one from production's
// snapshot of 24 Nov 2026 09:30" — a cross-environment restore must say where the data comes from.
QString sourcePhrase(const RestoreSummary::Input &in, bool plural)
{
    const QString when = RestoreSummary::formatTime(in.snapshotTime);
    if (in.sourceEnvironment == in.targetEnvironment) {
        return plural ? RestoreSummary::tr("those from %1").arg(when)
                      : RestoreSummary::tr("the one from %1").arg(when);
    }
    return plural ? RestoreSummary::tr("those from the %1 snapshot of %2").arg(in.sourceEnvironment, when)
                  : RestoreSummary::tr("the one from the %1 snapshot of %2").arg(in.sourceEnvironment, when);
}

} // namespace

QString RestoreSummary::whatChanges(const Input &in)
{
    const QString where = in.siteName + QStringLiteral(" / ") + in.targetEnvironment;
    if (in.database && in.files) {
        return tr("The database and the files of %1 will be replaced by %2. Files added since then will be "
                  "deleted.")
            .arg(where, sourcePhrase(in, true));
    }
    if (in.database) {
        return tr("The database of %1 will be replaced by %2. Files will not change.")
            .arg(where, sourcePhrase(in, false));
    }
    if (in.files) {
        return tr("The files of %1 will be replaced by %2; files added since then will be deleted. The "
                  "database will not change.")
            .arg(where, sourcePhrase(in, true));
    }
    return tr("Nothing is selected: choose the database, the files or both.");
}

QString RestoreSummary::safetyNote(const Input &in)
{
    if (in.safetySnapshot) {
        return tr("First a safety snapshot of %1 / %2 is taken as it is now; the restore starts only once it "
                  "is ready, so you can go back to it.")
            .arg(in.siteName, in.targetEnvironment);
    }
    return tr("No safety snapshot will be taken: the current state of %1 / %2 cannot be brought back "
              "unless another snapshot has it.")
        .arg(in.siteName, in.targetEnvironment);
}

QString RestoreSummary::done(const Input &in)
{
    const QString where = in.siteName + QStringLiteral(" / ") + in.targetEnvironment;
    const QString when = in.sourceEnvironment == in.targetEnvironment
        ? formatTime(in.snapshotTime)
        : tr("the %1 snapshot of %2").arg(in.sourceEnvironment, formatTime(in.snapshotTime));
    if (in.database && in.files)
        return tr("The database and the files of %1 are now those of %2.").arg(where, when);
    if (in.database)
        return tr("The database of %1 is now the one of %2. Files did not change.").arg(where, when);
    return tr("The files of %1 are now those of %2. The database did not change.").arg(where, when);
}
