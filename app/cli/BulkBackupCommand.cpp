#include "BulkBackupCommand.h"

#include "Arguments.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "fleet/SiteListing.h"
#include "jobs/BulkRunJournal.h"
#include "util/ErrorDetails.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimer>

using Outcome = BulkSnapshotRunner::Outcome;

namespace {
constexpr qint64 MaxSitesFileBytes = 4 * 1024 * 1024;
}

BulkBackupCommand::~BulkBackupCommand() = default;

void BulkBackupCommand::addBulkOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("all-sites"),
                      tr("Snapshot every site's environments (narrowed by --env, --site, --sites-from).")});
    parser.addOption({QStringLiteral("sites-from"), tr("With --all-sites: only the sites in FILE, one slug or id a line "
                                                       "('-' reads standard input)."), tr("FILE")});
    parser.addOption({QStringLiteral("concurrency"), tr("With --all-sites: at most N captures in flight (default: as "
                                                        "many as the rate limit allows)."), tr("N")});
}

bool BulkBackupCommand::wantsBulk(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("all-sites")) || parser.isSet(QStringLiteral("sites-from"));
}

QString BulkBackupCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
    if (!parser.isSet(QStringLiteral("all-sites")))
        return tr("--sites-from needs --all-sites");
    if (!parser.isSet(QStringLiteral("wait")))
        return tr("--all-sites needs --wait: a bulk run is followed until every environment has its snapshot");
    QStringList problems;
    for (const QString &site : parser.values(QStringLiteral("site"))) {
        problems << Arguments::checkSite(site);
        m_sites << site;
    }
    if (parser.isSet(QStringLiteral("sites-from")))
        problems << readSitesFile(parser.value(QStringLiteral("sites-from")));
    m_sites.removeDuplicates();
    m_env = parser.value(QStringLiteral("env"));
    if (parser.isSet(QStringLiteral("env")))
        problems << Arguments::checkEnvironment(m_env);
    m_label = parser.value(QStringLiteral("label"));
    problems << Arguments::checkLabel(m_label);
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 10000)
            problems << tr("--concurrency needs a number from 1 to 10000");
    }
    for (const QString &p : std::as_const(problems)) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

QString BulkBackupCommand::readSitesFile(const QString &path)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return tr("cannot read %1: %2").arg(path, file.errorString());
    const QByteArray data = file.read(MaxSitesFileBytes + 1);
    if (data.size() > MaxSitesFileBytes)
        return tr("%1 is larger than 4 MiB; a list of sites is far smaller").arg(path);
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    int before = int(m_sites.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (const QString problem = Arguments::checkSite(line); !problem.isEmpty())
            return tr("%1, line %2: %3").arg(path).arg(i + 1).arg(problem);
        m_sites << line;
    }
    if (m_sites.size() == before)
        return tr("%1 names no site (one slug or id a line; # starts a comment)").arg(path);
    return {};
}

void BulkBackupCommand::start()
{
    withApi([this](ApiClient *api) {
        term().progress(tr("Listing sites…"));
        m_listing = new SiteListing(api, {}, this);
        connect(m_listing, &SiteListing::finished, this, &BulkBackupCommand::onSitesListed);
    });
}

void BulkBackupCommand::onSitesListed()
{
    if (m_listing->error().isError()) {
        failApi(m_listing->error());
        return;
    }
    QHash<QString, const Site *> byRef;
    for (const Site &s : m_listing->sites()) {
        byRef.insert(s.slug, &s);
        byRef.insert(s.id, &s);
    }
    QList<const Site *> chosen;
    if (m_sites.isEmpty()) {
        for (const Site &s : m_listing->sites())
            chosen << &s;
    } else {
        QSet<const Site *> seen;
        for (const QString &ref : std::as_const(m_sites)) {
            const Site *s = byRef.value(ref);
            if (!s) {
                fail(ExitCode::NotFound, noSuchSite(ref), tr("List the sites with 'mf site list'."));
                return;
            }
            if (!seen.contains(s))
                chosen << s;
            seen.insert(s);
        }
    }
    QList<BulkSnapshotRunner::Target> targets;
    for (const Site *s : std::as_const(chosen)) {
        for (const Environment &e : s->environments) {
            if (m_env.isEmpty() || e.name == m_env)
                targets.append({s->slug, s->slug, e.name});
        }
    }
    if (targets.isEmpty()) {
        fail(ExitCode::NotFound, m_env.isEmpty() ? tr("There is no environment to snapshot.")
                                                 : tr("None of these sites has an environment named '%1'.").arg(m_env));
        return;
    }
    run(targets);
}

QString BulkBackupCommand::journalOwner()
{
    // Whose run it is, so that two accounts' identical runs are not one. A key from MF_API_KEY
    // has no account: a hash of it stands in (the key itself is never written anywhere).
    const Credentials &c = ctx().activeCredentials();
    if (!c.account.id.isEmpty())
        return c.account.id;
    const QByteArray who = c.apiUrl.toString().toUtf8() + '\n' + c.key.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex());
}

void BulkBackupCommand::run(const QList<BulkSnapshotRunner::Target> &targets)
{
    QStringList keys;
    for (const auto &t : targets)
        keys << BulkSnapshotRunner::targetKey(t);
    m_journal = new BulkRunJournal(BulkRunJournal::defaultDirectory(),
                                   BulkRunJournal::runId(journalOwner(), m_label, keys), this);
    QString error;
    if (!m_journal->open(m_label, &error)) {
        fail(ExitCode::Error, error);
        return;
    }
    m_runner = new BulkSnapshotRunner(ctx().api(), targets, m_label, this);
    m_runner->setConcurrency(m_concurrency);
    m_runner->setJournal(m_journal);
    connect(m_runner, &BulkSnapshotRunner::unauthorized, this, [this] { m_unauthorized = true; });
    connect(m_runner, &BulkSnapshotRunner::finished, this, &BulkBackupCommand::onFinished);
    m_runner->start();
    if (m_runner->isFinished())
        return;
    if (!json()) {
        const int done = m_runner->count(Outcome::Done);
        if (m_journal->isContinued())
            term().errLine(tr("Continuing the run started %1: %2 of %3 environments already have their snapshot.")
                               .arg(QLocale().toString(m_journal->startedAt().toLocalTime(), QLocale::ShortFormat))
                               .arg(done)
                               .arg(targets.size()));
        else
            term().errLine(tr("Taking a snapshot of %n environment(s); if this is interrupted, the same command "
                              "continues the run.", nullptr, int(targets.size())));
    }
    m_ticker = new QTimer(this);
    connect(m_ticker, &QTimer::timeout, this, &BulkBackupCommand::showProgress);
    m_ticker->start(500);
    showProgress();
}

void BulkBackupCommand::showProgress()
{
    if (!m_runner || json())
        return;
    const int left = m_runner->secondsLeft();
    const QString eta = left < 0 ? tr("estimating time left") : tr("about %1 left").arg(
                                       left >= 60 ? tr("%1 min %2 s").arg(left / 60).arg(left % 60) : tr("%1 s").arg(left));
    term().progress(tr("%1 of %2 done, %3 running, %4 failed, %5")
                        .arg(m_runner->count(Outcome::Done))
                        .arg(m_runner->entries().size())
                        .arg(m_runner->inFlight())
                        .arg(m_runner->count(Outcome::Failed))
                        .arg(eta));
}

void BulkBackupCommand::onFinished()
{
    if (m_ticker)
        m_ticker->stop();
    term().clearProgress();
    if (json())
        printJsonReport();
    else
        printTable();
    const int total = int(m_runner->entries().size());
    const int done = m_runner->count(Outcome::Done);
    if (!json()) {
        term().errLine(tr("%1 of %n environment(s) got their snapshot.", nullptr, total).arg(done));
        if (done < total)
            term().errLine(tr("Run the same command again to continue: what is done stays done."));
    }
    if (done == total)
        finish(ExitCode::Ok);
    else if (m_unauthorized)
        finish(ExitCode::Auth);
    else
        finish(m_stopping ? int(ExitCode::Interrupted) : int(ExitCode::Error));
}

void BulkBackupCommand::printTable()
{
    TextTable table({tr("SITE"), tr("ENVIRONMENT"), tr("RESULT"), tr("SNAPSHOT"), tr("DETAIL")});
    for (const BulkSnapshotRunner::Entry &e : m_runner->entries()) {
        QString detail = e.reason;
        if (e.outcome == Outcome::Done && e.joined)
            detail = tr("joined a capture that was already running");
        else if (e.outcome == Outcome::Done && e.earlier)
            detail = tr("done by an earlier start of this run");
        if (!e.requestId.isEmpty())
            detail += u' ' + tr("(request id %1)").arg(e.requestId);
        table.addRow({e.target.siteName, e.target.environment, BulkSnapshotRunner::outcomeText(e.outcome),
                      e.snapshotId, detail.simplified()});
    }
    term().out(table.toString());
}

void BulkBackupCommand::printJsonReport()
{
    QJsonArray envs;
    for (const BulkSnapshotRunner::Entry &e : m_runner->entries()) {
        QJsonObject o{{QStringLiteral("site"), e.target.siteRef},
                      {QStringLiteral("environment"), e.target.environment},
                      {QStringLiteral("status"), BulkSnapshotRunner::outcomeKey(e.outcome)},
                      {QStringLiteral("snapshot_id"), e.snapshotId.isEmpty() ? QJsonValue() : QJsonValue(e.snapshotId)},
                      {QStringLiteral("job_id"), e.jobId.isEmpty() ? QJsonValue() : QJsonValue(e.jobId)},
                      {QStringLiteral("error"), e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)},
                      {QStringLiteral("request_id"), e.requestId.isEmpty() ? QJsonValue() : QJsonValue(e.requestId)},
                      {QStringLiteral("joined"), e.joined}};
        envs.append(o);
    }
    printJson(QJsonObject{{QStringLiteral("label"), m_label},
                          {QStringLiteral("done"), m_runner->count(Outcome::Done)},
                          {QStringLiteral("failed"), m_runner->count(Outcome::Failed)},
                          {QStringLiteral("skipped"), m_runner->count(Outcome::Skipped)},
                          {QStringLiteral("environments"), envs}});
}

void BulkBackupCommand::interrupt()
{
    if (!m_runner || m_runner->isFinished()) {
        Command::interrupt();
        return;
    }
    if (m_stopping) {
        // Second Ctrl-C: stop waiting too. What was accepted goes on; the journal knows it.
        m_journal->flush();
        if (!json())
            term().errLine(tr("Stopped waiting. Captures already started go on; the same command continues the run."));
        Command::interrupt();
        return;
    }
    m_stopping = true;
    m_runner->cancel();
    if (!m_runner->isFinished() && !json())
        term().errLine(tr("Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).",
                          nullptr, m_runner->inFlight()));
}
