#include "SnapshotLsCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "index/SnapshotIndex.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonObject entryJson(const IndexEntry &e)
{
    static const char *const types[] = {"file", "dir", "symlink", "hardlink", "other"};
    QJsonObject o {
        {QStringLiteral("path"), e.path},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("type"), QString::fromLatin1(types[int(e.type)])},
        {QStringLiteral("size"), double(e.size)},
        {QStringLiteral("mode"), QStringLiteral("%1").arg(e.mode, 4, 8, QLatin1Char('0'))},
        {QStringLiteral("mtime"), e.mtime.isValid() ? QJsonValue(e.mtime.toString(Qt::ISODate)) : QJsonValue()}};
    if (e.hasContent())
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
    if (!e.linkTarget.isEmpty())
        o.insert(QStringLiteral("link_target"), e.linkTarget);
    if (e.isDir())
        o.insert(QStringLiteral("file_count"), double(e.fileCount));
    return o;
}
} // namespace

void SnapshotLsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    addComponentOption(parser);
}

QString SnapshotLsCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return tr("expected the snapshot id and at most one path");
    m_snapshotId = args.at(0);
    m_typedPath = args.value(1);
    QString problem;
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    problem
        = Arguments::firstProblem({problem, Arguments::checkSnapshotId(m_snapshotId), Arguments::checkSite(m_site)});
    if (!problem.isEmpty())
        return problem;
    m_component = componentOption(parser);
    m_path = cleanPath(m_typedPath, &problem);
    return problem;
}

QString SnapshotLsCommand::notFoundText() const
{
    return noSuchSnapshot(m_site, m_snapshotId);
}

void SnapshotLsCommand::start()
{
    withApi([this](ApiClient *api) {
        fetchSnapshots(api, m_site, {m_snapshotId}, SnapshotFetch::Need::Index,
                       [this](const QList<Snapshot> &) { list(); });
    });
}

QString SnapshotLsCommand::typeText(const IndexEntry &e)
{
    switch (e.type) {
    case IndexEntry::Type::Dir:
        return e.name + QLatin1Char('/');
    case IndexEntry::Type::Symlink:
        return tr("%1 -> %2").arg(e.name, e.linkTarget);
    case IndexEntry::Type::Hardlink:
        return tr("%1 => %2").arg(e.name, e.linkTarget);
    default:
        return e.name;
    }
}

void SnapshotLsCommand::list()
{
    const auto index = openIndex(m_snapshotId);
    if (!index)
        return;
    const std::optional<IndexEntry> here = index->entry(m_component, m_path);
    const bool hasComponent = m_component == IndexComponent::Files ? index->info().hasFiles : index->info().hasDb;
    if (!here && !(m_path.isEmpty() && !hasComponent)) {
        fail(ExitCode::NotFound, tr("There is no \"%1\" in snapshot %2.").arg(m_typedPath, m_snapshotId),
             tr("List its parent folder to see what is there."));
        return;
    }
    const QList<IndexEntry> entries = !here ? QList<IndexEntry>()
        : here->isDir()                     ? index->children(m_component, m_path)
                                            : QList<IndexEntry> {*here};
    const QList<IndexTable> tables
        = m_component == IndexComponent::Db && m_path.isEmpty() ? index->tables() : QList<IndexTable>();
    if (json()) {
        QJsonArray list;
        for (const IndexEntry &e : entries)
            list.append(entryJson(e));
        QJsonObject out {{QStringLiteral("snapshot_id"), m_snapshotId},
                         {QStringLiteral("component"),
                          m_component == IndexComponent::Db ? QStringLiteral("db") : QStringLiteral("files")},
                         {QStringLiteral("path"), m_path},
                         {QStringLiteral("entries"), list}};
        if (m_component == IndexComponent::Db && m_path.isEmpty()) {
            QJsonArray tablesJson;
            for (const IndexTable &t : tables) {
                tablesJson.append(
                    QJsonObject {{QStringLiteral("name"), t.name},
                                 {QStringLiteral("rows"), t.rows < 0 ? QJsonValue() : QJsonValue(double(t.rows))},
                                 {QStringLiteral("schema"), t.schema},
                                 {QStringLiteral("source"), t.source}});
            }
            out.insert(QStringLiteral("tables"), tablesJson);
        }
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (entries.isEmpty() && tables.isEmpty()) {
        term().errLine(here ? tr("The folder is empty.") : tr("This snapshot has no such component."));
        finish(ExitCode::Ok);
        return;
    }
    if (!entries.isEmpty()) {
        TextTable table({tr("SIZE"), tr("MODIFIED"), tr("NAME")});
        for (const IndexEntry &e : entries)
            table.addRow({Display::size(e.size), e.mtime.isValid() ? Display::timestamp(e.mtime) : Display::dash(),
                          typeText(e)});
        term().out(table.toString());
    }
    if (!tables.isEmpty()) {
        if (!entries.isEmpty())
            term().outLine(QString());
        TextTable table({tr("TABLE"), tr("ROWS")});
        for (const IndexTable &t : tables)
            table.addRow({t.name, t.rows < 0 ? Display::dash() : QString::number(t.rows)});
        term().out(table.toString());
    }
    finish(ExitCode::Ok);
}
