#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

// What one run of `mf` left: its exit status and both output streams.
struct MfResult
{
    bool finished = false; // false: did not start, crashed or timed out
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // stdout parsed as JSON (Undefined when it is not a JSON document).
    QJsonValue json() const;
    // stderr's one-line JSON error object of a --json run ({"error": {...}}).
    QJsonValue jsonError() const;
    // For failure messages: the command's exit status and output.
    QString describe() const;
};

// Runs the real `mf` binary (MF_CLI_BIN) as a script would: stdin a pipe (not a terminal), a
// private HOME with its own XDG directories so no test touches a real account, and English
// messages. Blocking waits are fine here: this is test code.
class MfProcess
{
public:
    MfProcess();

    bool isValid() const { return m_home.isValid(); }
    QString home() const { return m_home.path(); }

    // MF_API_URL and MF_API_KEY for the next runs; an empty key unsets MF_API_KEY (so the
    // signed-in account is used).
    void setApi(const QUrl &apiUrl, const QString &key);
    void setEnv(const QString &name, const QString &value);
    void unsetEnv(const QString &name);

    MfResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 180000) const;
    // Starts mf and returns at once (stdin closed), for tests that signal it while it runs.
    std::unique_ptr<QProcess> start(const QStringList &args) const;
    // Waits for a process from start() to end and collects what it left.
    static MfResult finish(QProcess *process, int timeoutMs = 180000);

    // Runs mf on a pseudo-terminal through script(1), typing `typed`: what a person at a terminal
    // sees. Output is stdout and stderr merged, as on a screen.
    static bool canRunOnTerminal();
    MfResult runOnTerminal(const QStringList &args, const QByteArray &typed, int timeoutMs = 180000) const;

    // Every file under HOME (config, cache, data, state, logs) whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const;
    // How many files there are under HOME, so a scan that finds nothing has looked at something.
    int fileCount() const;

    static QString binary();

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
