#include "BulkSnapshotDialog.h"

#include "api/ApiClient.h"
#include "common/ProgressDelegate.h"

#include <QApplication>
#include <QClipboard>
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
    : QDialog(parent), m_api(api), m_targets(targets)
{
    setObjectName(QStringLiteral("bulkSnapshotDialog"));
    setWindowTitle(tr("Take Snapshots"));
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);

    m_heading = new QLabel(tr("A snapshot will be taken of each of these %n environment(s).", nullptr,
                              int(targets.size())),
                           this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("Optional, e.g. Before the PHP 8.3 upgrade"));
    m_label->setAccessibleName(tr("Snapshot label"));
    m_wait = new QRadioButton(tr("&Wait for the running job to end, then take the snapshot"), this);
    m_wait->setObjectName(QStringLiteral("waitRadio"));
    m_wait->setChecked(true);
    m_skip = new QRadioButton(tr("S&kip it and say so in the report"), this);
    m_skip->setObjectName(QStringLiteral("skipRadio"));
    auto *form = new QFormLayout;
    auto *labelCaption = new QLabel(tr("&Label:"), this);
    labelCaption->setBuddy(m_label);
    form->addRow(labelCaption, m_label);
    auto *busyBox = new QVBoxLayout;
    busyBox->addWidget(m_wait);
    busyBox->addWidget(m_skip);
    form->addRow(tr("If an environment is busy:"), busyBox);

    m_table = new QTableWidget(int(targets.size()), ColumnCount, this);
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
    for (int i = 0; i < targets.size(); ++i) {
        m_table->setItem(i, SiteColumn, new QTableWidgetItem(targets[i].siteName));
        m_table->setItem(i, EnvironmentColumn, new QTableWidgetItem(targets[i].environment));
        m_table->setItem(i, ResultColumn, new QTableWidgetItem(tr("Not started")));
        m_table->setItem(i, ProgressColumn, new QTableWidgetItem);
        m_table->setItem(i, DetailColumn, new QTableWidgetItem);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ProgressColumn, fontMetrics().averageCharWidth() * 18);

    m_summary = new QLabel(tr("At most 4 snapshots are taken at the same time."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_copy = new QPushButton(tr("&Copy Report"), this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setEnabled(false);
    m_start = new QPushButton(tr("&Take %n Snapshot(s)", nullptr, int(targets.size())), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_start->setEnabled(!targets.isEmpty());
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Start no more snapshots; the ones already running finish."));
    m_stop->hide();
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_copy, m_stop, m_close})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
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
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_label->setFocus();
}

BulkSnapshotRunner *BulkSnapshotDialog::runner() const
{
    return m_runner;
}

void BulkSnapshotDialog::setConcurrency(int n)
{
    m_concurrency = n;
    m_summary->setText(tr("At most %n snapshot(s) are taken at the same time.", nullptr, n));
}

void BulkSnapshotDialog::setRoundDelay(int ms)
{
    m_roundDelayMs = ms;
}

void BulkSnapshotDialog::start()
{
    if (m_runner)
        return;
    m_runner = new BulkSnapshotRunner(m_api, m_targets, m_label->text().trimmed(), this);
    m_runner->setConcurrency(m_concurrency);
    m_runner->setBusyPolicy(m_skip->isChecked() ? BulkSnapshotRunner::BusyPolicy::Skip
                                                : BulkSnapshotRunner::BusyPolicy::Wait);
    m_runner->setRoundDelay(m_roundDelayMs);
    connect(m_runner, &BulkSnapshotRunner::entryChanged, this, &BulkSnapshotDialog::updateRow);
    connect(m_runner, &BulkSnapshotRunner::unauthorized, this, &BulkSnapshotDialog::unauthorized);
    connect(m_runner, &BulkSnapshotRunner::finished, this, [this] {
        m_stop->hide();
        m_close->setText(tr("Close"));
        m_close->setDefault(true);
        m_close->setFocus();
        m_heading->setText(tr("Finished. The report says what happened to each environment; "
                              "Copy Report puts it on the clipboard."));
        updateSummary();
    });

    m_label->setReadOnly(true);
    m_wait->setEnabled(false);
    m_skip->setEnabled(false);
    m_start->hide();
    m_stop->show();
    m_label->deselect();
    m_stop->setFocus(); // the label is frozen now; Stop is what the keyboard may want
    m_copy->setEnabled(true);
    m_close->setText(tr("Continue in &Background"));
    m_heading->setText(tr("Taking a snapshot of each of these %n environment(s).", nullptr, int(m_targets.size())));
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->item(i, ResultColumn)->setText(BulkSnapshotRunner::outcomeText(BulkSnapshotRunner::Outcome::Queued));
    Q_EMIT bulkStarted(m_runner);
    m_runner->start();
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
        detail = tr("The snapshot is ready.");
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
