#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "common/Dialogs.h"
#include "report/ReportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// "Export report…" driven like a person would, on the offscreen platform against mf-sandbox:
// the checked sites only, each format, the file chosen through the dialog wrapper, and errors
// shown in the dialog.
class TestUiReport : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QList<Site> m_sites;
    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no %s", name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl());
        m_api->setApiKey(m_sandbox.apiKey());
        ApiReply *reply = m_api->listSites();
        reply->setAutoDelete(false);
        QSignalSpy done(reply, &ApiReply::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(reply->ok());
        m_sites = *reply->as<QList<Site>>();
        delete reply;
        QCOMPARE(m_sites.size(), 12);
    }

    void cleanup() { Dialogs::clearPendingAnswers(); }

    void exportsTheCheckedSitesAsCsv()
    {
        ReportDialog dialog(m_api.get(), m_sites, nullptr);
        dialog.show();
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        auto *chosen = child<QRadioButton>(&dialog, "chosenSites");
        auto *list = child<QListWidget>(&dialog, "siteList");
        auto *format = child<QComboBox>(&dialog, "format");
        auto *exportButton = child<QPushButton>(&dialog, "exportButton");
        auto *status = child<QLabel>(&dialog, "statusLabel");
        QVERIFY(chosen && list && format && exportButton && status);
        QVERIFY(!list->isEnabled()); // "All sites" until asked otherwise

        // Only the checked ones: none checked is said in the dialog, and nothing is asked.
        chosen->click();
        QVERIFY(list->isEnabled());
        format->setCurrentIndex(format->findData(int(ReportFile::Format::Csv)));
        const QString file = m_dir.filePath(QStringLiteral("clients.csv"));
        Dialogs::setNextFileName(file);
        exportButton->click();
        QVERIFY(Dialogs::hasPendingAnswers() == false); // the file was asked for first
        QVERIFY2(status->text().contains(QStringLiteral("Check at least one site")), qPrintable(status->text()));
        QVERIFY(!QFile::exists(file));

        const QList<QListWidgetItem *> items = list->findItems(QStringLiteral("acme-store"), Qt::MatchContains);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(Qt::Checked);
        exportButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
        QVERIFY2(status->text().contains(QStringLiteral("Saved the report")), qPrintable(status->text()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1); // header, acme-store's three environments, the end
        QVERIFY(lines[1].contains(",acme-store,Acme Store,production,"));
        QVERIFY(exportButton->isEnabled());
    }

    void exportsAllSitesAsPdf()
    {
        ReportDialog dialog(m_api.get(), m_sites, nullptr);
        dialog.show();
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        auto *format = child<QComboBox>(&dialog, "format");
        auto *progress = child<QProgressBar>(&dialog, "progressBar");
        QVERIFY(format && progress);
        QCOMPARE(format->currentData().toInt(), int(ReportFile::Format::Pdf)); // the default
        // The file chosen as .html turns .pdf with the format.
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("all.html")));
        QTest::mouseClick(child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
        format->setCurrentIndex(format->findData(int(ReportFile::Format::Html)));
        format->setCurrentIndex(format->findData(int(ReportFile::Format::Pdf)));
        QCOMPARE(dialog.fileName(), m_dir.filePath(QStringLiteral("all.pdf")));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(progress->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 120000);
        QVERIFY(!progress->isVisible());
        QFile f(m_dir.filePath(QStringLiteral("all.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(f.size() > 5000);
    }

    void errorsShowInTheDialog()
    {
        // A platform that cannot be reached: the reason in the dialog, no file, ready to try again.
        ApiClient::Options fast;
        fast.maxAttempts = 1;
        ApiClient offline(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), fast);
        offline.setApiKey(m_sandbox.apiKey());
        ReportDialog dialog(&offline, m_sites, nullptr);
        dialog.show();
        const QString file = m_dir.filePath(QStringLiteral("offline.csv"));
        Dialogs::setNextFileName(file);
        child<QComboBox>(&dialog, "format")->setCurrentIndex(2);
        child<QPushButton>(&dialog, "exportButton")->click();
        auto *status = child<QLabel>(&dialog, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 60000);
        QVERIFY2(status->text().contains(QStringLiteral("could not be made")), qPrintable(status->text()));
        QVERIFY(!QFile::exists(file));
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());

        // A folder that does not exist is said before anything is read.
        ReportDialog second(m_api.get(), m_sites, nullptr);
        Dialogs::setNextFileName(QStringLiteral("/nonexistent-dir/r.pdf"));
        child<QPushButton>(&second, "exportButton")->click();
        auto *secondStatus = child<QLabel>(&second, "statusLabel");
        QVERIFY2(secondStatus->text().contains(QStringLiteral("Cannot write")), qPrintable(secondStatus->text()));
        QVERIFY(!second.isExporting());
    }
};

QTEST_MAIN(TestUiReport)
#include "tst_ui_report.moc"
