#include "report/ChartScale.h"
#include "report/ClientReport.h"
#include "report/CsvReportWriter.h"
#include "report/HtmlReportWriter.h"
#include "report/ReportBuilder.h"
#include "report/ReportRequest.h"
#include "report/ReportText.h"

#include <QTest>
#include <QTimeZone>

// The client report's rules without a network: expected runs on a schedule's own ticks, what
// counts as taken, failed or restored, the compliance cap, and the writers' escaping.
class TestReport : public QObject
{
    Q_OBJECT

    static QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

    static EnvironmentPolicy policy(const QString &env, Cadence cadence, const QDateTime &next)
    {
        EnvironmentPolicy p;
        p.environment = env;
        p.cadence = cadence;
        p.cadenceRaw = cadence == Cadence::Hourly ? QStringLiteral("hourly") : QStringLiteral("daily");
        p.nextRunAt = next;
        return p;
    }

    static Snapshot snap(const QString &env, SnapshotKind kind, SnapshotStatus status, const QDateTime &at)
    {
        Snapshot s;
        s.environment = env;
        s.kind = kind;
        s.status = status;
        s.createdAt = at;
        return s;
    }

private Q_SLOTS:
    void expectedRunsFollowTheScheduleTicks()
    {
        const QDateTime start = utc(QStringLiteral("2026-11-01T00:00:00Z"));
        const QDateTime end = utc(QStringLiteral("2026-11-04T00:00:00Z"));
        // Daily at 02:00: the 1st, 2nd and 3rd; the next run is in the future.
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Daily, utc(QStringLiteral("2026-12-01T02:00:00Z"))), start, end), 3);
        // A tick exactly at the start counts, one exactly at the end does not: [start, end).
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Daily, utc(QStringLiteral("2026-11-10T00:00:00Z"))), start, end), 3);
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Hourly, utc(QStringLiteral("2026-11-04T00:30:00Z"))), start, end), 72);
        // A next run before the period (a schedule that fell behind) counts the same ticks.
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Daily, utc(QStringLiteral("2026-10-20T02:00:00Z"))), start, end), 3);
        // Paused (no next run): whole cadence periods; none or unknown: nothing expected.
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Daily, {}), start, end.addSecs(-1)), 2);
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::None, {}), start, end), 0);
        QCOMPARE(ReportBuilder::expectedRuns(policy(QStringLiteral("p"), Cadence::Daily, {}), end, start), 0);
    }

    void buildCountsWhatHappenedInThePeriod()
    {
        const QDateTime start = utc(QStringLiteral("2026-11-01T00:00:00Z"));
        const QDateTime end = utc(QStringLiteral("2026-11-04T00:00:00Z"));
        Site site;
        site.id = QStringLiteral("site_1");
        site.slug = QStringLiteral("zeta");
        site.name = QStringLiteral("Zeta");
        site.environments = {Environment{}, Environment{}};
        site.environments[0].name = QStringLiteral("production");
        site.environments[1].name = QStringLiteral("staging");
        BackupPolicy bp;
        bp.environments = {policy(QStringLiteral("production"), Cadence::Daily, utc(QStringLiteral("2026-12-01T02:00:00Z")))};
        const QList<Snapshot> snaps = {
            snap(QStringLiteral("production"), SnapshotKind::Scheduled, SnapshotStatus::Ready, utc(QStringLiteral("2026-11-01T02:00:00Z"))),
            snap(QStringLiteral("production"), SnapshotKind::Scheduled, SnapshotStatus::Expired, utc(QStringLiteral("2026-11-02T02:00:00Z"))),
            snap(QStringLiteral("production"), SnapshotKind::Scheduled, SnapshotStatus::Failed, utc(QStringLiteral("2026-11-03T02:00:00Z"))),
            snap(QStringLiteral("production"), SnapshotKind::Manual, SnapshotStatus::Ready, utc(QStringLiteral("2026-11-03T09:00:00Z"))),
            snap(QStringLiteral("production"), SnapshotKind::Manual, SnapshotStatus::Capturing, utc(QStringLiteral("2026-11-03T10:00:00Z"))),
            snap(QStringLiteral("production"), SnapshotKind::Scheduled, SnapshotStatus::Ready, utc(QStringLiteral("2026-10-31T02:00:00Z"))), // before
            snap(QStringLiteral("staging"), SnapshotKind::Manual, SnapshotStatus::Failed, utc(QStringLiteral("2026-11-02T12:00:00Z"))),
        };
        Job restore;
        restore.type = JobType::Restore;
        restore.status = JobStatus::Failed;
        restore.siteId = site.id;
        restore.environment = QStringLiteral("staging");
        restore.createdAt = utc(QStringLiteral("2026-11-02T13:00:00Z"));
        Job capture = restore;
        capture.type = JobType::Capture;
        Job old = restore;
        old.createdAt = utc(QStringLiteral("2026-10-02T13:00:00Z"));

        ReportBuilder builder(start, end);
        builder.setOrganization(QStringLiteral("Acme"));
        builder.addSite(site, bp, snaps);
        builder.setJobs({restore, capture, old});
        const ClientReport r = builder.build(start.toLocalTime().date(), end.addSecs(-1).toLocalTime().date(), end);
        QCOMPARE(r.rows.size(), 2);
        const EnvironmentReport &p = r.rows[0];
        QCOMPARE(p.environment, QStringLiteral("production"));
        QCOMPARE(p.expected, 3);
        QCOMPARE(p.taken, 2);   // the expired one was taken too
        QCOMPARE(p.failed, 1);
        QCOMPARE(p.manual, 1);  // the capturing one has not happened yet
        QCOMPARE(p.newestBackup, utc(QStringLiteral("2026-11-03T09:00:00Z")));
        QCOMPARE(p.compliance().value(), 200.0 / 3);
        const EnvironmentReport &s = r.rows[1];
        QCOMPARE(s.expected, 0);
        QVERIFY(!s.compliance());
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.restores, 1);
        QCOMPARE(s.failedRestores, 1);
        int backups = 0;
        for (const DayCount &d : r.days)
            backups += d.total();
        QCOMPARE(backups, 3);
    }

    void complianceIsCappedPerEnvironment()
    {
        ClientReport r;
        EnvironmentReport a, b;
        a.expected = 10;
        a.taken = 30; // manual runs of a schedule, or a cadence changed in the period
        b.expected = 10;
        b.taken = 5;
        r.rows = {a, b};
        QCOMPARE(a.compliance().value(), 100.0);
        QCOMPARE(r.compliance().value(), 75.0); // not (30 + 5) / 20, which would hide b's gap
    }

    void periodAndDates()
    {
        QCOMPARE(ReportRequest::parseDate(QStringLiteral("2026-11-30")), QDate(2026, 11, 30));
        QVERIFY(!ReportRequest::parseDate(QStringLiteral("30.11.2026")).isValid());
        QVERIFY(!ReportRequest::parseDate(QStringLiteral("2026-2-30")).isValid());
        QVERIFY(!ReportRequest::parseDate(QStringLiteral("2026-02-30")).isValid());
        const QDate today(2026, 11, 30);
        const ReportRequest last = ReportRequest::lastDays(today);
        QCOMPARE(last.firstDay, QDate(2026, 11, 1));
        QVERIFY(last.problem(today).isEmpty());
        ReportRequest backwards = last;
        backwards.firstDay = today.addDays(1);
        QVERIFY(!backwards.problem(today).isEmpty());
        ReportRequest tooLong = last;
        tooLong.firstDay = today.addYears(-3);
        QVERIFY(!tooLong.problem(today).isEmpty());
        // The end is now when the last day has not ended yet.
        const QDateTime now = QDateTime(today, QTime(10, 0));
        QCOMPARE(last.end(now), now);
        QCOMPARE(last.end(now.addDays(3)), QDate(2026, 12, 1).startOfDay());
    }

    void csvQuotesAndDefusesFormulas()
    {
        QCOMPARE(CsvReportWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        for (const char *start : {"+1", "-1", "@SUM(A1)", "\tx"})
            QVERIFY(CsvReportWriter::field(QString::fromLatin1(start)).startsWith(QLatin1Char('\'')));

        ClientReport r;
        r.organizationName = QStringLiteral("=cmd|' /C calc'!A0");
        EnvironmentReport row;
        row.siteSlug = QStringLiteral("a");
        row.siteName = QStringLiteral("Shop, \"Main\"");
        row.environment = QStringLiteral("production");
        row.expected = 4;
        row.taken = 3;
        r.rows = {row};
        const QString csv = QString::fromUtf8(CsvReportWriter::write(r));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 3); // header, row, the empty rest after the last CRLF
        QCOMPARE(lines[0], CsvReportWriter::header().join(QLatin1Char(',')));
        QVERIFY2(lines[1].startsWith(QStringLiteral("'=cmd|' /C calc'!A0,a,\"Shop, \"\"Main\"\"\",production,,4,3,75.0,")), qPrintable(lines[1]));
    }

    void htmlEscapesServerText()
    {
        ClientReport r;
        r.organizationName = QStringLiteral("<script>alert(1)</script> & Co");
        r.firstDay = QDate(2026, 11, 1);
        r.lastDay = QDate(2026, 11, 2);
        r.days = {DayCount{r.firstDay, 1, 0}, DayCount{r.lastDay, 0, 2}};
        EnvironmentReport row;
        row.siteSlug = QStringLiteral("x");
        row.siteName = QStringLiteral("<img src=x onerror=alert(2)>");
        row.environment = QStringLiteral("\"><b>env");
        r.rows = {row};
        const QString html = HtmlReportWriter::html(r, QLocale(QLocale::English));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>env")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QCOMPARE(html.count(QStringLiteral("http")), 1); // the SVG namespace only: nothing is fetched
    }

    void numbersAndDatesFollowTheLocale()
    {
        const ReportText de{QLocale(QLocale::German, QLocale::Germany)};
        const ReportText fr{QLocale(QLocale::French, QLocale::France)};
        QCOMPARE(de.number(12345), QStringLiteral("12.345"));
        QVERIFY(de.percent(99.6).contains(QStringLiteral("99,6")));
        QVERIFY(fr.percent(99.6).contains(QStringLiteral("99,6")));
        ClientReport r;
        r.firstDay = QDate(2026, 11, 1);
        r.lastDay = QDate(2026, 11, 30);
        QVERIFY2(de.period(r).contains(QStringLiteral("November")), qPrintable(de.period(r)));
        QVERIFY2(fr.period(r).contains(QStringLiteral("novembre")), qPrintable(fr.period(r)));
        QCOMPARE(de.percent(std::nullopt), QStringLiteral("—"));
    }

    void chartScaleIsRound()
    {
        QList<DayCount> days(30);
        days[3].scheduled = 17;
        const ChartScale s = ChartScale::of(days);
        QCOMPARE(s.top, 20);
        QVERIFY(s.labelEvery >= 4);
        QCOMPARE(ChartScale::of({}).top, 1);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
