#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// mf-sandbox's command line, parsed and validated (QCommandLineParser). Bad values are
// reported with the option's name; nothing is guessed.
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString dataDir;
    QString seed;
    bool readyJson = false;
    bool storageRedirect = false;
    QHostAddress storageHost = QHostAddress::LocalHost;
    quint16 storagePort = 0;
    qint64 signedUrlTtl = 900;
    double rate = 20;
    int burst = 100;
    double stormRate = 0;
    int latencyMs = 0;
    double failRate = 0;
    QStringList failMethods;
    qint64 cutDownloadAfter = -1;
    qint64 corruptDownloadAt = -1;
    qint64 downloadRate = 0; // bytes per second, 0 = as fast as possible
    int jobDelayMs = 0;
    int jobWorkers = 8;
    double failJobs = 0;
    QString crashAfterPhase;
    double clockSpeed = 1;
    bool schedule = true;
    bool catchUp = false;
    bool seedCache = true;
    int maxConnections = 128;       // per origin (API, storage)
    int idleTimeoutMs = 60000;      // keep-alive idle, and a response the client stopped reading
    int requestTimeoutMs = 30000;   // from a request's first byte to its last

    // Returns false with *error set (or *exitNow for --help/--version, output already printed).
    bool parse(const QStringList &args, QString *error, bool *exitNow);
    static QString defaultDataDir();
    bool isLoopback() const { return host.isLoopback(); }
};
