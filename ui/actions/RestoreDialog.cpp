#include "RestoreDialog.h"

#include "api/ApiClient.h"
#include "util/ErrorDetails.h"
#include "jobs/RestoreFlow.h"
#include "style/StatusColors.h"
#include "util/Format.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (name)
        label->setObjectName(QLatin1String(name));
    return label;
}

QString kindText(const Snapshot &s)
{
    switch (s.kind) {
    case SnapshotKind::Manual: return RestoreDialog::tr("manual snapshot");
    case SnapshotKind::Scheduled: return RestoreDialog::tr("scheduled backup");
    default: return s.kindRaw;
    }
}

} // namespace

RestoreDialog::RestoreDialog(ApiClient *api, const Site &site, const Snapshot &snapshot, QWidget *parent)
    : QDialog(parent), m_api(api), m_site(site), m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Snapshot"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildRunPage());

    auto makeButton = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_copy = makeButton(tr("&Copy Details"), "copyDetailsButton");
    m_follow = makeButton(tr("&Follow Running Job"), "followJobButton");
    m_back = makeButton(tr("< &Back"), "backButton");
    m_next = makeButton(tr("&Next >"), "nextButton");
    m_restore = makeButton(tr("&Restore"), "restoreButton");
    m_retry = makeButton(tr("&Try Again"), "retryButton");
    m_cancel = makeButton(tr("Cancel"), "cancelButton");
    m_close = makeButton(tr("Close"), "closeButton");

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_follow);
    buttons->addStretch(1);
    for (QPushButton *b : {m_back, m_next, m_restore, m_retry, m_cancel, m_close})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &RestoreDialog::goToConfirm);
    connect(m_back, &QPushButton::clicked, this, [this] { setPage(ChoosePage); });
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow && m_flow->stage() != RestoreFlow::Stage::Cancelled)
            m_flow->cancel();
        QDialog::reject();
    });
    connect(m_close, &QPushButton::clicked, this, &RestoreDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &RestoreDialog::copyDetails);
    connect(m_follow, &QPushButton::clicked, this, [this] {
        if (m_flow && !m_flow->busyJobId().isEmpty())
            Q_EMIT followJobRequested(m_flow->busyJobId());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_flow)
            return;
        m_result->hide();
        m_details->hide();
        m_runHeading->show();
        m_progress->show();
        m_phase->show();
        m_flow->retry();
        onFlowStage();
    });
    setPage(ChoosePage);
    updateChoosePage();
}

RestoreDialog::~RestoreDialog() = default;

QWidget *RestoreDialog::buildChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));

    auto *snapBox = new QGroupBox(tr("Snapshot"), page);
    auto *snapForm = new QFormLayout(snapBox);
    snapForm->addRow(tr("Taken:"), wrapped(tr("%1 (%2), %3 / %4")
                                               .arg(RestoreSummary::formatTime(m_snapshot.createdAt),
                                                    kindText(m_snapshot), m_site.name, m_snapshot.environment),
                                           snapBox, "snapshotWhenLabel"));
    if (!m_snapshot.label.isEmpty())
        snapForm->addRow(tr("Label:"), wrapped(m_snapshot.label, snapBox, "snapshotLabel"));
    snapForm->addRow(tr("Database:"), wrapped(m_snapshot.db ? Format::size(m_snapshot.db->sizeBytes)
                                                            : tr("not in this snapshot"), snapBox));
    QString filesText = tr("not in this snapshot");
    if (m_snapshot.files) {
        filesText = m_snapshot.files->fileCount >= 0
            ? tr("%1 in %n file(s)", nullptr, int(m_snapshot.files->fileCount)).arg(Format::size(m_snapshot.files->sizeBytes))
            : Format::size(m_snapshot.files->sizeBytes);
    }
    snapForm->addRow(tr("Files:"), wrapped(filesText, snapBox));

    auto *whatBox = new QGroupBox(tr("What to restore"), page);
    m_db = new QCheckBox(tr("&Database"), whatBox);
    m_db->setObjectName(QStringLiteral("dbCheck"));
    m_db->setEnabled(m_snapshot.db.has_value());
    m_db->setChecked(m_snapshot.db.has_value());
    m_files = new QCheckBox(tr("&Files"), whatBox);
    m_files->setObjectName(QStringLiteral("filesCheck"));
    m_files->setEnabled(m_snapshot.files.has_value());
    m_files->setChecked(m_snapshot.files.has_value());
    m_chooseHint = wrapped(tr("Choose the database, the files or both."), whatBox, "chooseHint");
    auto *whatLayout = new QVBoxLayout(whatBox);
    whatLayout->addWidget(m_db);
    whatLayout->addWidget(m_files);
    whatLayout->addWidget(m_chooseHint);

    auto *whereBox = new QGroupBox(tr("Where"), page);
    m_target = new QComboBox(whereBox);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Target environment"));
    for (const Environment &env : std::as_const(m_site.environments)) {
        const QString text = env.isProtected ? tr("%1 (protected)").arg(env.name) : env.name;
        m_target->addItem(text, env.name);
    }
    if (m_target->findData(m_snapshot.environment) < 0) // site data without it: still offer its own
        m_target->addItem(m_snapshot.environment, m_snapshot.environment);
    m_target->setCurrentIndex(m_target->findData(m_snapshot.environment));
    m_safety = new QCheckBox(tr("Take a &safety snapshot of the target first"), whereBox);
    m_safety->setObjectName(QStringLiteral("safetyCheck"));
    auto *whereForm = new QFormLayout(whereBox);
    auto *targetCaption = new QLabel(tr("&Into environment:"), whereBox);
    targetCaption->setBuddy(m_target);
    whereForm->addRow(targetCaption, m_target);
    whereForm->addRow(m_safety);

    connect(m_db, &QCheckBox::toggled, this, &RestoreDialog::updateChoosePage);
    connect(m_files, &QCheckBox::toggled, this, &RestoreDialog::updateChoosePage);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RestoreDialog::onTargetChanged);
    connect(m_safety, &QCheckBox::clicked, this, [this] { m_safetyTouched = true; });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(snapBox);
    layout->addWidget(whatBox);
    layout->addWidget(whereBox);
    layout->addStretch(1);
    onTargetChanged();
    return page;
}

QWidget *RestoreDialog::buildConfirmPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("confirmPage"));
    auto *icon = new QLabel(page);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QLabel(tr("<b>Please check before restoring</b>"), page);
    m_summary = wrapped(QString(), page, "summaryLabel");
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    m_safetyNote = wrapped(QString(), page, "safetyNoteLabel");
    m_typePrompt = wrapped(QString(), page, "typePromptLabel");
    m_confirmEdit = new QLineEdit(page);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setAccessibleName(tr("Type the environment's name to confirm"));
    m_typePrompt->setBuddy(m_confirmEdit);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateConfirmPage);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(m_summary);
    text->addSpacing(4);
    text->addWidget(m_safetyNote);
    text->addSpacing(12);
    text->addWidget(m_typePrompt);
    text->addWidget(m_confirmEdit);
    m_compare = new QPushButton(tr("Compare with Newest…"), page);
    m_compare->setObjectName(QStringLiteral("compareWithNewestButton"));
    m_compare->hide(); // until offerComparison()
    text->addSpacing(8);
    text->addWidget(m_compare, 0, Qt::AlignLeft);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return page;
}

void RestoreDialog::offerComparison(const QString &newest, const std::function<void()> &open)
{
    m_compare->setToolTip(tr("See what changed between this snapshot and the newest one (%1) before restoring").arg(newest));
    m_compare->show();
    connect(m_compare, &QPushButton::clicked, this, open);
}

QWidget *RestoreDialog::buildRunPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("runPage"));
    m_runHeading = wrapped(QString(), page, "runHeadingLabel");
    m_safetyStep = wrapped(QString(), page, "safetyStepLabel");
    m_restoreStep = wrapped(QString(), page, "restoreStepLabel");
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Restore progress"));
    m_phase = wrapped(QString(), page, "phaseLabel");
    m_result = wrapped(QString(), page, "resultLabel");
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_details = wrapped(QString(), page, "detailsLabel");
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runHeading);
    layout->addWidget(m_safetyStep);
    layout->addWidget(m_restoreStep);
    layout->addWidget(m_progress);
    layout->addWidget(m_phase);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addWidget(m_details);
    layout->addStretch(1);
    return page;
}

RestoreDialog::Page RestoreDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

RestoreFlow *RestoreDialog::flow() const
{
    return m_flow;
}

const Environment *RestoreDialog::targetEnvironment() const
{
    const QString name = m_target->currentData().toString();
    for (const Environment &env : m_site.environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

RestoreSummary::Input RestoreDialog::summaryInput() const
{
    RestoreSummary::Input in;
    in.siteName = m_site.name.isEmpty() ? m_site.slug : m_site.name;
    in.sourceEnvironment = m_snapshot.environment;
    in.targetEnvironment = m_target->currentData().toString();
    in.snapshotTime = m_snapshot.createdAt;
    in.database = m_db->isChecked() && m_db->isEnabled();
    in.files = m_files->isChecked() && m_files->isEnabled();
    in.safetySnapshot = m_safety->isChecked();
    return in;
}

void RestoreDialog::updateChoosePage()
{
    const bool any = (m_db->isChecked() && m_db->isEnabled()) || (m_files->isChecked() && m_files->isEnabled());
    m_chooseHint->setVisible(!any);
    m_next->setEnabled(any && m_snapshot.isReady());
}

void RestoreDialog::onTargetChanged()
{
    const Environment *env = targetEnvironment();
    // Protected targets get the safety snapshot by default — unless the user has decided.
    if (!m_safetyTouched)
        m_safety->setChecked(env ? env->isProtected : true);
}

void RestoreDialog::goToConfirm()
{
    const RestoreSummary::Input in = summaryInput();
    m_summary->setText(RestoreSummary::whatChanges(in));
    m_safetyNote->setText(RestoreSummary::safetyNote(in));
    const Environment *env = targetEnvironment();
    const bool isProtected = !env || env->isProtected;
    m_typePrompt->setVisible(isProtected);
    m_confirmEdit->setVisible(isProtected);
    m_confirmEdit->clear();
    m_typePrompt->setText(tr("The environment “%1” is protected. Type its name to confirm:").arg(in.targetEnvironment));
    setPage(ConfirmPage);
    updateConfirmPage();
    if (isProtected)
        m_confirmEdit->setFocus();
}

void RestoreDialog::updateConfirmPage()
{
    const Environment *env = targetEnvironment();
    const bool isProtected = !env || env->isProtected;
    m_restore->setEnabled(!isProtected || m_confirmEdit->text() == m_target->currentData().toString());
}

void RestoreDialog::startRestore()
{
    if (!m_restore->isEnabled() || m_flow)
        return;
    const RestoreSummary::Input in = summaryInput();
    RestoreFlow::Request request;
    request.siteRef = m_site.id.isEmpty() ? m_site.slug : m_site.id;
    request.snapshotId = m_snapshot.id;
    if (in.database)
        request.selectors << QStringLiteral("db");
    if (in.files)
        request.selectors << QStringLiteral("files");
    request.targetEnvironment = in.targetEnvironment;
    request.safetySnapshot = in.safetySnapshot;
    request.safetyLabel = tr("Before restoring %1").arg(RestoreSummary::formatTime(m_snapshot.createdAt)).left(200);

    m_flow = new RestoreFlow(m_api, request, this);
    connect(m_flow, &RestoreFlow::progressChanged, this, &RestoreDialog::onFlowProgress);
    connect(m_flow, &RestoreFlow::stageChanged, this, &RestoreDialog::onFlowStage);
    connect(m_flow, &RestoreFlow::succeeded, this, [this] { showResult(true, RestoreSummary::done(summaryInput())); });
    connect(m_flow, &RestoreFlow::failed, this, [this](const QString &message) { showResult(false, message); });
    connect(m_flow, &RestoreFlow::unauthorized, this, &RestoreDialog::unauthorized);

    m_runHeading->setText(RestoreSummary::whatChanges(in));
    m_safetyStep->setVisible(in.safetySnapshot);
    m_result->hide();
    m_details->hide();
    setPage(RunPage);
    Q_EMIT restoreStarted(m_flow);
    m_flow->start();
    onFlowStage();
}

void RestoreDialog::onFlowProgress(int percent, const QString &phase)
{
    m_progress->setValue(percent);
    m_phase->setText(phase);
}

void RestoreDialog::onFlowStage()
{
    if (!m_flow)
        return;
    const RestoreFlow::Stage stage = m_flow->stage();
    const QString target = summaryInput().targetEnvironment;
    const bool safetyDone = !m_flow->safetySnapshot().id.isEmpty() && stage != RestoreFlow::Stage::CapturingSafety
        && !m_flow->failedInSafetyCapture();
    // ✓ done, ▸ now, ○ later: the steps as a short checklist.
    m_safetyStep->setText((safetyDone ? QStringLiteral("✓ ") : stage == RestoreFlow::Stage::CapturingSafety
                                                                  ? QStringLiteral("▸ ")
                                                                  : QStringLiteral("○ "))
                          + tr("Safety snapshot of %1").arg(target));
    const bool restoreDone = stage == RestoreFlow::Stage::Succeeded;
    m_restoreStep->setText((restoreDone ? QStringLiteral("✓ ") : stage == RestoreFlow::Stage::Restoring
                                                                     ? QStringLiteral("▸ ")
                                                                     : QStringLiteral("○ "))
                           + tr("Restore into %1").arg(target));
    const bool running = stage == RestoreFlow::Stage::CapturingSafety || stage == RestoreFlow::Stage::Restoring;
    // While it runs: Cancel only as long as nothing irreversible was sent; closing the window
    // never stops it ("Continue in Background").
    m_cancel->setVisible(running && m_flow->canCancel());
    m_close->setVisible(true);
    m_close->setText(running ? tr("Continue in &Background") : tr("Close"));
    m_retry->setVisible(stage == RestoreFlow::Stage::Failed);
    m_follow->setVisible(stage == RestoreFlow::Stage::Failed && !m_flow->busyJobId().isEmpty());
    m_copy->setVisible(stage == RestoreFlow::Stage::Succeeded || stage == RestoreFlow::Stage::Failed);
    if (m_close->isVisible())
        m_close->setDefault(true);
}

void RestoreDialog::showResult(bool success, const QString &message)
{
    m_runHeading->setVisible(!success); // it says what *will* change: done now, the result says it
    m_result->setText(success ? tr("Restore finished. %1").arg(message) : message);
    m_result->setStyleSheet(success ? QString() : StatusColors::errorTextStyle());
    m_result->show();
    // On screen the error is already the red sentence above; the copied text has it too.
    m_details->setText(detailsLines(false));
    m_details->show();
    if (success)
        m_progress->setValue(100);
    // After a failure the bar and the platform's last step ("Requesting the restore", 0 %) are
    // stale and read as if it were still going; the checklist shows how far it got.
    m_progress->setVisible(success);
    m_phase->setVisible(success);
    onFlowStage();
}

QString RestoreDialog::detailsText() const
{
    return detailsLines(true);
}

QString RestoreDialog::detailsLines(bool withError) const
{
    const RestoreSummary::Input in = summaryInput();
    QStringList lines;
    lines << tr("Restore of %1 / %2").arg(in.siteName, in.targetEnvironment);
    lines << tr("Snapshot: %1 (%2, %3)").arg(m_snapshot.id, RestoreSummary::formatTime(m_snapshot.createdAt),
                                             m_snapshot.environment);
    QStringList parts;
    if (in.database)
        parts << tr("database");
    if (in.files)
        parts << tr("files");
    const bool done = m_flow && m_flow->stage() == RestoreFlow::Stage::Succeeded;
    lines << (done ? tr("Restored: %1") : tr("Asked to restore: %1")).arg(parts.join(QStringLiteral(", ")));
    if (m_flow) {
        const Snapshot &safety = m_flow->safetySnapshot();
        if (!safety.id.isEmpty()) {
            // Its label is how a person finds it in the timeline; the id is for support.
            lines << (safety.label.isEmpty() ? tr("Safety snapshot: %1").arg(safety.id)
                                             : tr("Safety snapshot: “%1” (%2)").arg(safety.label, safety.id));
        }
        if (!m_flow->restoreJob().id.isEmpty())
            lines << tr("Job: %1").arg(m_flow->restoreJob().id);
        const QString requestId = !m_flow->error().requestId.isEmpty() ? m_flow->error().requestId
                                                                       : m_flow->restoreRequestId();
        if (!requestId.isEmpty())
            lines << tr("Request id: %1").arg(requestId);
        if (withError && m_flow->stage() == RestoreFlow::Stage::Failed)
            lines << tr("Error: %1").arg(m_flow->failureMessage());
    }
    return lines.join(u'\n');
}

void RestoreDialog::copyDetails()
{
    QApplication::clipboard()->setText(detailsText());
}

void RestoreDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_back->setVisible(page == ConfirmPage);
    m_next->setVisible(page == ChoosePage);
    m_restore->setVisible(page == ConfirmPage);
    m_cancel->setVisible(page != RunPage);
    m_close->setVisible(false);
    m_retry->setVisible(false);
    m_follow->setVisible(false);
    m_copy->setVisible(false);
    // Enter goes forward on the first page; on the confirmation it restores only once allowed.
    m_next->setDefault(page == ChoosePage);
    m_restore->setDefault(page == ConfirmPage);
}
