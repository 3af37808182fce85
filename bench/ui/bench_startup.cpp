// Start to first shown window. Runs itself as a child process, N times per mode, and prints the
// median wall time from the parent spawning the child to the end of the window's first paint
// (the child reports that moment on CLOCK_MONOTONIC, which both processes share, so the child's
// exit and teardown are not counted):
//   minimal: QApplication + an empty QMainWindow (the floor for any Qt Widgets program);
//   cached:  mf-desktop's MainWindow with a cached 1,000-site fleet (and an unreachable API, so
//            what is measured is the cache on screen, not the network).
// MF_BENCH_PHASES=1 also prints where each child's time went. MF_BENCH_KEEP=1 keeps the prepared
// directory and prints the child's command line, to run one child under a profiler.
#include "api/ApiParser.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "fleet/FleetCache.h"
#include "fleet/FleetModel.h"
#include "main/MainWindow.h"
#include "style/AppStyle.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

// Monotonic time shared by parent and child processes (CLOCK_MONOTONIC), so the child can say
// where its time went relative to the parent's spawn.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

qint64 g_spawnNs = 0; // in the child: when the parent spawned it

void phase(const char *what)
{
    if (!qEnvironmentVariableIsEmpty("MF_BENCH_PHASES"))
        std::fprintf(stderr, "  %-18s %7.1f ms\n", what, (monotonicNs() - g_spawnNs) / 1e6);
}

// At the watched window's first paint, waits for the rest of that paint cycle (the child
// widgets, the flush), then prints the time on stdout for the parent and quits.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                phase("first paint done");
                std::printf("%lld\n", monotonicNs());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(o, e);
    }
    bool m_done = false;
};

QJsonArray fleetJson(int count)
{
    QJsonArray sites;
    for (int i = 0; i < count; ++i) {
        QJsonArray envs;
        const char *names[] = {"production", "staging"};
        for (int e = 0; e < 2; ++e) {
            envs.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("env_01J9%1%2").arg(i, 21, 10, QLatin1Char('0')).arg(e)},
                {QStringLiteral("name"), QLatin1String(names[e])},
                {QStringLiteral("kind"), QLatin1String(names[e])},
                {QStringLiteral("protected"), e == 0},
                {QStringLiteral("url"), QStringLiteral("https://site-%1.example.com/").arg(i)},
                {QStringLiteral("last_snapshot"), e == 1 ? QJsonValue() : QJsonValue(QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("snap_01J9%1").arg(i, 22, 10, QLatin1Char('0'))},
                    {QStringLiteral("kind"), QStringLiteral("scheduled")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-24T02:00:00Z")}})},
            });
        }
        sites.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("site_01J9%1").arg(i, 22, 10, QLatin1Char('0'))},
            {QStringLiteral("slug"), QStringLiteral("site-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("Customer site %1").arg(i)},
            {QStringLiteral("region"), QStringLiteral("eu-west")},
            {QStringLiteral("plan"), QStringLiteral("agency")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("environments"), envs},
        });
    }
    return sites;
}

int runChild(const QString &mode, const QString &dir)
{
    int argc = 1;
    char name[] = "mf-bench-ui-startup";
    char *argv[] = {name, nullptr};
    phase("main entered");
    QApplication app(argc, argv);
    phase("QApplication");
    FirstPaint watcher;
    if (mode == QLatin1String("minimal")) {
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
        window.resize(1300, 820);
        window.installEventFilter(&watcher);
        window.show();
        return app.exec();
    }
    QApplication::setStyle(new AppStyle); // as mf-desktop's main() does
    AccountStore accounts(dir + QStringLiteral("/accounts.ini"));
    CredentialStore credentials(QStringLiteral("mf-bench"));
    credentials.setSessionOnly(true);
    credentials.writeKey(accounts.currentAccountId(), QStringLiteral("mfk_test_") + QString(32, QLatin1Char('a')));
    MainWindow::Options options;
    options.cacheDirectory = dir + QStringLiteral("/cache");
    phase("accounts and key");
    MainWindow window(&accounts, &credentials, options);
    phase("MainWindow built");
    window.installEventFilter(&watcher);
    window.start();
    phase("cache shown");
    window.show();
    phase("shown");
    const int rc = app.exec();
    return window.fleetModel()->siteCount() == 1000 ? rc : 3;
}

void prepare(const QString &dir)
{
    AccountStore accounts(dir + QStringLiteral("/accounts.ini"));
    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("Bench");
    a.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1")); // discard port: nothing answers
    a.plan = QStringLiteral("agency");
    accounts.save(a);
    accounts.setCurrentAccount(a.id);
    FleetCache cache(dir + QStringLiteral("/cache"));
    // Through ApiParser, as the app does with a listing before it caches it.
    QList<Site> sites;
    for (const QJsonValue &v : fleetJson(1000))
        sites << ApiParser::site(v).value();
    cache.save(a.id, {QDateTime::currentDateTimeUtc(), sites, {}});
}

// One child's start to first paint, in ms; -1 when it failed.
double runOnce(const QString &self, const QString &mode, const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 spawn = monotonicNs();
    p.start(self, {QStringLiteral("--child"), mode, dir, QString::number(spawn)});
    bool ok = false;
    const qint64 painted = p.waitForFinished(60000) && p.exitCode() == 0 ? p.readAllStandardOutput().trimmed().toLongLong(&ok) : 0;
    if (!ok || painted <= spawn) {
        std::fprintf(stderr, "child %s failed (exit %d)\n", qPrintable(mode), p.exitCode());
        return -1;
    }
    return (painted - spawn) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && QByteArray(argv[1]) == "--child") {
        g_spawnNs = QByteArray(argv[4]).toLongLong();
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const bool keep = !qEnvironmentVariableIsEmpty("MF_BENCH_KEEP");
    dir.setAutoRemove(!keep);
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("xdg-cache")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("xdg-config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg-data")).toLocal8Bit());
    prepare(dir.path());
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 11;
    const QString self = QCoreApplication::applicationFilePath();
    if (keep)
        std::fprintf(stderr, "child: XDG_CACHE_HOME=%s/xdg-cache XDG_CONFIG_HOME=%s/xdg-config XDG_DATA_HOME=%s/xdg-data %s --child cached %s 0\n",
                     qPrintable(dir.path()), qPrintable(dir.path()), qPrintable(dir.path()), qPrintable(self), qPrintable(dir.path()));
    runOnce(self, QStringLiteral("minimal"), dir.path()); // warm the file cache
    runOnce(self, QStringLiteral("cached"), dir.path());
    // The two kinds alternate, so a machine that speeds up or slows down during the run (a
    // shared CI host) weighs on both alike; the ratio is the median of the pairs' ratios.
    QList<double> minimalTimes, cachedTimes, ratios;
    for (int i = 0; i < runs; ++i) {
        const double m = runOnce(self, QStringLiteral("minimal"), dir.path());
        const double c = runOnce(self, QStringLiteral("cached"), dir.path());
        if (m <= 0 || c <= 0)
            return 1;
        minimalTimes << m;
        cachedTimes << c;
        ratios << c / m;
    }
    const double minimal = median(minimalTimes), cached = median(cachedTimes);
    std::printf("start to first shown window (median of %d, platform %s)\n", runs,
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "default" : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  minimal Qt Widgets window:        %7.1f ms\n", minimal);
    std::printf("  mf-desktop, cached 1,000 sites:   %7.1f ms\n", cached);
    std::printf("  ratio: %.2fx (median of the pairs; target <= 2x)\n", median(ratios));
    return 0;
}
