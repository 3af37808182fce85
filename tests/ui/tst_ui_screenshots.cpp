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
#include "style/StatusColors.h"
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
    // WCAG 2 contrast ratio: 3:1 is the floor for graphical objects such as status dots.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return p;
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
        SandboxProcess::Options demo;
        demo.extraArgs = {QStringLiteral("--catch-up")}; // as scripts/run-demo.sh starts it
        QVERIFY2(sandbox.start(demo), qPrintable(sandbox.errorString()));
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

        // The status hues against the light window and view backgrounds (the fleet's dots sit on
        // Base, the policy panel's on Window).
        for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
            const QColor background = QApplication::palette().color(role);
            for (Freshness f : {Freshness::Fresh, Freshness::Late, Freshness::Stale, Freshness::Never})
                QVERIFY2(contrast(StatusColors::forFreshness(f), background) >= 3.0, qPrintable(StatusColors::forFreshness(f).name()));
            for (SnapshotStatus st : {SnapshotStatus::Ready, SnapshotStatus::Pending, SnapshotStatus::Capturing, SnapshotStatus::Failed})
                QVERIFY2(contrast(StatusColors::forSnapshotStatus(st), background) >= 3.0,
                         qPrintable(StatusColors::forSnapshotStatus(st).name()));
            // Error sentences are text: 4.5:1 (WCAG 1.4.3).
            QVERIFY2(contrast(StatusColors::errorText(), background) >= 4.5, qPrintable(StatusColors::errorText().name()));
        }

        // A dark system palette: the only fixed colours, the status hues, must stand out from a
        // dark background too, and "never"/"unknown" (palette-derived) must follow it.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (Freshness f : {Freshness::Fresh, Freshness::Late, Freshness::Stale, Freshness::Never})
            QVERIFY2(contrast(StatusColors::forFreshness(f), base) >= 3.0, qPrintable(StatusColors::forFreshness(f).name()));
        for (SnapshotStatus st : {SnapshotStatus::Ready, SnapshotStatus::Pending, SnapshotStatus::Capturing, SnapshotStatus::Failed})
            QVERIFY2(contrast(StatusColors::forSnapshotStatus(st), base) >= 3.0, qPrintable(StatusColors::forSnapshotStatus(st).name()));
        QVERIFY(contrast(StatusColors::forFreshness(Freshness::Unknown), base) >= 3.0);
        for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
            const QColor background = QApplication::palette().color(role);
            QVERIFY2(contrast(StatusColors::errorText(), background) >= 4.5, qPrintable(StatusColors::errorText().name()));
        }
        QCOMPARE(StatusColors::forSnapshotStatus(SnapshotStatus::Expired), QColor(0x80, 0x80, 0x80));
        // What is painted follows the palette: the timeline's background is the dark Base.
        QTRY_COMPARE(timeline->palette().color(QPalette::Base), base); // widgets take it from a posted event
        const QImage shot = timeline->grab().toImage();
        QVERIFY(QColor(shot.pixel(2, shot.height() / 2)).lightness() < 80);
        if (const QString darkDir = qEnvironmentVariable("MF_SCREENSHOT_DARK_DIR"); !darkDir.isEmpty())
            QVERIFY(window.grab().save(QDir(darkDir).filePath(QStringLiteral("fleet-dark.png"))));
        QApplication::setPalette(light);
        QTRY_COMPARE(timeline->palette().color(QPalette::Base), light.color(QPalette::Base));
    }
};

QTEST_MAIN(ScreenshotTest)
#include "tst_ui_screenshots.moc"
