#include "SnapshotDownloadCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "api/ApiClient.h"
#include "transfer/ExtractionTarget.h"
#include "transfer/RequestFactory.h"
#include "transfer/SafeFileName.h"
#include "transfer/TransferManager.h"
#include "util/Format.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

void SnapshotDownloadCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    parser.addOption({QStringLiteral("db"), tr("Only the database.")});
    parser.addOption({QStringLiteral("files"), tr("Only the files.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Where to write: a folder (the server's file name is used) or a file name. "
                         "Default: the current folder."),
                      tr("PATH")});
    parser.addOption({QStringLiteral("force"), tr("Replace the file named by --output if it exists.")});
    parser.addOption({QStringLiteral("extract"),
                      tr("Then unpack the verified archive into DIR (new or empty) and check every component "
                         "against its manifest."),
                      tr("DIR")});
}

QString SnapshotDownloadCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the snapshot id"));
    if (!problem.isEmpty())
        return problem;
    m_snapshotId = parser.positionalArguments().constFirst();
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    const bool db = parser.isSet(QStringLiteral("db"));
    const bool files = parser.isSet(QStringLiteral("files"));
    // Both flags, or neither, mean the whole archive (no selectors: the platform's default).
    if (db != files)
        m_selectors << (db ? QStringLiteral("db") : QStringLiteral("files"));
    m_force = parser.isSet(QStringLiteral("force"));
    problem = Arguments::firstProblem({problem, Arguments::checkSnapshotId(m_snapshotId), Arguments::checkSite(m_site)});
    if (!problem.isEmpty())
        return problem;

    if (parser.isSet(QStringLiteral("extract"))) {
        m_extractTo = QDir::cleanPath(QFileInfo(parser.value(QStringLiteral("extract"))).absoluteFilePath());
        // Refused now rather than after a long download: extraction needs a new or empty folder.
        problem = ExtractionTarget::problem(m_extractTo);
        if (!problem.isEmpty())
            return problem;
    }
    const QString output = parser.value(QStringLiteral("output"));
    const QFileInfo target(output.isEmpty() ? QDir::currentPath() : output);
    if (output.isEmpty() || target.isDir() || output.endsWith(QLatin1Char('/'))) {
        // Clean ("dir/" as shell completion writes it is "dir"), so records and messages agree.
        m_directory = QDir::cleanPath(target.absoluteFilePath());
        if (!target.isDir())
            return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(m_directory));
    } else {
        m_directory = target.absolutePath();
        m_fileName = target.fileName();
        if (!QFileInfo(m_directory).isDir())
            return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(m_directory));
        // The name as typed, or refused: never quietly turned into another file's name.
        problem = SafeFileName::checkTyped(m_fileName);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void SnapshotDownloadCommand::start()
{
    withApi([this](ApiClient *api) { begin(api); });
}

void SnapshotDownloadCommand::begin(ApiClient *api)
{
    // Records of unfinished downloads live with the CLI's data, one folder per API, so a second
    // run can resume; they hold the API URL and file names, never the key or a signed URL.
    const QByteArray apiHash = QCryptographicHash::hash(api->baseUrl().toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    TransferManager::Options options;
    options.maxConcurrent = 1;
    options.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                             + QStringLiteral("/mf-downloads/") + QString::fromLatin1(apiHash);
    options.updateIntervalMs = 200;
    options.download.conflict = m_fileName.isEmpty() ? Download::ConflictPolicy::Rename
                                : m_force           ? Download::ConflictPolicy::Overwrite
                                                    : Download::ConflictPolicy::Fail;
    m_manager = new TransferManager(RequestFactory::forApi(api), options, this);
    connect(m_manager, &TransferManager::transferChanged, this, &SnapshotDownloadCommand::onChanged);
    connect(m_manager, &TransferManager::transferFinished, this, &SnapshotDownloadCommand::onFinished);
    m_manager->restore();

    TransferManager::Request request = TransferManager::snapshotRequest(*api, m_site, m_snapshotId, m_selectors, m_directory);
    request.fileName = m_fileName;
    request.fileNameAsTyped = !m_fileName.isEmpty(); // used as typed, or refused with a sentence
    m_id = m_manager->adoptResumable(request);
    if (!m_id.isEmpty()) {
        const TransferInfo info = m_manager->transfer(m_id);
        if (!json() && info.bytesDone > 0)
            term().errLine(tr("Resuming %1 at %2.").arg(info.fileName, Display::size(info.bytesDone)));
        m_manager->resume(m_id);
        return;
    }
    term().progress(tr("Requesting the archive…"));
    m_id = m_manager->add(request);
    // add() refuses some requests at once (a file that exists, without --force) and reports that
    // before it returns, while m_id was still unknown to onFinished(): look at what it left.
    const TransferInfo info = m_manager->transfer(m_id);
    if (info.state == TransferInfo::State::Failed || info.state == TransferInfo::State::Completed)
        report(info);
}

void SnapshotDownloadCommand::onChanged(const QString &id)
{
    if (id != m_id || isFinished())
        return;
    const TransferInfo info = m_manager->transfer(id);
    if (m_pausing && !info.isActive() && info.state != TransferInfo::State::Queued) {
        if (!json())
            term().errLine(tr("Paused with %1 downloaded. Run the same command again to resume.")
                               .arg(Display::size(info.bytesDone)));
        Command::interrupt();
        return;
    }
    const QString name = info.fileName.isEmpty() ? m_snapshotId : info.fileName;
    if (info.state == TransferInfo::State::Verifying) {
        term().progress(tr("Verifying %1…").arg(name));
    } else if (info.state == TransferInfo::State::Running && info.totalBytes > 0) {
        const int percent = int(info.bytesDone * 100 / info.totalBytes);
        QString line = tr("Downloading %1  %2%  %3 of %4")
                           .arg(name).arg(percent).arg(Display::size(info.bytesDone), Display::size(info.totalBytes));
        if (info.bytesPerSecond > 0)
            line += QStringLiteral("  ") + Display::speed(info.bytesPerSecond);
        if (info.etaSeconds >= 0)
            line += QStringLiteral("  ") + Format::eta(info.etaSeconds);
        term().progress(line);
    }
}

void SnapshotDownloadCommand::onFinished(const QString &id)
{
    if (id != m_id || isFinished())
        return;
    report(m_manager->transfer(id));
}

void SnapshotDownloadCommand::report(const TransferInfo &info)
{
    switch (info.state) {
    case TransferInfo::State::Completed: {
        const QString path = QDir::toNativeSeparators(info.filePath);
        const QJsonObject downloaded{{QStringLiteral("path"), info.filePath},
                                     {QStringLiteral("sha256"), info.sha256},
                                     {QStringLiteral("size_bytes"), double(info.totalBytes)},
                                     {QStringLiteral("snapshot_id"), info.snapshotId},
                                     {QStringLiteral("selectors"), QJsonArray::fromStringList(info.selectors)},
                                     {QStringLiteral("verified"), true}};
        if (!json())
            term().outLine(tr("Downloaded %1 (%2), SHA-256 verified.").arg(path, Display::size(info.totalBytes)));
        m_manager->remove(info.id); // done: nothing left to resume
        if (!m_extractTo.isEmpty()) {
            extract(info.filePath, downloaded);
            return;
        }
        if (json())
            printJson(downloaded);
        finish(ExitCode::Ok);
        return;
    }
    case TransferInfo::State::Failed: {
        const TransferError e = info.error;
        QString hint;
        bool keep = true;
        if (e.isResumable() && e.kind != TransferError::Kind::Http)
            hint = tr("What was downloaded is kept; run the same command again to resume.");
        else if (e.kind == TransferError::Kind::FileExists)
            hint = tr("Choose another --output, or add --force to replace it.");
        else
            keep = false;
        if (e.api.isError())
            failApi(e.api, e.message, hint);
        else
            fail(ExitCode::forTransferError(e), e.message, hint);
        // Only once the failure is reported: removing a transfer reports it as cancelled, which
        // would otherwise end the command first, silently, as if interrupted.
        if (!keep)
            m_manager->remove(info.id);
        return;
    }
    case TransferInfo::State::Cancelled:
        Command::interrupt();
        return;
    case TransferInfo::State::Queued:
    case TransferInfo::State::Running:
    case TransferInfo::State::Verifying:
    case TransferInfo::State::Paused:
        return;
    }
}

void SnapshotDownloadCommand::extract(const QString &archivePath, const QJsonObject &downloaded)
{
    term().progress(tr("Extracting into %1…").arg(QDir::toNativeSeparators(m_extractTo)));
    m_extraction = new QFutureWatcher<ArchiveExtractor::Result>(this);
    connect(m_extraction, &QFutureWatcher<ArchiveExtractor::Result>::progressTextChanged, this, [this](const QString &phase) {
        if (!isFinished())
            term().progress(phase);
    });
    connect(m_extraction, &QFutureWatcher<ArchiveExtractor::Result>::finished, this,
            [this, archivePath, downloaded] { reportExtraction(archivePath, downloaded); });
    m_extraction->setFuture(ArchiveExtractor::extractAsync(archivePath, m_extractTo));
}

void SnapshotDownloadCommand::reportExtraction(const QString &archivePath, const QJsonObject &downloaded)
{
    if (isFinished())
        return;
    const QFuture<ArchiveExtractor::Result> future = m_extraction->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Command::interrupt();
        return;
    }
    const ArchiveExtractor::Result result = future.result();
    if (!result.ok) {
        // The archive itself was verified and stays: only its unpacked copy is refused.
        fail(ExitCode::Error, result.error,
             tr("The verified archive is kept as %1.").arg(QDir::toNativeSeparators(archivePath)));
        return;
    }
    if (json()) {
        QJsonObject out = downloaded;
        out.insert(QStringLiteral("extracted"),
                   QJsonObject{{QStringLiteral("directory"), result.directory},
                               {QStringLiteral("entries"), result.entries},
                               {QStringLiteral("components"), QJsonArray::fromStringList(result.components)},
                               {QStringLiteral("manifest_verified"), true}});
        printJson(out);
    } else {
        term().outLine(tr("Extracted %n entries into %1; checked against the archive's manifest: %2.", nullptr, result.entries)
                           .arg(QDir::toNativeSeparators(result.directory), Display::selectors(result.components)));
    }
    finish(ExitCode::Ok);
}

void SnapshotDownloadCommand::interrupt()
{
    if (m_extraction && m_extraction->isRunning()) {
        // ArchiveExtractor cleans its staging folder up; the finished signal then reports.
        m_extraction->cancel();
        return;
    }
    if (!m_manager || m_id.isEmpty() || m_pausing) {
        Command::interrupt();
        return;
    }
    const TransferInfo info = m_manager->transfer(m_id);
    if (!info.isActive() && info.state != TransferInfo::State::Queued) {
        Command::interrupt();
        return;
    }
    // Pausing flushes the .part and saves the record, so the next run continues from there.
    m_pausing = true;
    m_manager->pause(m_id);
    if (!isFinished() && !m_manager->transfer(m_id).isActive()
        && m_manager->transfer(m_id).state != TransferInfo::State::Queued)
        onChanged(m_id); // it stopped at once (nothing was in flight)
}
