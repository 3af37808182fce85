// Shows the explorer or the compare window against a fresh mf-sandbox --seed wordpress, in a
// state worth looking at, for screenshots under Xvfb (docs/screenshots/explorer.png, compare.png):
//   explorer_demo explorer|compare
// Prints "ready" once the scene is set up and quits 5 seconds later (stopping its sandbox), or
// after 3 minutes at most.
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "explorer/CompareDialog.h"
#include "explorer/ExplorerDialog.h"
#include "explorer/SnapshotTreeModel.h"
#include "transfer/RequestFactory.h"
#include "transfer/TransferManager.h"
#include "util/Translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Translations::install(app); // English plurals ("3 files") come from the English catalogue
    qputenv("MF_SANDBOX_BIN", MF_SANDBOX_DEFAULT);
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("explorer");
    QTemporaryDir dir;
    SandboxProcess sandbox;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("wordpress");
    o.extraArgs = {QStringLiteral("--no-schedule")};
    o.readyTimeoutMs = 300000;
    if (!sandbox.start(o)) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    auto api = ActionsTestSupport::clientFor(sandbox);
    TransferManager::Options options;
    options.stateDirectory = dir.filePath(QStringLiteral("transfers"));
    TransferManager transfers(RequestFactory::forApi(api.get()), options);
    ExplorerContext context{IndexCache(QStringLiteral("demo"), dir.filePath(QStringLiteral("cache")))};
    context.api = api.get();
    context.transfers = &transfers;
    context.site = ActionsTestSupport::site(*api, QStringLiteral("harbor-press"));
    context.environment = QStringLiteral("production");
    context.snapshots = ActionsTestSupport::snapshots(*api, QStringLiteral("harbor-press"), QStringLiteral("production"));
    QList<Snapshot> oldestFirst = context.snapshots;
    std::reverse(oldestFirst.begin(), oldestFirst.end());

    if (scene == QLatin1String("compare")) {
        auto *dialog = new CompareDialog(context, oldestFirst[22], oldestFirst[23]);
        QObject::connect(dialog, &CompareDialog::compared, dialog, [dialog] {
            QTreeWidget *results = dialog->results();
            for (int g = 0; g < results->topLevelItemCount(); ++g) {
                for (int c = 0; c < results->topLevelItem(g)->childCount(); ++c) {
                    if (results->topLevelItem(g)->child(c)->text(CompareDialog::PathColumn) == QLatin1String("index.php"))
                        results->setCurrentItem(results->topLevelItem(g)->child(c));
                }
            }
        });
        QObject::connect(dialog, &CompareDialog::textDiffShown, dialog, [] {
            std::puts("ready");
            std::fflush(stdout);
            QTimer::singleShot(5000, qApp, &QApplication::quit);
        });
        dialog->show();
    } else {
        auto *dialog = new ExplorerDialog(context, oldestFirst[23]);
        QObject::connect(dialog, &ExplorerDialog::indexReady, dialog, [dialog] {
            auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("explorerTree"));
            const QModelIndex plugins = dialog->model()->indexForPath(IndexComponent::Files, QStringLiteral("wp-content/plugins"));
            tree->expand(plugins.parent());
            tree->expand(plugins);
            tree->setCurrentIndex(dialog->model()->indexForPath(IndexComponent::Files, QStringLiteral("wp-content/plugins/harbor-shop")));
            tree->expand(dialog->model()->index(1, 0));
            std::puts("ready");
            std::fflush(stdout);
            QTimer::singleShot(5000, qApp, &QApplication::quit);
        });
        dialog->show();
    }
    QTimer::singleShot(180000, &app, &QApplication::quit);
    return app.exec();
}
