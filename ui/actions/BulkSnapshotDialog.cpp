#include "BulkSnapshotDialog.h"

#include "api/ApiClient.h"
#include "common/Dialogs.h"
#include "common/ProgressDelegate.h"
#include "jobs/BulkRunJournal.h"
#include "jobs/BulkTargets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QSaveFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

BulkSnapshotDialog::BulkSnapshotDialog(ApiClient *api, const QList<BulkSnapshotRunner::Target> &targets,
                                       QWidget *parent)
    : QDialog(parent), m_api(api), m_selected(targets), m_targets(targets)
{
    setObjectName(QStringLiteral("bulkSnapshotDialog"));
    setWindowTitle(tr("Take Snapshots"));
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);

    m_heading = new QLabel(tr("A snapshot will be taken of each of these %n environment(s).", nullptr,
                              int(targets.size())),
                           this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);

    m_choose = new QComboBox(this);
    m_choose->setObjectName(QStringLiteral("chooseCombo"));
    m_choose->setAccessibleName(tr("Environments to snapshot"));
    m_choose->addItem(tr("The selected environments (%n)", nullptr, int(targets.size())), QStringLiteral("selected"));
    m_choose->setEnabled(false); // until setFleet() offers more
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("Optional, e.g. Before the PHP 8.3 upgrade"));
    m_label->setAccessibleName(tr("Snapshot label"));
    m_join = new QRadioButton(tr("&Use a capture already running there as its snapshot (wait for a restore)"), this);
    m_join->setObjectName(QStringLiteral("joinRadio"));
    m_join->setChecked(true);
    m_wait = new QRadioButton(tr("&Wait for the running job to end, then take the snapshot"), this);
    m_wait->setObjectName(QStringLiteral("waitRadio"));
    m_skip = new QRadioButton(tr("S&kip it and say so in the report"), this);
    m_skip->setObjectName(QStringLiteral("skipRadio"));
    auto *form = new QFormLayout;
    auto *chooseCaption = new QLabel(tr("&Environments:"), this);
    chooseCaption->setBuddy(m_choose);
    form->addRow(chooseCaption, m_choose);
    auto *labelCaption = new QLabel(tr("&Label:"), this);
    labelCaption->setBuddy(m_label);
    form->addRow(labelCaption, m_label);
    auto *busyBox = new QVBoxLayout;
    busyBox->addWidget(m_join);
    busyBox->addWidget(m_wait);
    busyBox->addWidget(m_skip);
    form->addRow(tr("If an environment is busy:"), busyBox);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Environments and results"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Environment"), tr("Result"), tr("Progress"), tr("Detail")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(ProgressRole, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    // A failure's sentence and request id may not fit the column: its row grows instead of
    // cutting off the request id (see updateRow()).
    m_table->setWordWrap(true);

    m_summary = new QLabel(tr("Snapshots are requested as fast as the platform's rate limit allows."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_copy = new QPushButton(tr("&Copy Report"), this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setEnabled(false);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setEnabled(false);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Start no more snapshots; the ones already running finish."));
    m_stop->hide();
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_copy, m_export, m_stop, m_close})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &BulkSnapshotDialog::start);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_copy, &QPushButton::clicked, this, &BulkSnapshotDialog::copyReport);
    connect(m_export, &QPushButton::clicked, this, &BulkSnapshotDialog::exportCsv);
    connect(m_choose, &QComboBox::currentIndexChanged, this, &BulkSnapshotDialog::chooseTargets);
    fillTable();
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_label->setFocus();
}

BulkSnapshotRunner *BulkSnapshotDialog::runner() const
{
    return m_runner;
}

void BulkSnapshotDialog::setConcurrency(int n)
{
    m_concurrency = qMax(0, n);
    if (n > 0)
        m_summary->setText(tr("At most %n snapshot(s) are taken at the same time.", nullptr, n));
}

QList<BulkSnapshotRunner::Target> BulkSnapshotDialog::targets() const
{
    return m_targets;
}

void BulkSnapshotDialog::setFleet(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now)
{
    m_sites = sites;
    m_policies = policies;
    m_now = now;
    const QSignalBlocker block(m_choose);
    while (m_choose->count() > 1)
        m_choose->removeItem(1);
    // Counted now, so that each choice says how many environments it would take.
    m_choose->addItem(tr("All production environments (%n)", nullptr, int(BulkTargets::production(sites).size())),
                      QStringLiteral("production"));
    m_choose->addItem(tr("Late or stale environments (%n)", nullptr,
                         int(BulkTargets::lateOrStale(sites, policies, now).size())),
                      QStringLiteral("behind"));
    for (const QString &plan : BulkTargets::plans(sites)) {
        m_choose->addItem(tr("Sites on the %1 plan (%n environment(s))", nullptr,
                             int(BulkTargets::onPlan(sites, plan).size())).arg(plan),
                          QString(QStringLiteral("plan:") + plan));
    }
    m_choose->setEnabled(!m_runner);
    if (m_selected.isEmpty() && m_choose->count() > 1) // nothing selected: the first choice by what it is
        m_choose->setCurrentIndex(1);
    chooseTargets(m_choose->currentIndex());
}

void BulkSnapshotDialog::setJournalOwner(const QString &accountId, const QString &directory)
{
    m_journalOwner = accountId;
    m_journalDirectory = directory.isEmpty() ? BulkRunJournal::defaultDirectory() : directory;
}

void BulkSnapshotDialog::chooseTargets(int index)
{
    if (m_runner)
        return;
    const QString choice = m_choose->itemData(index).toString();
    if (choice == QLatin1String("production"))
        m_targets = BulkTargets::production(m_sites);
    else if (choice == QLatin1String("behind"))
        m_targets = BulkTargets::lateOrStale(m_sites, m_policies, m_now);
    else if (choice.startsWith(QLatin1String("plan:")))
        m_targets = BulkTargets::onPlan(m_sites, choice.mid(5));
    else
        m_targets = m_selected;
    fillTable();
}

void BulkSnapshotDialog::fillTable()
{
    const int n = int(m_targets.size());
    m_table->setRowCount(n);
    for (int i = 0; i < n; ++i) {
        m_table->setItem(i, SiteColumn, new QTableWidgetItem(m_targets[i].siteName));
        m_table->setItem(i, EnvironmentColumn, new QTableWidgetItem(m_targets[i].environment));
        m_table->setItem(i, ResultColumn, new QTableWidgetItem(tr("Not started")));
        m_table->setItem(i, ProgressColumn, new QTableWidgetItem);
        m_table->setItem(i, DetailColumn, new QTableWidgetItem);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ProgressColumn, fontMetrics().averageCharWidth() * 18);
    m_heading->setText(tr("A snapshot will be taken of each of these %n environment(s).", nullptr, n));
    m_start->setText(tr("&Take %n Snapshot(s)", nullptr, n));
    m_start->setEnabled(n > 0);
}

void BulkSnapshotDialog::setRoundDelay(int ms)
{
    m_roundDelayMs = ms;
}

void BulkSnapshotDialog::start()
{
    if (m_runner || m_targets.isEmpty())
        return;
    const QString label = m_label->text().trimmed();
    if (!m_journalOwner.isEmpty()) {
        QStringList keys;
        for (const auto &t : std::as_const(m_targets))
            keys << BulkSnapshotRunner::targetKey(t);
        auto *journal = new BulkRunJournal(m_journalDirectory, BulkRunJournal::runId(m_journalOwner, label, keys), this);
        QString error;
        if (!journal->open(label, &error)) {
            delete journal;
            Dialogs::warning(this, tr("Take Snapshots"), error);
            return;
        }
        m_journal = journal;
    }
    m_runner = new BulkSnapshotRunner(m_api, m_targets, label, this);
    m_runner->setConcurrency(m_concurrency);
    m_runner->setBusyPolicy(m_skip->isChecked()   ? BulkSnapshotRunner::BusyPolicy::Skip
                            : m_wait->isChecked() ? BulkSnapshotRunner::BusyPolicy::Wait
                                                  : BulkSnapshotRunner::BusyPolicy::Join);
    m_runner->setRoundDelay(m_roundDelayMs);
    if (m_journal) {
        m_runner->setJournal(m_journal);
        m_journal->setParent(m_runner); // lives as long as the run, which may outlive the dialog
    }
    connect(m_runner, &BulkSnapshotRunner::entryChanged, this, &BulkSnapshotDialog::updateRow);
    connect(m_runner, &BulkSnapshotRunner::unauthorized, this, &BulkSnapshotDialog::unauthorized);
    connect(m_runner, &BulkSnapshotRunner::finished, this, [this] {
        m_stop->hide();
        m_close->setText(tr("Close"));
        m_close->setDefault(true);
        m_close->setFocus();
        m_heading->setText(tr("Finished. The report says what happened to each environment; "
                              "Copy Report puts it on the clipboard, Export CSV… saves it."));
        updateSummary();
    });

    m_label->setReadOnly(true);
    m_choose->setEnabled(false);
    m_join->setEnabled(false);
    m_wait->setEnabled(false);
    m_skip->setEnabled(false);
    m_start->hide();
    m_stop->show();
    m_label->deselect();
    m_stop->setFocus(); // the label is frozen now; Stop is what the keyboard may want
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    m_close->setText(tr("Continue in &Background"));
    m_heading->setText(tr("Taking a snapshot of each of these %n environment(s).", nullptr, int(m_targets.size())));
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->item(i, ResultColumn)->setText(BulkSnapshotRunner::outcomeText(BulkSnapshotRunner::Outcome::Queued));
    Q_EMIT bulkStarted(m_runner);
    m_runner->start();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_runner->entries().at(i).outcome != BulkSnapshotRunner::Outcome::Queued)
            updateRow(i); // done by an earlier start of this run, or following its capture
    }
    updateSummary();
}

void BulkSnapshotDialog::updateRow(int index)
{
    if (!m_runner)
        return;
    const BulkSnapshotRunner::Entry &e = m_runner->entries().at(index);
    m_table->item(index, ResultColumn)->setText(BulkSnapshotRunner::outcomeText(e.outcome));
    QTableWidgetItem *progress = m_table->item(index, ProgressColumn);
    const bool active = e.outcome == BulkSnapshotRunner::Outcome::Capturing;
    progress->setData(ProgressRole, active || e.outcome == BulkSnapshotRunner::Outcome::Done ? QVariant(e.progress)
                                                                                             : QVariant());
    QString detail = e.isFinal() ? e.reason : e.phase;
    QString tip = detail;
    if (e.outcome == BulkSnapshotRunner::Outcome::Done) {
        // A success needs no id in the row (the copied report has it); a failure or a skip
        // shows its request id, which is what support asks for.
        detail = e.joined  ? tr("The snapshot is ready (a capture that was already running).")
            : e.earlier ? tr("The snapshot is ready (taken by an earlier start of this run).")
                        : tr("The snapshot is ready.");
        tip = detail + u'\n' + tr("Snapshot id: %1").arg(e.snapshotId);
    } else if (!e.requestId.isEmpty()) {
        detail += u' ' + tr("(request id %1)").arg(e.requestId);
        tip = detail;
    }
    m_table->item(index, DetailColumn)->setText(detail);
    m_table->item(index, DetailColumn)->setToolTip(tip);
    m_table->resizeRowToContents(index);
    const QColor failed(0xb3, 0x26, 0x1e);
    m_table->item(index, ResultColumn)->setForeground(e.outcome == BulkSnapshotRunner::Outcome::Failed
                                                          ? QBrush(failed)
                                                          : QBrush());
    updateSummary();
}

void BulkSnapshotDialog::updateSummary()
{
    if (!m_runner)
        return;
    using O = BulkSnapshotRunner::Outcome;
    const int done = m_runner->count(O::Done);
    const int failed = m_runner->count(O::Failed);
    const int skipped = m_runner->count(O::Skipped);
    const int total = int(m_runner->entries().size());
    QString text = tr("%1 of %n done", nullptr, total).arg(done);
    if (failed)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
    if (skipped)
        text += QStringLiteral(", ") + tr("%n skipped", nullptr, skipped);
    if (m_runner->isFinished())
        text += QStringLiteral(". ") + tr("Finished.");
    m_summary->setText(text);
}

void BulkSnapshotDialog::copyReport()
{
    if (m_runner)
        QApplication::clipboard()->setText(m_runner->reportText());
}

void BulkSnapshotDialog::exportCsv()
{
    if (!m_runner)
        return;
    const QString path = Dialogs::getSaveFileName(this, tr("Export Report"), tr("snapshots-report.csv"),
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path); // whole or not at all: a full disk leaves any earlier file as it was
    const QByteArray bytes = m_runner->reportCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Dialogs::warning(this, tr("Export Report"),
                         tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    m_summary->setText(m_summary->text() + u' ' + tr("Report saved to %1.").arg(path));
}
