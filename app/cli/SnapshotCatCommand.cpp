#include "SnapshotCatCommand.h"

#include "Arguments.h"
#include "ExitCode.h"
#include "index/SnapshotIndex.h"

#include <QCommandLineParser>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

void SnapshotCatCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    addComponentOption(parser);
}

QString SnapshotCatCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 2, tr("the snapshot id and the path of a file"));
    if (!problem.isEmpty())
        return problem;
    m_snapshotId = parser.positionalArguments().at(0);
    m_typedPath = parser.positionalArguments().at(1);
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    problem
        = Arguments::firstProblem({problem, Arguments::checkSnapshotId(m_snapshotId), Arguments::checkSite(m_site)});
    if (!problem.isEmpty())
        return problem;
    m_component = componentOption(parser);
    m_path = cleanPath(m_typedPath, &problem);
    if (problem.isEmpty() && m_path.isEmpty())
        problem = tr("give the path of a file");
    return problem;
}

QString SnapshotCatCommand::notFoundText() const
{
    return noSuchSnapshot(m_site, m_snapshotId);
}

void SnapshotCatCommand::start()
{
    withApi([this](ApiClient *api) {
        fetchSnapshots(api, m_site, {m_snapshotId}, SnapshotFetch::Need::Archive,
                       [this](const QList<Snapshot> &) { write(); });
    });
}

void SnapshotCatCommand::write()
{
    // The index answers "is it a file?" at once, before the archive is read.
    const auto index = openIndex(m_snapshotId);
    if (!index)
        return;
    const std::optional<IndexEntry> entry = index->entry(m_component, m_path);
    if (!entry) {
        fail(ExitCode::NotFound, tr("There is no \"%1\" in snapshot %2.").arg(m_typedPath, m_snapshotId));
        return;
    }
    if (!entry->hasContent()) {
        fail(ExitCode::Usage, tr("\"%1\" is not a file.").arg(m_typedPath),
             entry->isDir() ? tr("List it with 'mf snapshot ls'.") : QString());
        return;
    }
    const QString archive = cache().archivePath(m_snapshotId);
    connect(&m_writing, &QFutureWatcherBase::finished, this, &SnapshotCatCommand::onWritten);
    m_writing.setFuture(QtConcurrent::run([archive, component = m_component, path = m_path, cancel = m_cancel] {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            EntryExtractor::Result r;
            r.error = out.errorString();
            return r;
        }
        return EntryExtractor::read(archive, component, path, &out, cancel.get());
    }));
}

void SnapshotCatCommand::onWritten()
{
    if (isFinished())
        return;
    const EntryExtractor::Result r = m_writing.result();
    if (!r.ok) {
        fail(ExitCode::Error, r.error);
        return;
    }
    finish(ExitCode::Ok);
}

void SnapshotCatCommand::interrupt()
{
    *m_cancel = true;
    IndexedCommand::interrupt();
}
