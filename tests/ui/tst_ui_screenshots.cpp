// Renders the main views against a demo sandbox and checks what a person would read: names,
// never raw ids. With MF_SCREENSHOT_DIR set, also saves fleet.png, timeline.png and
// first-run.png there (how docs/screenshots/ is made).
#include "SandboxProcess.h"

#include "account/SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "environment/EnvironmentView.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "main/MainWindow.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

static const QRegularExpression rawId(QStringLiteral("\\b(site|env|snap|job|acct|org)_[0-9A-HJKMNP-TV-Z]{26}\\b"));

class ScreenshotTest : public QObject
{
    Q_OBJECT
private:
    static void save(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("MF_SCREENSHOT_DIR");
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(QLatin1String(name))));
    }
    static void checkNoRawIds(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                const QString text = i.data().toString() + i.data(Qt::ToolTipRole).toString();
                QVERIFY2(!rawId.match(text).hasMatch(), qPrintable(text));
            }
            checkNoRawIds(model, model->index(r, 0, parent));
        }
    }

private Q_SLOTS:
    void views()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-desktop-screenshots"));
        credentials.setSessionOnly(true);
        MainWindow::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        MainWindow window(&accounts, &credentials, options);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // First run, as a new user sees it, with the sandbox choice taken.
        window.start();
        QTRY_VERIFY(window.signInDialog() && window.signInDialog()->isVisible());
        SignInDialog *dialog = window.signInDialog();
        QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("useSandbox")), Qt::LeftButton);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiKey")), QStringLiteral("mfk_test_0123456789abcdef"));
        dialog->adjustSize();
        save(dialog, "first-run.png");
        dialog->reject();
        QTRY_VERIFY(!window.signInDialog());

        window.connectTo(sandbox.apiUrl(), sandbox.apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(window.fleetModel()->siteCount(), 12, 20000);
        QTRY_VERIFY(!window.fleetLoader()->isRefreshing());
        QTest::qWait(2500); // background policy requests colour the ages
        checkNoRawIds(window.fleetModel());

        const Site acme = window.fleetModel()->sites().at(1);
        QVERIFY(window.fleetView()->select(acme.id, QStringLiteral("production")));
        EnvironmentView *view = window.environmentView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 3 && !view->isLoading(), 20000);
        checkNoRawIds(view->model());
        TimelineWidget *timeline = view->timeline();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->snapshotAt(r).kind == SnapshotKind::Manual && !timeline->markerRect(r).isEmpty()) {
                QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(r).center());
                break;
            }
        }
        QVERIFY(view->selectedSnapshot().has_value());
        QTest::qWait(200);
        save(&window, "fleet.png");
        save(view, "timeline.png");
    }
};

QTEST_MAIN(ScreenshotTest)
#include "tst_ui_screenshots.moc"
