#include "SandboxOptions.h"

#include "Seeder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {
bool parseHostPort(const QString &value, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = value.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost"))
        h = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !host->setAddress(h))
        return false;
    *port = quint16(p);
    return true;
}

bool parseShare(const QString &value, double *out)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    *out = v;
    return true;
}
}

QString SandboxOptions::defaultDataDir()
{
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    const QString base = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : xdg;
    return base + QStringLiteral("/mf-sandbox");
}

bool SandboxOptions::parse(const QStringList &args, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local managed.dev platform implementing docs/api/openapi.yaml + SEMANTICS.md over real data on disk.\n"
        "Key management: mf-sandbox keys create [--org NAME] [--scopes LIST] [--mode test|live] | keys revoke PREFIX"));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const auto opt = [&](const char *name, const char *desc, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(desc));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        p.addOption(o);
    };
    opt("listen", "Address of the API (default 127.0.0.1:8470; port 0 = any free port).", "host:port");
    opt("data", "Data directory (default $XDG_DATA_HOME/mf-sandbox).", "dir");
    opt("seed", "Fill an empty data dir: demo, wordpress, fleet:N (N<=5000), big:SIZE_MB, none; combine with commas.", "spec");
    opt("ready-json", "Print one JSON line {\"event\":\"ready\",...} on stdout once serving.");
    opt("storage-redirect", "Serve downloads from a separate storage origin via 302 to signed URLs.");
    opt("storage-listen", "Address of the storage origin (default 127.0.0.1:0).", "host:port");
    opt("signed-url-ttl", "Lifetime of signed storage URLs in seconds (default 900).", "seconds");
    opt("rate-limit", "Per-key token bucket, requests per second / burst (default 20/100).", "rate/burst");
    opt("rate-limit-storm", "Answer this share (0-1) of authenticated requests 429 regardless of the bucket.", "share");
    opt("latency-ms", "Delay every request by this many milliseconds.", "ms");
    opt("fail-rate", "Answer this share (0-1) of requests 500 or 503 (with Retry-After).", "share");
    opt("fail-methods", "Limit --fail-rate to these methods, e.g. POST.", "list");
    opt("cut-download-after", "Close every download after this many body bytes.", "bytes");
    opt("corrupt-download-at", "Flip the archive's byte at this offset in every download (the checksum must catch it).", "offset");
    opt("download-rate", "Send download bodies at most this many bytes per second, to watch progress, pause and resume.", "bytes/s");
    opt("slow-jobs", "Jobs take longer (1 s per phase).");
    opt("job-delay-ms", "Jobs take this many extra milliseconds per phase.", "ms");
    opt("fail-jobs", "This share (0-1) of capture/restore jobs fail.", "share");
    opt("job-workers", "Run this many capture/restore jobs at once (default 8); the rest wait queued.", "N");
    opt("crash-after-phase", "Test hook: the sandbox kills itself (SIGKILL) once a job has done the work of this phase, e.g. \"Restoring database\".", "phase");
    opt("clock-speed", "Run the platform clock N times faster (scheduled backups, retention).", "N");
    opt("no-schedule", "Do not run scheduled backups or retention.");
    opt("catch-up", "Before serving, take a scheduled backup of every schedule more than one cadence behind (missed while stopped, or never taken).");
    opt("max-connections", "Open connections per origin (API, storage) before new ones get 503 (default 128).", "N");
    opt("idle-timeout", "Close a connection idle, or whose client stopped reading, for this long (default 60).", "seconds");
    opt("request-timeout", "Answer 408 to a request not received whole within this time of its first byte (default 30).", "seconds");
    opt("no-seed-cache", "Build the demo seed from scratch instead of copying the cached template.");
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(help))
        p.showHelp(0);
    if (p.isSet(version))
        p.showVersion();
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\" (see --help)").arg(p.positionalArguments().first());
        return false;
    }
    const auto bad = [&](const char *name, const QString &why) {
        *error = QStringLiteral("--%1: %2").arg(QString::fromLatin1(name), why);
        return false;
    };
    bool ok = true;
    if (p.isSet(QStringLiteral("listen")) && !parseHostPort(p.value(QStringLiteral("listen")), &host, &port))
        return bad("listen", QStringLiteral("expected host:port, e.g. 127.0.0.1:8470"));
    if (p.isSet(QStringLiteral("storage-listen")) && !parseHostPort(p.value(QStringLiteral("storage-listen")), &storageHost, &storagePort))
        return bad("storage-listen", QStringLiteral("expected host:port, e.g. 127.0.0.1:8471"));
    dataDir = p.isSet(QStringLiteral("data")) ? p.value(QStringLiteral("data")) : defaultDataDir();
    seed = p.value(QStringLiteral("seed"));
    if (!seed.isEmpty() && !Seeder::validateSpec(seed, error))
        return false;
    readyJson = p.isSet(QStringLiteral("ready-json"));
    storageRedirect = p.isSet(QStringLiteral("storage-redirect"));
    if (p.isSet(QStringLiteral("signed-url-ttl"))) {
        signedUrlTtl = p.value(QStringLiteral("signed-url-ttl")).toLongLong(&ok);
        if (!ok || signedUrlTtl < 1)
            return bad("signed-url-ttl", QStringLiteral("expected a positive number of seconds"));
    }
    if (p.isSet(QStringLiteral("rate-limit"))) {
        const QStringList parts = p.value(QStringLiteral("rate-limit")).split(QLatin1Char('/'));
        bool ok2 = false;
        rate = parts.value(0).toDouble(&ok);
        burst = parts.value(1).toInt(&ok2);
        if (parts.size() != 2 || !ok || !ok2 || rate <= 0 || burst < 1)
            return bad("rate-limit", QStringLiteral("expected RATE/BURST, e.g. 20/100"));
    }
    if (p.isSet(QStringLiteral("rate-limit-storm")) && !parseShare(p.value(QStringLiteral("rate-limit-storm")), &stormRate))
        return bad("rate-limit-storm", QStringLiteral("expected a share from 0 to 1"));
    if (p.isSet(QStringLiteral("latency-ms"))) {
        latencyMs = p.value(QStringLiteral("latency-ms")).toInt(&ok);
        if (!ok || latencyMs < 0)
            return bad("latency-ms", QStringLiteral("expected milliseconds >= 0"));
    }
    if (p.isSet(QStringLiteral("fail-rate")) && !parseShare(p.value(QStringLiteral("fail-rate")), &failRate))
        return bad("fail-rate", QStringLiteral("expected a share from 0 to 1"));
    if (p.isSet(QStringLiteral("fail-methods"))) {
        failMethods = p.value(QStringLiteral("fail-methods")).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &m : failMethods) {
            if (m != QLatin1String("GET") && m != QLatin1String("POST"))
                return bad("fail-methods", QStringLiteral("expected GET, POST or GET,POST"));
        }
    }
    if (p.isSet(QStringLiteral("cut-download-after"))) {
        cutDownloadAfter = p.value(QStringLiteral("cut-download-after")).toLongLong(&ok);
        if (!ok || cutDownloadAfter < 0)
            return bad("cut-download-after", QStringLiteral("expected a number of bytes >= 0"));
    }
    if (p.isSet(QStringLiteral("corrupt-download-at"))) {
        corruptDownloadAt = p.value(QStringLiteral("corrupt-download-at")).toLongLong(&ok);
        if (!ok || corruptDownloadAt < 0)
            return bad("corrupt-download-at", QStringLiteral("expected a byte offset >= 0"));
    }
    if (p.isSet(QStringLiteral("download-rate"))) {
        downloadRate = p.value(QStringLiteral("download-rate")).toLongLong(&ok);
        if (!ok || downloadRate <= 0)
            return bad("download-rate", QStringLiteral("expected a number of bytes per second > 0"));
    }
    if (p.isSet(QStringLiteral("slow-jobs")))
        jobDelayMs = 1000;
    if (p.isSet(QStringLiteral("job-delay-ms"))) {
        jobDelayMs = p.value(QStringLiteral("job-delay-ms")).toInt(&ok);
        if (!ok || jobDelayMs < 0)
            return bad("job-delay-ms", QStringLiteral("expected milliseconds >= 0"));
    }
    if (p.isSet(QStringLiteral("job-workers"))) {
        jobWorkers = p.value(QStringLiteral("job-workers")).toInt(&ok);
        if (!ok || jobWorkers < 1 || jobWorkers > 256)
            return bad("job-workers", QStringLiteral("expected a number of workers from 1 to 256"));
    }
    if (p.isSet(QStringLiteral("fail-jobs")) && !parseShare(p.value(QStringLiteral("fail-jobs")), &failJobs))
        return bad("fail-jobs", QStringLiteral("expected a share from 0 to 1"));
    crashAfterPhase = p.value(QStringLiteral("crash-after-phase"));
    if (p.isSet(QStringLiteral("crash-after-phase")) && crashAfterPhase.trimmed().isEmpty())
        return bad("crash-after-phase", QStringLiteral("expected a phase name, e.g. \"Restoring database\""));
    if (p.isSet(QStringLiteral("clock-speed"))) {
        clockSpeed = p.value(QStringLiteral("clock-speed")).toDouble(&ok);
        if (!ok || clockSpeed <= 0 || clockSpeed > 1e6)
            return bad("clock-speed", QStringLiteral("expected a factor > 0, e.g. 1440 for a day per minute"));
    }
    schedule = !p.isSet(QStringLiteral("no-schedule"));
    catchUp = p.isSet(QStringLiteral("catch-up"));
    if (catchUp && !schedule)
        return bad("catch-up", QStringLiteral("needs scheduled backups (not with --no-schedule)"));
    seedCache = !p.isSet(QStringLiteral("no-seed-cache"));
    if (p.isSet(QStringLiteral("max-connections"))) {
        maxConnections = p.value(QStringLiteral("max-connections")).toInt(&ok);
        if (!ok || maxConnections < 1 || maxConnections > 100000)
            return bad("max-connections", QStringLiteral("expected a number from 1 to 100000"));
    }
    const auto seconds = [&](const char *name, int *ms) {
        const double s = p.value(QString::fromLatin1(name)).toDouble(&ok);
        if (!ok || s < 0.1 || s > 86400)
            return false;
        *ms = int(s * 1000);
        return true;
    };
    if (p.isSet(QStringLiteral("idle-timeout")) && !seconds("idle-timeout", &idleTimeoutMs))
        return bad("idle-timeout", QStringLiteral("expected seconds from 0.1 to 86400"));
    if (p.isSet(QStringLiteral("request-timeout")) && !seconds("request-timeout", &requestTimeoutMs))
        return bad("request-timeout", QStringLiteral("expected seconds from 0.1 to 86400"));
    return true;
}
