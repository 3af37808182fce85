// 20,000 snapshots in one environment's timeline: how long loading the model and painting the
// timeline take, and how much memory each snapshot costs (model + the timeline's index).
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"
#include "util/ManualClock.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <malloc.h>

static constexpr int Count = 20000;

static QList<Snapshot> makeSnapshots(const QDateTime &now)
{
    QList<Snapshot> list;
    list.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        // Hourly scheduled backups over ~2 years plus a manual one every 50: a long-lived site.
        Snapshot s;
        s.id = QStringLiteral("snap_01J%1").arg(i, 23, 10, QLatin1Char('0'));
        s.siteId = QStringLiteral("site_01J9ZZZZZZZZZZZZZZZZZZZZZZ");
        s.environment = QStringLiteral("production");
        s.kind = i % 50 == 0 ? SnapshotKind::Manual : SnapshotKind::Scheduled;
        s.kindRaw = i % 50 == 0 ? QStringLiteral("manual") : QStringLiteral("scheduled");
        s.status = i % 97 == 0 ? SnapshotStatus::Failed : (i > Count - 24 * 30 ? SnapshotStatus::Ready : SnapshotStatus::Expired);
        s.statusRaw = QStringLiteral("ready");
        s.createdAt = now.addSecs(-3600LL * i);
        s.completedAt = s.createdAt.addSecs(40);
        s.expiresAt = s.createdAt.addDays(30);
        s.sizeBytes = 100'000'000 + i;
        s.db = SnapshotComponent{40'000'000, QString(64, QLatin1Char('a')), -1};
        s.files = SnapshotComponent{60'000'000, QString(64, QLatin1Char('b')), 1234};
        s.jobId = QStringLiteral("job_01J%1").arg(i, 23, 10, QLatin1Char('0'));
        if (s.kind == SnapshotKind::Manual) {
            s.createdBy = QStringLiteral("dana@acme-agency.example");
            s.label = QStringLiteral("Before plugin update");
        }
        list << s;
    }
    return list;
}

// Bytes the C heap has handed out and not taken back. Resident memory is no measure here: the
// allocator reuses pages freed by the previous test function, so RSS barely moves.
static qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

class TimelineBench : public QObject
{
    Q_OBJECT
private:
    ManualClock clock;

private Q_SLOTS:
    void loadAndPaint()
    {
        const QList<Snapshot> snapshots = makeSnapshots(clock.now());
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(1200, 260);
        QImage image(timeline.size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK {
            model.setSnapshots(snapshots); // copies into the model and rebuilds the timeline index
            timeline.zoomToFit();          // the widest view: every marker is in range
            QPainter p(&image);
            timeline.render(&p);
        }
    }

    void paintOnly()
    {
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        timeline.resize(1200, 260);
        model.setSnapshots(makeSnapshots(clock.now()));
        QImage image(timeline.size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK {
            QPainter p(&image);
            timeline.render(&p);
        }
    }

    void memoryPerSnapshot()
    {
        // Heap growth from nothing to 20,000 parsed snapshots held by the model and indexed by
        // the timeline: what each snapshot costs while an environment is shown. The list made
        // here is handed over and dropped, as the API reply's list is in the app.
        SnapshotTableModel model(&clock);
        TimelineWidget timeline(&model, &clock);
        const qint64 before = heapInUse();
        model.setSnapshots(makeSnapshots(clock.now()));
        const qint64 after = heapInUse();
        qInfo("heap growth for %d snapshots: %lld bytes = %.0f bytes per snapshot (goal <= 1024)", Count,
              after - before, double(after - before) / Count);
        QCOMPARE(model.rowCount(), Count);
    }
};

QTEST_MAIN(TimelineBench)
#include "bench_timeline.moc"
