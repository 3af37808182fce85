#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::binaryPath()
{
    return qEnvironmentVariable("MF_SANDBOX_BIN");
}

bool SandboxProcess::start()
{
    return start(Options{});
}

bool SandboxProcess::startWith(const QStringList &extraArgs)
{
    Options o;
    o.extraArgs = extraArgs;
    return start(o);
}

bool SandboxProcess::start(const Options &o)
{
    stop();
    m_options = o;
    m_error.clear();
    m_key.clear();
    if (binaryPath().isEmpty()) {
        m_error = QStringLiteral("MF_SANDBOX_BIN is not set");
        return false;
    }
    if (o.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mf-sandbox-test-XXXXXX"));
        if (!m_tempDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory: ") + m_tempDir->errorString();
            return false;
        }
        m_dataDir = m_tempDir->path();
    } else {
        m_tempDir.reset();
        m_dataDir = o.dataDir;
    }
    return launch({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
}

bool SandboxProcess::launch(const QStringList &listenArgs)
{
    QStringList args = listenArgs;
    args << QStringLiteral("--data") << m_dataDir << QStringLiteral("--ready-json");
    if (!m_options.seed.isEmpty())
        args << QStringLiteral("--seed") << m_options.seed;
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_process->start(binaryPath(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process->errorString());
        m_process.reset();
        return false;
    }
    // Wait for the one-line JSON ready event on stdout; stderr is the request log.
    QDeadlineTimer deadline(m_options.readyTimeoutMs);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(50);
        m_log += m_process->readAllStandardError();
        m_stdout += m_process->readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_stdout.indexOf('\n')) >= 0) {
            const QByteArray line = m_stdout.left(nl).trimmed();
            m_stdout.remove(0, nl + 1);
            const QJsonObject ready = QJsonDocument::fromJson(line).object();
            if (ready.value(QLatin1String("event")).toString() != QLatin1String("ready"))
                continue;
            m_api = QUrl(ready.value(QLatin1String("api")).toString());
            m_storage = QUrl(ready.value(QLatin1String("storage")).toString());
            const QString key = ready.value(QLatin1String("key")).toString();
            if (!key.isEmpty())
                m_key = key;
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_log += m_process->readAllStandardError();
            m_error = QStringLiteral("mf-sandbox exited (code %1) before it was ready: %2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(m_log.right(2000)));
            m_process.reset();
            return false;
        }
    }
    m_error = QStringLiteral("mf-sandbox was not ready within %1 ms: %2")
                  .arg(m_options.readyTimeoutMs)
                  .arg(QString::fromUtf8(m_log.right(2000)));
    stop();
    return false;
}

QString SandboxProcess::errorString() const { return m_error; }
QUrl SandboxProcess::apiUrl() const { return m_api; }
QUrl SandboxProcess::storageUrl() const { return m_storage; }
QString SandboxProcess::apiKey() const { return m_key; }
QString SandboxProcess::dataDir() const { return m_dataDir; }

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString SandboxProcess::environmentPath(const QString &siteSlug, const QString &env) const
{
    // Layout documented in docs/sandbox.md: environments live under <data>/sites/<slug>/<env>/.
    return m_dataDir + QStringLiteral("/sites/") + siteSlug + QLatin1Char('/') + env;
}

QString SandboxProcess::environmentDatabasePath(const QString &siteSlug, const QString &env) const
{
    return environmentPath(siteSlug, env) + QStringLiteral("/app.db");
}

QString SandboxProcess::environmentFilesPath(const QString &siteSlug, const QString &env) const
{
    return environmentPath(siteSlug, env) + QStringLiteral("/files");
}

bool SandboxProcess::restart()
{
    const int port = m_api.port();
    stop();
    m_error.clear();
    // The seed only fills an empty data dir, so a restart keeps the state (and our key).
    if (port > 0) {
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (launch({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}))
                return true;
            QThread::msleep(100); // the old socket may linger for a moment
        }
    }
    return launch({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
}

bool SandboxProcess::restartWith(const QStringList &extraArgs)
{
    m_options.extraArgs = extraArgs;
    return restart();
}

void SandboxProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill(); // SIGKILL: nothing runs after it, as in a power cut
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

bool SandboxProcess::waitForExit(int timeoutMs)
{
    if (!m_process)
        return true;
    const bool ended = m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    m_log += m_process->readAllStandardError();
    return ended;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAllStandardError();
    m_process.reset();
}

QByteArray SandboxProcess::runTool(const QStringList &args, int *exitCode)
{
    QProcess tool;
    tool.start(binaryPath(), QStringList(args) << QStringLiteral("--data") << m_dataDir);
    if (!tool.waitForFinished(60000)) {
        tool.kill();
        tool.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    m_log += tool.readAllStandardError();
    return tool.readAllStandardOutput();
}

QByteArray SandboxProcess::log() const
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}
