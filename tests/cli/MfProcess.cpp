#include "MfProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

QJsonValue MfResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonValue MfResult::jsonError() const
{
    // Progress never goes to a pipe, so stderr holds the error line alone (plus notes for people
    // only without --json).
    for (const QByteArray &line : err.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
        if (doc.isObject() && doc.object().contains(QLatin1String("error")))
            return doc.object().value(QLatin1String("error"));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString MfResult::describe() const
{
    return QStringLiteral("mf %1 with exit code %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(finished ? QStringLiteral("finished") : QStringLiteral("did NOT finish"))
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

MfProcess::MfProcess()
    : m_home(QDir::tempPath() + QStringLiteral("/mf-cli-home-XXXXXX"))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    const QString h = m_home.path();
    m_env.insert(QStringLiteral("HOME"), h);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), h + QStringLiteral("/.config"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), h + QStringLiteral("/.cache"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/.local/share"));
    m_env.insert(QStringLiteral("XDG_STATE_HOME"), h + QStringLiteral("/.local/state"));
    // The tests read English sentences; the machine's language must not change them.
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("MF_API_KEY"));
    m_env.remove(QStringLiteral("MF_API_URL"));
    m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
}

QString MfProcess::binary()
{
    return QStringLiteral(MF_CLI_BIN);
}

void MfProcess::setApi(const QUrl &apiUrl, const QString &key)
{
    m_env.insert(QStringLiteral("MF_API_URL"), apiUrl.toString());
    if (key.isEmpty())
        m_env.remove(QStringLiteral("MF_API_KEY"));
    else
        m_env.insert(QStringLiteral("MF_API_KEY"), key);
}

void MfProcess::setEnv(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

void MfProcess::unsetEnv(const QString &name)
{
    m_env.remove(name);
}

namespace {
MfResult collect(QProcess &p, int timeoutMs)
{
    MfResult r;
    // An event loop rather than waitForFinished(): other processes of the test (the sandbox) are
    // read meanwhile, so their pipes never fill up and block them, and their logs stay current.
    QSignalSpy finished(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "\n<killed after the test's timeout>";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    return r;
}

MfResult runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                    const QString &workDir, const QByteArray &input, int timeoutMs)
{
    MfResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel(); // EOF: nobody is there to type more
    return collect(p, timeoutMs);
}

QString shellQuoted(const QString &arg)
{
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

MfResult MfProcess::run(const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    return runProgram(binary(), args, m_env, m_home.path(), input, timeoutMs);
}

std::unique_ptr<QProcess> MfProcess::start(const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(m_env);
    p->setWorkingDirectory(m_home.path());
    p->start(binary(), args);
    p->waitForStarted(10000);
    p->closeWriteChannel();
    return p;
}

MfResult MfProcess::finish(QProcess *process, int timeoutMs)
{
    return collect(*process, timeoutMs);
}

bool MfProcess::canRunOnTerminal()
{
    return !QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty();
}

MfResult MfProcess::runOnTerminal(const QStringList &args, const QByteArray &typed, int timeoutMs) const
{
    QStringList command{shellQuoted(binary())};
    for (const QString &a : args)
        command << shellQuoted(a);
    // -q: no "Script started" banner; -e: script's exit status is mf's; /dev/null: no typescript.
    return runProgram(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")},
                      m_env, m_home.path(), typed, timeoutMs);
}

QStringList MfProcess::filesContaining(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(" (unreadable, so not checked)");
            continue;
        }
        if (f.readAll().contains(needle))
            found << path;
    }
    return found;
}

int MfProcess::fileCount() const
{
    int n = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
