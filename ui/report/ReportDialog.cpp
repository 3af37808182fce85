#include "ReportDialog.h"

#include "common/Dialogs.h"
#include "style/StatusColors.h"
#include "PdfReportWriter.h"
#include "report/ReportLoader.h"
#include "report/ReportRequest.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

ReportDialog::ReportDialog(ApiClient *api, const QList<Site> &sites, const Clock *clock, QWidget *parent)
    : QDialog(parent), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    const QDate today = m_clock->now().toLocalTime().date();
    const ReportRequest period = ReportRequest::lastDays(today);

    auto *intro = new QLabel(tr("A report for your clients: per site and environment, the scheduled backups "
                                "expected and taken, manual snapshots, failed captures and restores."), this);
    intro->setWordWrap(true);

    m_from = new QDateEdit(period.firstDay, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(period.lastDay, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setMaximumDate(today);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();

    m_allSites = new QRadioButton(tr("All sites"), this);
    m_allSites->setObjectName(QStringLiteral("allSites"));
    m_allSites->setChecked(true);
    m_chosenSites = new QRadioButton(tr("Only the checked sites:"), this);
    m_chosenSites->setObjectName(QStringLiteral("chosenSites"));
    m_siteList = new QListWidget(this);
    m_siteList->setObjectName(QStringLiteral("siteList"));
    QList<Site> sorted = sites;
    std::sort(sorted.begin(), sorted.end(), [](const Site &a, const Site &b) { return a.slug < b.slug; });
    for (const Site &s : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(s.name.isEmpty() || s.name == s.slug ? s.slug : tr("%1 (%2)").arg(s.name, s.slug), m_siteList);
        item->setData(Qt::UserRole, s.slug);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF document"), int(ReportFile::Format::Pdf));
    m_format->addItem(tr("Web page (HTML)"), int(ReportFile::Format::Html));
    m_format->addItem(tr("Spreadsheet (CSV)"), int(ReportFile::Format::Csv));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), periodRow);
    form->addRow(tr("Sites:"), m_allSites);
    form->addRow(QString(), m_chosenSites);
    form->addRow(QString(), m_siteList);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors quote file names and platform text
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_loader = new ReportLoader(api, m_clock, this);
    connect(m_loader, &ReportLoader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        showStatus(total > 0 ? tr("Reading sites: %1 of %2").arg(done).arg(total) : tr("Reading the fleet…"));
    });
    connect(m_loader, &ReportLoader::finished, this, &ReportDialog::onFinished);
    connect(m_loader, &ReportLoader::failed, this, [this](const QString &message) { onFailed(message); });
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_allSites, &QRadioButton::toggled, this, &ReportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The file keeps its name and gets the format's extension.
        const QString name = m_file->text().trimmed();
        if (name.isEmpty())
            return;
        const QFileInfo info(name);
        const QString base = ReportFile::formatOf(name) ? info.completeBaseName() : info.fileName();
        m_file->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + ReportFile::extension(format())));
    });
    updateState();
}

ReportDialog::~ReportDialog() = default;

bool ReportDialog::isExporting() const
{
    return m_loader->isRunning();
}

QString ReportDialog::fileName() const
{
    return m_file->text().trimmed();
}

ReportFile::Format ReportDialog::format() const
{
    return ReportFile::Format(m_format->currentData().toInt());
}

void ReportDialog::updateState()
{
    m_siteList->setEnabled(m_chosenSites->isChecked() && !isExporting());
}

void ReportDialog::chooseFile()
{
    const QString ext = ReportFile::extension(format());
    QString start = fileName();
    if (start.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        start = QDir(folder).filePath(tr("backup-report") + QLatin1Char('-') + m_to->date().toString(Qt::ISODate)
                                      + QLatin1Char('.') + ext);
    }
    const QString chosen = Dialogs::getSaveFileName(this, tr("Save Report"), start,
                                                    tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (chosen.isEmpty())
        return;
    m_file->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QLatin1Char('.') + ext : chosen);
}

void ReportDialog::exportReport()
{
    if (isExporting())
        return;
    if (fileName().isEmpty()) {
        chooseFile();
        if (fileName().isEmpty())
            return;
    }
    ReportRequest request;
    request.firstDay = m_from->date();
    request.lastDay = m_to->date();
    if (m_chosenSites->isChecked()) {
        for (int i = 0; i < m_siteList->count(); ++i) {
            if (m_siteList->item(i)->checkState() == Qt::Checked)
                request.sites << m_siteList->item(i)->data(Qt::UserRole).toString();
        }
        if (request.sites.isEmpty())
            return showError(tr("Check at least one site, or choose all sites."));
    }
    if (const QString problem = request.problem(m_clock->now().toLocalTime().date()); !problem.isEmpty())
        return showError(problem);
    if (const QString problem = ReportFile::checkWritable(fileName()); !problem.isEmpty())
        return showError(problem);
    setBusy(true);
    showStatus(tr("Reading the fleet…"));
    m_loader->start(request);
}

void ReportDialog::onFinished(const ClientReport &report)
{
    setBusy(false);
    const QString problem = ReportFile::write(report, format(), fileName(), &PdfReportWriter::write);
    if (!problem.isEmpty())
        return showError(problem);
    showStatus(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(fileName())));
    Q_EMIT exported(fileName());
}

void ReportDialog::onFailed(const QString &message)
{
    setBusy(false);
    showError(tr("The report could not be made. %1").arg(message));
}

void ReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0); // until the number of sites is known
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_allSites, m_chosenSites, m_format, m_file, m_browse, m_export})
        w->setEnabled(!busy);
    updateState();
}

void ReportDialog::showError(const QString &message)
{
    m_status->setStyleSheet(StatusColors::errorTextStyle());
    m_status->setProperty("error", true);
    m_status->setText(message);
}

void ReportDialog::showStatus(const QString &message)
{
    m_status->setStyleSheet({});
    m_status->setProperty("error", false);
    m_status->setText(message);
}

void ReportDialog::reject()
{
    // Closing stops the reading: nobody would see the report being saved.
    m_loader->cancel();
    QDialog::reject();
}
