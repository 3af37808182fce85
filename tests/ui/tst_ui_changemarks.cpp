// The timeline's change marks: from the components' checksums alone, each snapshot says whether
// its database and files differ from the snapshot before, in the table, in the timeline, and
// in the filter "only snapshots where the files changed".
#include "UiTestData.h"

#include "environment/SnapshotPane.h"
#include "index/ComponentChanges.h"
#include "style/StatusColors.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"
#include "util/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace UiTestData;
using Change = ComponentChanges::Change;

class ChangeMarksTest : public QObject
{
    Q_OBJECT
private:
    ManualClock clock;

    // Newest first, as the API lists them. Nights (oldest = 0): 1 database only, 2 files only,
    // 3 nothing, 4 failed (no components), 5 both (compared across the failed one).
    QList<Snapshot> history() const
    {
        const char *db[] = {"1", "2", "2", "2", nullptr, "3"};
        const char *files[] = {"a", "a", "b", "b", nullptr, "c"};
        QList<Snapshot> list;
        for (int i = 5; i >= 0; --i) {
            Snapshot s = snapshot(i, clock.now().addDays(i - 6), SnapshotKind::Scheduled,
                                  db[i] ? SnapshotStatus::Ready : SnapshotStatus::Failed);
            if (db[i]) {
                s.db->sha256 = QString(64, QLatin1Char(db[i][0]));
                s.files->sha256 = QString(64, QLatin1Char(files[i][0])).toUpper(); // case does not matter
            } else {
                s.db.reset();
                s.files.reset();
            }
            list << s;
        }
        return list;
    }

private Q_SLOTS:
    void comparesWithTheSnapshotBefore()
    {
        const QList<Snapshot> h = history();
        const auto marks = ComponentChanges::compute(h);
        const auto at = [&](int night) { return marks.value(h[5 - night].id); };
        QCOMPARE(at(0).database, Change::Unknown); // nothing before the oldest
        QCOMPARE(at(0).files, Change::Unknown);
        QCOMPARE(at(1).database, Change::Changed);
        QCOMPARE(at(1).files, Change::Same);
        QCOMPARE(at(2).database, Change::Same);
        QCOMPARE(at(2).files, Change::Changed);
        QCOMPARE(at(3).database, Change::Same);
        QCOMPARE(at(3).files, Change::Same);
        QCOMPARE(at(4).database, Change::Unknown); // failed: no components
        QCOMPARE(at(5).database, Change::Changed);
        QCOMPARE(at(5).files, Change::Changed);
        // A checksum that is not a SHA-256 proves nothing.
        SnapshotComponent bad{1, QStringLiteral("abc"), -1};
        QCOMPARE(ComponentChanges::compare(bad, h[0].db), Change::Unknown);
    }

    void tableShowsAndFilters()
    {
        SnapshotTableModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SnapshotPane pane(&model, &clock);
        pane.resize(1100, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // Two pages: the newest three first; the oldest row gains its comparison with the second.
        const QList<Snapshot> h = history();
        model.setSnapshots(h.mid(0, 3));
        QCOMPARE(model.index(2, SnapshotTableModel::ChangesColumn).data().toString(), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendSnapshots(h.mid(3));
        QCOMPARE(changed.count(), 1);
        const auto text = [&](int night) { return model.index(5 - night, SnapshotTableModel::ChangesColumn).data().toString(); };
        QCOMPARE(text(5), QStringLiteral("Database and files"));
        QCOMPARE(text(3), QStringLiteral("No change"));
        QCOMPARE(text(2), QStringLiteral("Files"));
        QCOMPARE(text(1), QStringLiteral("Database"));
        QCOMPARE(text(0), QString());
        QVERIFY(model.index(5, SnapshotTableModel::ChangesColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("unknown")));
        QCOMPARE(model.index(0, 0).data(SnapshotTableModel::FilesChangeRole).toInt(), int(Change::Changed));

        auto *table = pane.findChild<QTableView *>(QStringLiteral("snapshotTable"));
        auto *only = pane.findChild<QCheckBox *>(QStringLiteral("onlyFilesChanged"));
        QVERIFY(table && only);
        QAbstractItemModelTester proxyTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 6);
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(8, only->height() / 2));
        QVERIFY(only->isChecked());
        QCOMPARE(table->model()->rowCount(), 2); // nights 5 and 2
        QStringList ids;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            ids << table->model()->index(r, 0).data(SnapshotTableModel::SnapshotIdRole).toString();
        QCOMPARE(ids, (QStringList{h[0].id, h[3].id}));
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(8, only->height() / 2));
        QCOMPARE(table->model()->rowCount(), 6);
    }

    void timelinePaintsTicks()
    {
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(900, 220);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const QList<Snapshot> h = history();
        model.setSnapshots(h);
        const QImage image = timeline.grab().toImage();
        const auto tick = [&](int night, int dx) {
            const QRect r = timeline.markerRect(5 - night);
            return image.pixelColor(r.center().x() + dx, r.top() - 5);
        };
        QCOMPARE(tick(2, 3), StatusColors::changedFiles());    // files changed that night
        QCOMPARE(tick(1, -3), StatusColors::changedDatabase()); // database changed
        QVERIFY(tick(1, 3) != StatusColors::changedFiles());
        QVERIFY(tick(3, 3) != StatusColors::changedFiles()); // a quiet night has no tick
        QVERIFY(tick(3, -3) != StatusColors::changedDatabase());
        QHelpEvent help(QEvent::ToolTip, timeline.markerRect(3).center(), timeline.mapToGlobal(timeline.markerRect(3).center()));
        QApplication::sendEvent(&timeline, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("Files changed since the snapshot before")));
    }
};

QTEST_MAIN(ChangeMarksTest)
#include "tst_ui_changemarks.moc"
