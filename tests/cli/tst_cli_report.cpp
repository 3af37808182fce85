#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// `mf report` against mf-sandbox's demo seed: the CSV parsed back and checked row by row against
// the test's own reading of the API (PlatformQuery, not the client core), the PDF read back with
// pdftotext, and clear errors that leave no file behind.
class TestCliReport : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    MfProcess m_mf;
    std::unique_ptr<PlatformQuery> m_platform;
    QTemporaryDir m_out;

    // RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and
    // line breaks, records end with CRLF.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << field;
                field.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                row << field;
                rows << row;
                row.clear();
                field.clear();
                ++i;
            } else {
                field += c;
            }
        }
        return rows;
    }

    static QDateTime time(const QJsonValue &v)
    {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }

    // The test's own rule, from the contract: runs fall on next_run_at ± whole cadences.
    static int expectedRuns(const QJsonObject &policy, const QDateTime &start, const QDateTime &end)
    {
        const QString cadence = policy.value("cadence").toString();
        const qint64 step = cadence == QLatin1String("hourly") ? 3600
                            : cadence == QLatin1String("daily") ? 86400
                            : cadence == QLatin1String("weekly") ? 7 * 86400 : 0;
        if (step == 0)
            return 0;
        if (policy.value("next_run_at").isNull())
            return int(start.secsTo(end) / step);
        // Step back from the next run to the last one before the end, then count down to the start.
        int n = 0;
        QDateTime t = time(policy.value("next_run_at"));
        while (t >= end)
            t = t.addSecs(-step);
        for (; t >= start; t = t.addSecs(-step))
            ++n;
        return n;
    }

    MfResult report(const QStringList &args)
    {
        return m_mf.run(QStringList{QStringLiteral("report")} + args);
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_mf.isValid() && m_out.isValid());
        m_mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        m_platform = std::make_unique<PlatformQuery>(m_sandbox.apiUrl(), m_sandbox.apiKey());

        // Something for every column: a manual snapshot today and a restore into staging.
        const MfResult capture = m_mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--site"),
                                           QStringLiteral("city-dental"), QStringLiteral("--env"), QStringLiteral("staging"),
                                           QStringLiteral("--wait")});
        QVERIFY2(capture.finished && capture.exitCode == 0, qPrintable(capture.describe()));
        const MfResult list = m_mf.run({QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                        QStringLiteral("city-dental"), QStringLiteral("--env"), QStringLiteral("staging"),
                                        QStringLiteral("--status"), QStringLiteral("ready")});
        const QString id = list.json().toArray().first().toObject().value("id").toString();
        QVERIFY2(!id.isEmpty(), qPrintable(list.describe()));
        const MfResult restore = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("restore"), id, QStringLiteral("--site"),
                                           QStringLiteral("city-dental"), QStringLiteral("--db"), QStringLiteral("--yes"),
                                           QStringLiteral("--wait")});
        QVERIFY2(restore.finished && restore.exitCode == 0, qPrintable(restore.describe()));
    }

    void csvEqualsTheApi()
    {
        const QString file = m_out.filePath(QStringLiteral("report.csv"));
        const MfResult r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Acme Agency"), qPrintable(r.describe()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.first();
        auto col = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
        for (const char *name : {"organization", "site", "environment", "cadence", "expected", "taken", "compliance_percent",
                                 "manual", "failed_captures", "restores", "failed_restores", "newest_backup", "period_start", "period_end"})
            QVERIFY2(col(name) >= 0, name);

        const std::optional<QJsonArray> sites = m_platform->list(QStringLiteral("/sites"));
        const std::optional<QJsonArray> jobs = m_platform->list(QStringLiteral("/jobs"));
        QVERIFY(sites && jobs);
        int environments = 0;
        for (const QJsonValue &s : *sites)
            environments += int(s.toObject().value("environments").toArray().size());
        QCOMPARE(rows.size() - 1, environments);

        QHash<QString, QStringList> byKey;
        for (const QStringList &row : rows.mid(1))
            byKey.insert(row[col("site")] + QLatin1Char('/') + row[col("environment")], row);
        const QDateTime start = QDateTime::fromString(rows[1][col("period_start")], Qt::ISODate);
        const QDateTime end = QDateTime::fromString(rows[1][col("period_end")], Qt::ISODate);
        QVERIFY(start.isValid() && end.isValid());
        QCOMPARE(start, QDate::currentDate().addDays(-29).startOfDay());
        QVERIFY(qAbs(end.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        int restoresSeen = 0, manualSeen = 0, failedSeen = 0;
        for (const QJsonValue &sv : *sites) {
            const QJsonObject site = sv.toObject();
            const QString slug = site.value("slug").toString();
            const std::optional<QJsonObject> policy = m_platform->get(QStringLiteral("/sites/%1/backups/policy").arg(slug));
            const std::optional<QJsonArray> snapshots = m_platform->list(QStringLiteral("/sites/%1/snapshots").arg(slug));
            QVERIFY(policy && snapshots);
            for (const QJsonValue &ev : site.value("environments").toArray()) {
                const QString env = ev.toObject().value("name").toString();
                const QString key = slug + QLatin1Char('/') + env;
                QVERIFY2(byKey.contains(key), qPrintable(key));
                const QStringList row = byKey.value(key);
                QCOMPARE(row[col("organization")], QStringLiteral("Acme Agency"));

                int expected = 0;
                QString cadence;
                for (const QJsonValue &p : policy->value("environments").toArray()) {
                    if (p.toObject().value("environment").toString() == env) {
                        cadence = p.toObject().value("cadence").toString();
                        expected = expectedRuns(p.toObject(), std::max(start, time(site.value("created_at"))), end);
                    }
                }
                int taken = 0, manual = 0, failed = 0;
                QDateTime newest;
                for (const QJsonValue &v : *snapshots) {
                    const QJsonObject s = v.toObject();
                    const QDateTime at = time(s.value("created_at"));
                    if (s.value("environment").toString() != env || at < start || at >= end)
                        continue;
                    const QString status = s.value("status").toString();
                    if (status == QLatin1String("failed")) {
                        ++failed;
                        continue;
                    }
                    if (status != QLatin1String("ready") && status != QLatin1String("expired"))
                        continue;
                    (s.value("kind").toString() == QLatin1String("scheduled") ? taken : manual) += 1;
                    if (!newest.isValid() || at > newest)
                        newest = at;
                }
                int restores = 0, failedRestores = 0;
                for (const QJsonValue &v : *jobs) {
                    const QJsonObject j = v.toObject();
                    const QDateTime at = time(j.value("created_at"));
                    if (j.value("type").toString() == QLatin1String("restore") && j.value("site_id") == site.value("id")
                        && j.value("environment").toString() == env && at >= start && at < end) {
                        ++restores;
                        failedRestores += j.value("status").toString() == QLatin1String("failed") ? 1 : 0;
                    }
                }
                QCOMPARE(row[col("cadence")], cadence);
                QCOMPARE(row[col("expected")].toInt(), expected);
                QCOMPARE(row[col("taken")].toInt(), taken);
                QCOMPARE(row[col("manual")].toInt(), manual);
                QCOMPARE(row[col("failed_captures")].toInt(), failed);
                QCOMPARE(row[col("restores")].toInt(), restores);
                QCOMPARE(row[col("failed_restores")].toInt(), failedRestores);
                QCOMPARE(QDateTime::fromString(row[col("newest_backup")], Qt::ISODate), newest.toUTC());
                if (expected > 0)
                    QCOMPARE(row[col("compliance_percent")], QString::number(std::min(100.0, 100.0 * taken / expected), 'f', 1));
                else
                    QCOMPARE(row[col("compliance_percent")], QString());
                restoresSeen += restores;
                manualSeen += manual;
                failedSeen += failed;
            }
        }
        // The seed and initTestCase made one of each at least: the comparisons above were not all zeros.
        QVERIFY(restoresSeen >= 1 && manualSeen >= 5 && failedSeen >= 1);
    }

    void siteChoiceAndPeriod()
    {
        const QString file = m_out.filePath(QStringLiteral("two.csv"));
        const MfResult r = report({QStringLiteral("--site"), QStringLiteral("acme-store"), QStringLiteral("--site"), QStringLiteral("city-dental"),
                                   QStringLiteral("--from"), QDate::currentDate().addDays(-6).toString(Qt::ISODate),
                                   QStringLiteral("--to"), QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("-o"), file});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(rows.size(), 1 + 3 + 2); // acme-store's three environments, city-dental's two
        QCOMPARE(rows[1][1], QStringLiteral("acme-store"));
        QCOMPARE(rows.last()[1], QStringLiteral("city-dental"));
        QCOMPARE(QDateTime::fromString(rows[1].last(), Qt::ISODate), QDate::currentDate().startOfDay());
    }

    void pdfReadsBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/deps.sh test) is needed to read the PDF back");
        const QString file = m_out.filePath(QStringLiteral("report.pdf"));
        // Cron and a bare root shell have no XDG_RUNTIME_DIR: Qt's warning about it is not mf's
        // to print.
        m_mf.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
        const MfResult r = report({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("Acme Agency")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Acme Store")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("wayne-foundation")) || text.contains(QStringLiteral("Wayne Foundation")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Backups per day")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d%"))), qPrintable(text.left(2000)));
        // Every page says which it is and how many there are, the last one included.
        const QRegularExpressionMatch last = QRegularExpression(QStringLiteral("Page (\\d+) of (\\d+)\\s*$")).match(text.trimmed());
        QVERIFY2(last.hasMatch() && last.captured(1) == last.captured(2), qPrintable(text.right(500)));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of ") + last.captured(2)), qPrintable(text.left(3000)));
    }

    void pdfInGerman()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/deps.sh test) is needed to read the PDF back");
        MfProcess de;
        de.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        de.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        de.setEnv(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        de.setEnv(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const QString file = m_out.filePath(QStringLiteral("bericht.pdf"));
        const MfResult r = de.run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                   QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("-o"), file});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QString text = pdfText(file);
        // German dates: "1. Januar 2026"; the period's 300-odd days put thousands into a count.
        QVERIFY2(text.contains(QStringLiteral("Januar 2026")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Seite 1 von ")), qPrintable(text.right(500)));
        QVERIFY2(text.contains(QStringLiteral("Acme Agency")), qPrintable(text.left(2000)));
    }

    void errorsLeaveNoFile()
    {
        const QString file = m_out.filePath(QStringLiteral("never.pdf"));
        struct Case { QStringList args; int exit; const char *says; };
        const QList<Case> cases = {
            {{QStringLiteral("--from"), QStringLiteral("30.11.2026"), QStringLiteral("-o"), file}, 2, "YYYY-MM-DD"},
            {{QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("-o"), file}, 2, "after its last day"},
            {{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), file}, 2, "pdf, html or csv"},
            {{QStringLiteral("-o"), m_out.filePath(QStringLiteral("report.txt"))}, 2, "--format is needed"},
            {{QStringLiteral("--format"), QStringLiteral("pdf")}, 2, "-o FILE"},
            {{QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/report.pdf")}, 1, "Cannot write /nonexistent-dir/report.pdf"},
            {{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), m_out.path()}, 1, "it is a folder"},
            {{QStringLiteral("--site"), QStringLiteral("no-such-site"), QStringLiteral("-o"), file}, 4, "There is no site 'no-such-site'"},
        };
        for (const Case &c : cases) {
            const MfResult r = report(c.args);
            QVERIFY2(r.finished && r.exitCode == c.exit, qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
            QVERIFY2(r.err.contains(c.says), qPrintable(r.describe()));
            QVERIFY2(!QFile::exists(file), qPrintable(c.args.join(QLatin1Char(' '))));
        }
        // A failed run keeps an older report as it was, and leaves no temporary file beside it.
        const QString kept = m_out.filePath(QStringLiteral("kept.csv"));
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old report\n") > 0);
        old.close();
        const QStringList before = QDir(m_out.path()).entryList(QDir::Files);
        const MfResult r = report({QStringLiteral("--site"), QStringLiteral("no-such-site"), QStringLiteral("-o"), kept});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old report\n"));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files), before);
    }

    void pdfWithoutItsPluginSaysSo()
    {
        // mf alone, without mf-report-pdf beside it or installed: HTML still works, a PDF is
        // refused at once with the reason, and no file is left.
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString lone = bin.filePath(QStringLiteral("mf"));
        QVERIFY(QFile::copy(MfProcess::binary(), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::permissions(lone) | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_mf.home());
        env.insert(QStringLiteral("MF_API_URL"), m_sandbox.apiUrl().toString());
        env.insert(QStringLiteral("MF_API_KEY"), m_sandbox.apiKey());
        const auto runLone = [&](const QString &file) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(lone, {QStringLiteral("report"), QStringLiteral("--site"), QStringLiteral("city-dental"),
                           QStringLiteral("-o"), file});
            p.closeWriteChannel();
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QString pdf = m_out.filePath(QStringLiteral("lone.pdf"));
        const auto [pdfExit, pdfErr] = runLone(pdf);
        QCOMPARE(pdfExit, 1);
        QVERIFY2(pdfErr.contains(QStringLiteral("PDF reports need mf-report-pdf")), qPrintable(pdfErr));
        QVERIFY(!QFile::exists(pdf));
        const QString html = m_out.filePath(QStringLiteral("lone.html"));
        const auto [htmlExit, htmlErr] = runLone(html);
        QVERIFY2(htmlExit == 0, qPrintable(htmlErr));
        QVERIFY(QFileInfo(html).size() > 0);
    }

    void helpAndJson()
    {
        const MfResult help = report({QStringLiteral("--help")});
        QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY2(help.out.startsWith("Usage: mf report [options]"), qPrintable(help.describe()));
        QVERIFY(help.out.contains("--format") && help.out.contains("--site"));
        const QString file = m_out.filePath(QStringLiteral("report.html"));
        const MfResult json = m_mf.run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("-o"), file});
        QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject o = json.json().toObject();
        QCOMPARE(o.value("format").toString(), QStringLiteral("html"));
        QCOMPARE(o.value("sites").toInt(), 12);
        QVERIFY(o.value("compliance_percent").isDouble());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>") && html.contains("Acme Agency") && html.contains("<svg"));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
