#include "UiTestData.h"

#include "timeline/SnapshotTableModel.h"
#include "timeline/TimeAxis.h"
#include "timeline/TimelineWidget.h"
#include "util/Format.h"
#include "util/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace UiTestData;

class TimelineTest : public QObject
{
    Q_OBJECT
private:
    ManualClock clock;
    QList<Snapshot> sample() const
    {
        // Newest first, as the API lists them: daily scheduled backups and two manual ones.
        QList<Snapshot> list;
        list << snapshot(0, clock.now().addSecs(-1800), SnapshotKind::Manual, SnapshotStatus::Capturing);
        for (int d = 0; d < 10; ++d)
            list << snapshot(d + 1, clock.now().addDays(-d).addSecs(-4 * 3600), SnapshotKind::Scheduled,
                             d == 3 ? SnapshotStatus::Failed : SnapshotStatus::Ready);
        list << snapshot(20, clock.now().addDays(-5).addSecs(-3600), SnapshotKind::Manual, SnapshotStatus::Ready);
        return list;
    }

private Q_SLOTS:
    void tableModel()
    {
        SnapshotTableModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots(sample().mid(0, 5));
        model.appendSnapshots(sample().mid(5));
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(0, SnapshotTableModel::KindColumn).data().toString(), QStringLiteral("Manual"));
        QCOMPARE(model.index(0, SnapshotTableModel::StatusColumn).data().toString(), QStringLiteral("Capturing"));
        QCOMPARE(model.index(1, SnapshotTableModel::CreatedByColumn).data().toString(), QStringLiteral("Schedule"));
        const QDateTime expires = model.snapshotAt(0).expiresAt;
        QCOMPARE(model.index(0, SnapshotTableModel::ExpiresColumn).data().toString(), Format::relativeTime(expires, &clock));
        QCOMPARE(model.index(0, SnapshotTableModel::DatabaseSizeColumn).data().toString(), Format::size(512 * 1024));
        QCOMPARE(model.index(0, SnapshotTableModel::FilesSizeColumn).data().toString(), Format::size(2 * 1024 * 1024));
        QCOMPARE(model.index(0, SnapshotTableModel::FilesSizeColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("42 files"));
        QCOMPARE(model.index(1, SnapshotTableModel::CreatedByColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Schedule"));
        QCOMPARE(model.rowOf(sample()[3].id), 3);

        proxy.sort(SnapshotTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SnapshotTableModel::SnapshotIdRole).toString(), sample()[10].id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceSeconds(25 * 86400);
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, SnapshotTableModel::ExpiresColumn).data().toString(), Format::relativeTime(expires, &clock));
        QVERIFY(model.index(0, SnapshotTableModel::ExpiresColumn).data().toString().startsWith(QLatin1String("in ")));
        clock.advanceSeconds(-25 * 86400);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void clickOnMarkerSelects()
    {
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(900, 220);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        model.setSnapshots(sample());
        QSignalSpy clicked(&timeline, &TimelineWidget::snapshotClicked);
        for (int row : {0, 4, 11}) {
            const QRect r = timeline.markerRect(row);
            QVERIFY2(!r.isEmpty(), qPrintable(QStringLiteral("row %1 not in view").arg(row)));
            QCOMPARE(timeline.rowAt(r.center()), row);
            QTest::mouseClick(&timeline, Qt::LeftButton, {}, r.center());
            QCOMPARE(clicked.count() > 0 ? clicked.last().at(0).toInt() : -1, row);
            QCOMPARE(timeline.selectedRow(), row);
        }
        // Manual and scheduled snapshots sit on different lanes.
        QVERIFY(timeline.markerRect(0).center().y() != timeline.markerRect(1).center().y());
        // Empty space selects nothing and keeps the selection.
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPoint(timeline.width() - 3, 3));
        QCOMPARE(timeline.selectedRow(), 11);
        // Keyboard: Right goes to the next newer snapshot.
        timeline.setFocus();
        QTest::keyClick(&timeline, Qt::Key_End);
        QCOMPARE(timeline.selectedRow(), 0);
        QTest::keyClick(&timeline, Qt::Key_Left);
        QCOMPARE(timeline.selectedRow(), 1);
    }

    void zoomAndScroll()
    {
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(900, 220);
        model.setSnapshots(sample());
        const qint64 fit = timeline.visibleSpanMs();
        QVERIFY(fit >= 9LL * 86400 * 1000); // the ten days of snapshots, and a margin
        for (int i = 0; i < 20; ++i)
            timeline.zoomIn();
        QCOMPARE(timeline.visibleSpanMs(), TimelineWidget::MinSpanMs);
        for (int i = 0; i < 30; ++i)
            timeline.zoomOut();
        QCOMPARE(timeline.visibleSpanMs(), TimelineWidget::MaxSpanMs);
        timeline.zoomToFit();
        QCOMPARE(timeline.visibleSpanMs(), fit);
        // Selecting a snapshot scrolled out of view brings it back.
        timeline.setVisibleRange(clock.now().toMSecsSinceEpoch() - 2 * 3600 * 1000, 3 * 3600 * 1000);
        QVERIFY(timeline.markerRect(11).isEmpty());
        timeline.setSelectedRow(11);
        QVERIFY(!timeline.markerRect(11).isEmpty());
    }

    void reloadKeepsTheChosenView()
    {
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(900, 220);
        model.setSnapshots(sample());
        timeline.setSelectedRow(4);
        QCOMPARE(timeline.selectedRow(), 4);
        // An untouched view follows a reload (a new snapshot may widen the history)...
        QList<Snapshot> more = sample();
        more << snapshot(30, clock.now().addDays(-20), SnapshotKind::Manual, SnapshotStatus::Ready);
        model.setSnapshots(more);
        QVERIFY(timeline.visibleSpanMs() >= 20LL * 86400 * 1000);
        // ...and forgets the row: after a reset it may be another snapshot.
        QCOMPARE(timeline.selectedRow(), -1);
        // A zoom and place the user chose survive the refresh of the same history.
        timeline.zoomIn();
        timeline.zoomIn();
        const qint64 start = timeline.visibleStartMs(), span = timeline.visibleSpanMs();
        model.setSnapshots(more);
        QCOMPARE(timeline.visibleSpanMs(), span);
        QCOMPARE(timeline.visibleStartMs(), start);
        // Another environment (the model emptied first) is fitted afresh.
        model.setSnapshots({});
        model.setSnapshots(sample());
        QVERIFY(timeline.visibleSpanMs() > span);
    }

    void axisTicksReadable_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("two hours") << qint64(2 * 3600 * 1000);
        QTest::newRow("two days") << qint64(2 * 86400 * 1000LL);
        QTest::newRow("a month") << qint64(31 * 86400 * 1000LL);
        QTest::newRow("a year") << qint64(365 * 86400 * 1000LL);
    }
    void axisTicksReadable()
    {
        QFETCH(qint64, spanMs);
        const qint64 end = clock.now().toMSecsSinceEpoch();
        const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(end - spanMs, end, 800);
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= 800 / 90 + 1);
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].msecs > ticks[i - 1].msecs);
        for (const TimeAxis::Tick &t : ticks)
            QVERIFY(!t.label.isEmpty());
    }
};

QTEST_MAIN(TimelineTest)
#include "tst_ui_timeline.moc"
