// The main window as a whole, without a platform: the fleet summary filters to the production
// environments that need attention when clicked, and the window's layout is remembered.
#include "UiTestData.h"

#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "environment/EnvironmentView.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "main/MainWindow.h"
#include "style/AppStyle.h"
#include "util/ManualClock.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QtTest>

using namespace UiTestData;

class WindowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    std::unique_ptr<MainWindow> newWindow(AccountStore *accounts, CredentialStore *credentials)
    {
        MainWindow::Options options;
        options.clock = &m_clock;
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        return std::make_unique<MainWindow>(accounts, credentials, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("MainWindow"));
    }

    void summaryFiltersWhenClicked()
    {
        AccountStore accounts(m_dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-desktop-window-test"));
        credentials.setSessionOnly(true);
        auto window = newWindow(&accounts, &credentials);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto ago = [this](int hours) { return m_clock.now().addSecs(-3600LL * hours); };
        window->fleetModel()->setSites({
            site(QStringLiteral("fresh"), QStringLiteral("Fresh"), {environment(QStringLiteral("production"), EnvironmentKind::Production, ago(3)),
                                                                 environment(QStringLiteral("staging"), EnvironmentKind::Staging)}),
            site(QStringLiteral("late"), QStringLiteral("Late"), {environment(QStringLiteral("production"), EnvironmentKind::Production, ago(60))}),
            site(QStringLiteral("never"), QStringLiteral("Never"), {environment(QStringLiteral("production"), EnvironmentKind::Production)}),
        });
        // Each production environment is judged against its own schedule, as its dot is.
        const auto daily = [](const QString &slug) {
            BackupPolicy p;
            p.siteId = QStringLiteral("site_") + slug;
            EnvironmentPolicy e;
            e.environment = QStringLiteral("production");
            e.cadence = Cadence::Daily;
            p.environments << e;
            return p;
        };
        for (const QString &slug : {QStringLiteral("fresh"), QStringLiteral("late"), QStringLiteral("never")})
            window->fleetModel()->setPolicy(daily(slug));
        auto *summary = window->findChild<QPushButton *>(QStringLiteral("fleetSummary"));
        QVERIFY(summary);
        QVERIFY(summary->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("1 production environment is behind its schedule; 1 has never been backed up"));
        QVERIFY(!summary->accessibleName().isEmpty());
        FleetFilterProxy *proxy = window->fleetView()->proxy();
        QCOMPARE(proxy->rowCount(), 3);

        QTest::mouseClick(summary, Qt::LeftButton);
        QCOMPARE(proxy->rowCount(), 2);
        QStringList shown;
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown << proxy->index(r, 0).data(FleetModel::SiteSlugRole).toString();
        shown.sort();
        QCOMPARE(shown, (QStringList{"late", "never"}));
        QVERIFY(summary->text().contains(QLatin1String("click to show all")));

        // Keyboard too: the summary is a button in the tab order, toggled with Space.
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_Space);
        QCOMPARE(proxy->rowCount(), 3);

        // Nothing needs attention: good news in the normal colour, not a greyed-out button, and
        // nothing to press.
        window->fleetModel()->setSites({site(QStringLiteral("fresh"), QStringLiteral("Fresh"),
                                             {environment(QStringLiteral("production"), EnvironmentKind::Production, ago(3))})});
        window->fleetModel()->setPolicy(daily(QStringLiteral("fresh")));
        QCOMPARE(summary->text(), QStringLiteral("The production environment is on schedule"));
        QVERIFY(summary->isEnabled());
        QVERIFY(!summary->isCheckable());
        QCOMPARE(summary->focusPolicy(), Qt::NoFocus);
        QTest::mouseClick(summary, Qt::LeftButton);
        QCOMPARE(proxy->rowCount(), 1);
    }

    void layoutIsRemembered()
    {
        AccountStore accounts(m_dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-desktop-window-test"));
        credentials.setSessionOnly(true);
        QList<int> sizes;
        {
            auto window = newWindow(&accounts, &credentials);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(1111, 777);
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({320, 760});
            QTRY_COMPARE(window->size(), QSize(1111, 777));
            sizes = splitter->sizes();
            QVERIFY(qAbs(sizes.first() - 320) < 10); // not the default split
            window->close(); // saves, as quitting does
        }
        auto window = newWindow(&accounts, &credentials);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(window->size(), QSize(1111, 777));
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void environmentLayoutSurvivesAStartWithoutAPick()
    {
        // The snapshot pane is built at the first pick; a session without one must still hand
        // the remembered split on to the next.
        EnvironmentView view(&m_clock);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.timeline()); // builds the pane
        auto *splitter = view.findChild<QSplitter *>(QStringLiteral("environmentSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({150, 450});
        const QByteArray state = view.saveState();

        EnvironmentView next(&m_clock);
        next.restoreState(state);
        QVERIFY(!next.findChild<QSplitter *>(QStringLiteral("environmentSplitter"))); // not built yet
        QCOMPARE(next.saveState(), state);
        QVERIFY(next.table());
        QCOMPARE(next.findChild<QSplitter *>(QStringLiteral("environmentSplitter"))->saveState(), state);
    }

    void appStyleDrawsItsOwnStartUpIcons()
    {
        AppStyle style;
        for (QStyle::StandardPixmap sp : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
                                          QStyle::SP_LineEditClearButton}) {
            const QIcon icon = style.standardIcon(sp);
            QVERIFY(!icon.isNull());
            QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
        }
        QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull()); // the rest: the desktop style's
    }
};

QTEST_MAIN(WindowTest)
#include "tst_ui_window.moc"
