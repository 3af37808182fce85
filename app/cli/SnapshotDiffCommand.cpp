#include "SnapshotDiffCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "index/SnapshotDiff.h"
#include "index/SnapshotIndex.h"

#include <QCommandLineParser>

void SnapshotDiffCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
}

QString SnapshotDiffCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 2, tr("the older and the newer snapshot id"));
    if (!problem.isEmpty())
        return problem;
    m_old = parser.positionalArguments().at(0);
    m_new = parser.positionalArguments().at(1);
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    return Arguments::firstProblem(
        {problem, Arguments::checkSnapshotId(m_old), Arguments::checkSnapshotId(m_new), Arguments::checkSite(m_site)});
}

QString SnapshotDiffCommand::notFoundText() const
{
    return tr("There is no snapshot '%1' or '%2' of site '%3'.").arg(m_old, m_new, m_site);
}

void SnapshotDiffCommand::start()
{
    withApi([this](ApiClient *api) {
        fetchSnapshots(api, m_site, {m_old, m_new}, SnapshotFetch::Need::Index,
                       [this](const QList<Snapshot> &) { compare(); });
    });
}

void SnapshotDiffCommand::compare()
{
    const auto older = openIndex(m_old);
    if (!older)
        return;
    const auto newer = openIndex(m_new);
    if (!newer)
        return;
    const SnapshotDiff diff = SnapshotDiff::compare(*older, *newer);
    if (json()) {
        printJson(diff.toJson());
        finish(ExitCode::Ok);
        return;
    }
    print(diff);
    finish(ExitCode::Ok);
}

void SnapshotDiffCommand::print(const SnapshotDiff &diff)
{
    // An explicit QString: with QT_USE_QSTRINGBUILDER a deduced type would refer to temporaries.
    const auto change = [](qint64 bytes) -> QString {
        return bytes >= 0 ? QStringLiteral("+") + Display::size(bytes) : QStringLiteral("-") + Display::size(-bytes);
    };
    // One numerus message per count: English has no catalogue to pick singular or plural from.
    term().outLine(tr("Files: %1 added, %2 removed, %3 changed.")
                       .arg(diff.added.size())
                       .arg(diff.removed.size())
                       .arg(diff.changed.size()));
    for (const SnapshotDiff::FileChange &c : diff.added)
        term().outLine(tr("  + %1  (%2)").arg(c.path, Display::size(c.sizeNew)));
    for (const SnapshotDiff::FileChange &c : diff.removed)
        term().outLine(tr("  - %1  (%2)").arg(c.path, Display::size(c.sizeOld)));
    for (const SnapshotDiff::FileChange &c : diff.changed) {
        term().outLine(tr("  ~ %1  (%2 → %3, %4)")
                           .arg(c.path, Display::size(c.sizeOld), Display::size(c.sizeNew), change(c.sizeChange())));
    }
    if (!diff.dbKnown) {
        term().outLine(tr("Database: not in both snapshots."));
        return;
    }
    if (diff.tables.isEmpty()) {
        term().outLine(diff.dbChanged ? tr("Database: changed, with the same tables and row counts.")
                                      : tr("Database: unchanged."));
        return;
    }
    term().outLine(tr("Database, tables that differ: %1.").arg(diff.tables.size()));
    const auto rows = [](qint64 n) -> QString { return n < 0 ? Display::dash() : QString::number(n); };
    for (const SnapshotDiff::TableChange &t : diff.tables) {
        switch (t.kind) {
        case SnapshotDiff::TableChange::Kind::Added:
            term().outLine(tr("  + table %1  (%2 rows)").arg(t.name, rows(t.rowsNew)));
            break;
        case SnapshotDiff::TableChange::Kind::Removed:
            term().outLine(tr("  - table %1  (%2 rows)").arg(t.name, rows(t.rowsOld)));
            break;
        case SnapshotDiff::TableChange::Kind::Changed:
            term().outLine(
                t.schemaChanged()
                    ? tr("  ~ table %1  (rows %2 → %3, schema changed)").arg(t.name, rows(t.rowsOld), rows(t.rowsNew))
                    : tr("  ~ table %1  (rows %2 → %3)").arg(t.name, rows(t.rowsOld), rows(t.rowsNew)));
            break;
        }
    }
}
