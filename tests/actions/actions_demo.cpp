// Shows one of the snapshot dialogs or panels against a live mf-sandbox, in a state worth
// looking at, so it can be inspected and screenshotted under Xvfb (docs/screenshots/):
//   actions_demo take|take-busy|bulk|restore|restore-options|restore-done|restore-busy|download|jobs|transfers
// Prints "ready" on stdout once the scene is set up; quits after --seconds (default 60).
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"
#include "actions/ActionController.h"
#include "actions/BulkSnapshotDialog.h"
#include "actions/DownloadDialog.h"
#include "actions/JobsModel.h"
#include "actions/JobsPanel.h"
#include "actions/RestoreDialog.h"
#include "actions/TakeSnapshotDialog.h"
#include "actions/TransfersModel.h"
#include "actions/TransfersPanel.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/JobTracker.h"
#include "jobs/RestoreFlow.h"
#include "transfer/TransferManager.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace ActionsTestSupport;

namespace {

void ready()
{
    std::printf("ready\n");
    std::fflush(stdout);
}

QWidget *inWindow(QWidget *panel, const QString &title, QSize size)
{
    auto *window = new QMainWindow;
    window->setWindowTitle(title);
    window->setCentralWidget(panel);
    window->resize(size);
    window->move(40, 40);
    window->show();
    return window;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("MF_SANDBOX_BIN"))
        qputenv("MF_SANDBOX_BIN", MF_SANDBOX_DEFAULT);
    QApplication app(argc, argv);
    const QString scene = app.arguments().value(1);
    int seconds = 60;
    if (app.arguments().size() > 3 && app.arguments().at(2) == QLatin1String("--seconds"))
        seconds = app.arguments().at(3).toInt();
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);

    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = scene == QLatin1String("transfers") ? QStringLiteral("demo,big:64") : QStringLiteral("demo");
    options.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"), scene == QLatin1String("restore-done") ? QStringLiteral("300") : QStringLiteral("1500")};
    if (scene == QLatin1String("transfers")) {
        // Loopback is too fast to catch a download on its way: pieces of 4 MiB, each answered
        // late, make it a few MiB/s, like a real line.
        options.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--cut-download-after"),
                             QString::number(4 << 20), QStringLiteral("--latency-ms"), QStringLiteral("300")};
        options.readyTimeoutMs = 180000; // seeding the big site writes and archives a lot
    }
    if (!sandbox.start(options)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const Site acme = site(api, QStringLiteral("acme-store"));
    const Site blog = site(api, QStringLiteral("acme-blog"));
    QList<Snapshot> production = snapshots(api, QStringLiteral("acme-store"), QStringLiteral("production"));
    const auto labelled = std::find_if(production.cbegin(), production.cend(),
                                       [](const Snapshot &s) { return s.isReady() && !s.label.isEmpty(); });
    const Snapshot snap = labelled != production.cend() ? *labelled : production.value(0);

    QTemporaryDir temp;
    std::unique_ptr<QWidget> keep;
    std::unique_ptr<JobTracker> tracker;
    std::unique_ptr<TransferManager> transfers;

    if (scene == QLatin1String("take") || scene == QLatin1String("take-busy")) {
        auto *d = new TakeSnapshotDialog(&api, acme.slug, acme.name, QStringLiteral("production"));
        d->findChild<QLineEdit *>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Before WooCommerce 9.4 update"));
        d->move(60, 60);
        d->show();
        if (scene == QLatin1String("take-busy")) {
            // A capture already running there: the dialog explains and offers to follow it.
            await(api.createBackup(QStringLiteral("acme-store"), QStringLiteral("production"), QStringLiteral("nightly"),
                                   ApiClient::newIdempotencyKey()));
            d->findChild<QPushButton *>(QStringLiteral("takeButton"))->click();
        }
        keep.reset(d);
    } else if (scene == QLatin1String("bulk")) {
        QList<BulkSnapshotRunner::Target> targets;
        for (const Site &s : {acme, blog, site(api, QStringLiteral("bakery-bern")), site(api, QStringLiteral("city-dental"))}) {
            for (const Environment &e : s.environments)
                targets.append({s.slug, s.name.isEmpty() ? s.slug : s.name, e.name});
        }
        // An environment deleted since the fleet was loaded, to show a failed row.
        targets.insert(3, {acme.slug, acme.name, QStringLiteral("preview-black-friday")});
        // One environment busy, to show a skipped row.
        await(api.createBackup(QStringLiteral("acme-store"), QStringLiteral("staging"), QStringLiteral("nightly check"),
                               ApiClient::newIdempotencyKey()));
        auto *d = new BulkSnapshotDialog(&api, targets);
        d->setRoundDelay(500);
        auto *label = d->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        label->setText(QStringLiteral("Before the PHP 8.3 upgrade"));
        label->deselect();
        d->findChild<QWidget *>(QStringLiteral("skipRadio"))->setProperty("checked", true);
        d->move(40, 40);
        d->show();
        // The picture is the report at the end.
        QObject::connect(d, &BulkSnapshotDialog::bulkStarted, &app, [&app](BulkSnapshotRunner *runner) {
            QObject::connect(runner, &BulkSnapshotRunner::finished, &app, [] { QTimer::singleShot(500, &ready); });
        });
        QMetaObject::invokeMethod(d->findChild<QPushButton *>(QStringLiteral("startButton")), "click", Qt::QueuedConnection);
        keep.reset(d);
        const int rc = app.exec();
        keep.reset();
        sandbox.stop();
        return rc;
    } else if (scene.startsWith(QLatin1String("restore"))) {
        auto *d = new RestoreDialog(&api, acme, snap);
        d->move(60, 60);
        d->show();
        if (scene == QLatin1String("restore-busy")) {
            // A capture is running on the target: the restore is refused, with the way forward.
            await(api.createBackup(QStringLiteral("acme-store"), QStringLiteral("production"), QStringLiteral("nightly"),
                                   ApiClient::newIdempotencyKey()));
            d->findChild<QCheckBox *>(QStringLiteral("safetyCheck"))->click(); // straight to the restore request
            d->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), QStringLiteral("production"));
            d->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
            QObject::connect(d->flow(), &RestoreFlow::failed, &app, [] { QTimer::singleShot(300, &ready); });
            keep.reset(d);
            const int rc = app.exec();
            keep.reset();
            sandbox.stop();
            return rc;
        }
        if (scene == QLatin1String("restore-done")) {
            // production's snapshot into staging, safety snapshot on: the run page at its end.
            auto *target = d->findChild<QComboBox *>(QStringLiteral("targetCombo"));
            target->setCurrentIndex(target->findData(QStringLiteral("staging")));
            d->findChild<QCheckBox *>(QStringLiteral("safetyCheck"))->click();
            d->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
            d->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
            QObject::connect(d->flow(), &RestoreFlow::succeeded, &app, [] { QTimer::singleShot(300, &ready); });
            QObject::connect(d->flow(), &RestoreFlow::failed, &app, [] { QTimer::singleShot(300, &ready); });
            keep.reset(d);
            const int rc = app.exec();
            keep.reset();
            sandbox.stop();
            return rc;
        }
        if (scene == QLatin1String("restore")) {
            d->findChild<QCheckBox *>(QStringLiteral("filesCheck"))->click();
            d->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), QStringLiteral("production"));
        }
        keep.reset(d);
    } else if (scene == QLatin1String("download")) {
        auto *d = new DownloadDialog(acme.name, snap, QDir::homePath() + QStringLiteral("/Downloads"));
        d->move(60, 60);
        d->show();
        keep.reset(d);
    } else if (scene == QLatin1String("jobs")) {
        tracker = std::make_unique<JobTracker>(&api);
        auto *panel = new JobsPanel(tracker.get());
        for (const Site &s : {acme, blog})
            panel->setSiteName(s.id, s.name);
        const auto capture = [&](const QString &siteRef, const QString &env) {
            const Result<Accepted> a = ApiParser::accepted(
                await(api.createBackup(siteRef, env, QStringLiteral("demo"), ApiClient::newIdempotencyKey())));
            if (a)
                tracker->track(a->job);
        };
        capture(QStringLiteral("acme-blog"), QStringLiteral("staging"));
        QTest::qWait(9000); // this one will have finished
        capture(QStringLiteral("acme-store"), QStringLiteral("production"));
        capture(QStringLiteral("acme-blog"), QStringLiteral("production"));
        const Result<Accepted> r = ApiParser::accepted(await(api.restoreSnapshot(
            QStringLiteral("acme-store"), snapshots(api, QStringLiteral("acme-store"), QStringLiteral("staging")).last().id,
            {QStringLiteral("db")}, QStringLiteral("staging"), ApiClient::newIdempotencyKey())));
        if (r)
            tracker->track(r->job);
        keep.reset(inWindow(panel, QStringLiteral("Jobs"), {1100, 300}));
        QTest::qWait(2500);
    } else if (scene == QLatin1String("transfers")) {
        TransferManager::Options o;
        transfers = std::make_unique<TransferManager>(RequestFactory::forApi(&api), o);
        auto *panel = new TransfersPanel(transfers.get());
        // Named as the app names them (ActionController::download).
        const auto request = [&](const Site &s, const Snapshot &snapshot, const QStringList &selectors) {
            TransferManager::Request r = TransferManager::snapshotRequest(api, s.slug, snapshot.id, selectors, temp.path());
            r.fileName = ActionController::archiveFileName(s, snapshot, selectors);
            return r;
        };
        transfers->add(request(acme, snap, {QStringLiteral("db")}));
        const QString paused = transfers->add(request(acme, production.value(1), {QStringLiteral("files")}));
        transfers->pause(paused);
        QTest::qWait(2000);
        const Site bigSite = site(api, QStringLiteral("big-site"));
        const QList<Snapshot> big = snapshots(api, QStringLiteral("big-site"));
        const QString slow = transfers->add(request(bigSite, big.value(0), {QStringLiteral("db"), QStringLiteral("files")}));
        keep.reset(inWindow(panel, QStringLiteral("Transfers"), {1100, 280}));
        panel->select(slow);
        // The picture is worth taking while the big one is on its way.
        QObject::connect(transfers.get(), &TransferManager::transferChanged, &app, [&](const QString &id) {
            const TransferInfo t = transfers->transfer(id);
            if (id == slow && t.totalBytes > 0 && t.bytesDone * 100 / t.totalBytes >= 20 && t.bytesDone < t.totalBytes) {
                ready();
                QObject::disconnect(transfers.get(), &TransferManager::transferChanged, &app, nullptr);
            }
        });
        const int rc = app.exec();
        keep.reset();
        transfers.reset();
        sandbox.stop();
        return rc;
    } else {
        std::fprintf(stderr, "usage: actions_demo take|take-busy|bulk|restore|restore-options|restore-done|restore-busy|download|jobs|transfers\n");
        return 2;
    }
    QTimer::singleShot(1500, &app, &ready);
    const int rc = app.exec();
    keep.reset();
    sandbox.stop();
    return rc;
}
