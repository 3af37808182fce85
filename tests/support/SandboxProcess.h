#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

// Runs mf-sandbox ($MF_SANDBOX_BIN) for an integration test: a fresh data directory, a free
// loopback port, and the seed's API key read from the machine-readable ready line.
// Blocking waits are fine here: this is test support, never linked into app/ or ui/.
class SandboxProcess
{
public:
    struct Options
    {
        QString seed = QStringLiteral("demo");
        QStringList extraArgs;
        QString dataDir; // empty = fresh temp dir, removed at destruction
        int readyTimeoutMs = 30000;
    };

    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start();   // default Options (an overload: g++ rejects "= {}" for a nested struct with initializers)
    bool start(const Options &o);
    bool startWith(const QStringList &extraArgs); // the demo seed with these extra arguments
    QString errorString() const;

    QUrl apiUrl() const;      // http://127.0.0.1:PORT/v1
    QUrl storageUrl() const;  // storage origin when --storage-redirect is given, else empty
    QString apiKey() const;   // the key the seed created (full secret); kept across restart()
    QString dataDir() const;
    QString environmentDatabasePath(const QString &siteSlug, const QString &env) const;
    QString environmentFilesPath(const QString &siteSlug, const QString &env) const;

    bool restart();           // stop + start on the same data dir and, if possible, the same port
    bool restartWith(const QStringList &extraArgs); // restart() with these extra arguments instead
    void stop();
    // Crash tests: SIGKILL now, or wait until the sandbox ended by itself (e.g. after
    // --crash-after-phase). Data dir, key and log are kept for restart().
    void kill();
    bool waitForExit(int timeoutMs);
    bool isRunning() const;
    qint64 pid() const;

    // Runs `mf-sandbox <args> --data <dataDir>` to completion (e.g. keys create / keys revoke).
    QByteArray runTool(const QStringList &args, int *exitCode = nullptr);
    QByteArray log() const;   // stderr of the sandbox so far (one line per request, warnings)

    static QString binaryPath();

private:
    bool launch(const QStringList &listenArgs);
    QString environmentPath(const QString &siteSlug, const QString &env) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QString m_dataDir;
    QString m_error;
    QUrl m_api;
    QUrl m_storage;
    QString m_key;
    QByteArray m_stdout;
    mutable QByteArray m_log;
};
