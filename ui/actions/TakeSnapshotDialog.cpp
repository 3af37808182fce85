#include "TakeSnapshotDialog.h"

#include "api/ApiClient.h"
#include "util/ErrorDetails.h"
#include "jobs/JobStart.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TakeSnapshotDialog::TakeSnapshotDialog(ApiClient *api, const QString &siteRef, const QString &siteName,
                                       const QString &environment, QWidget *parent)
    : QDialog(parent), m_api(api), m_start(new JobStart(api, JobStart::Capture{siteRef, environment, {}}, this))
{
    setObjectName(QStringLiteral("takeSnapshotDialog"));
    setWindowTitle(tr("Take Snapshot"));

    auto *heading = new QLabel(tr("Take a snapshot of <b>%1 / %2</b>")
                                   .arg(siteName.toHtmlEscaped(), environment.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setTextFormat(Qt::RichText);

    auto *explanation = new QLabel(tr("The database and the files are captured as they are now. The snapshot "
                                      "appears in the timeline at once as pending and becomes ready when "
                                      "the capture has finished; the Jobs panel shows its progress."), this);
    explanation->setWordWrap(true);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(MaxLabelLength);
    m_label->setPlaceholderText(tr("Optional, e.g. Before updating plugins"));
    m_label->setAccessibleName(tr("Snapshot label"));
    m_label->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 48);
    // Wide enough that the explanation and an error read as a few lines, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("labelCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);

    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_counter);
    auto *form = new QFormLayout;
    auto *labelCaption = new QLabel(tr("&Label:"), this);
    labelCaption->setBuddy(m_label);
    form->addRow(labelCaption, labelRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                          "padding: 6px; border-radius: 3px;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_take = m_buttons->addButton(tr("&Take Snapshot"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_take->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    // Offered only when the environment is busy: the user may want to watch what keeps it busy.
    m_follow = m_buttons->addButton(tr("&Follow Running Job"), QDialogButtonBox::ActionRole);
    m_follow->setObjectName(QStringLiteral("followJobButton"));
    m_follow->setAutoDefault(false);
    m_follow->hide();
    connect(m_follow, &QPushButton::clicked, this, [this] { Q_EMIT followJobRequested(m_busyJobId); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TakeSnapshotDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &TakeSnapshotDialog::updateCounter);
    connect(m_start, &JobStart::accepted, this, &TakeSnapshotDialog::onAccepted);
    connect(m_start, &JobStart::failed, this, &TakeSnapshotDialog::onFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setTabOrder(m_label, m_take);
    updateCounter();
    m_label->setFocus();
}

QString TakeSnapshotDialog::label() const
{
    return m_label->text().trimmed();
}

QString TakeSnapshotDialog::idempotencyKey() const
{
    return m_start->idempotencyKey();
}

void TakeSnapshotDialog::updateCounter()
{
    m_counter->setText(tr("%1/%2").arg(m_label->text().size()).arg(MaxLabelLength));
}

void TakeSnapshotDialog::send()
{
    if (m_sending)
        return;
    if (!m_api) {
        m_error->setText(tr("The session ended (signed out or another account chosen): nothing was requested. "
                            "Sign in again and take the snapshot from there."));
        m_error->show();
        m_take->setEnabled(false);
        return;
    }
    m_sending = true;
    m_label->setReadOnly(true);
    m_take->setEnabled(false);
    m_take->setText(tr("Requesting…"));
    m_error->hide();
    m_follow->hide();
    m_start->setLabel(label()); // refused only while the key is kept, and then the label is frozen
    m_start->send();
}

void TakeSnapshotDialog::reject()
{
    if (m_sending) {
        m_closeWhenAnswered = true;
        hide();
        return;
    }
    QDialog::reject();
}

void TakeSnapshotDialog::closeEvent(QCloseEvent *event)
{
    if (m_sending) {
        reject();
        event->ignore(); // not closed yet: the answer (onAccepted or onFailed) finishes closing it
        return;
    }
    QDialog::closeEvent(event);
}

void TakeSnapshotDialog::onAccepted(const ::Accepted &accepted)
{
    m_sending = false;
    // Also when the dialog was closed while waiting: the snapshot exists and must be followed.
    Q_EMIT captureAccepted(accepted);
    if (m_closeWhenAnswered)
        QDialog::reject();
    else
        accept();
}

void TakeSnapshotDialog::onFailed(const ApiError &error)
{
    m_sending = false;
    if (m_closeWhenAnswered) {
        // The dialog that would show the failure is gone: the app says it elsewhere.
        Q_EMIT failedWhileClosed(error);
        QDialog::reject();
        return;
    }
    showError(error);
}

void TakeSnapshotDialog::showError(const ApiError &error)
{
    // Refused: nothing was taken, so the label may change and the next try is a new request.
    m_label->setReadOnly(!m_start->canChangeRequest());
    m_error->setText(ErrorDetails::fullText(error));
    m_error->show();
    m_take->setEnabled(true);
    m_take->setText(tr("&Try Again"));
    if (error.isCode("environment_busy")) {
        m_busyJobId = m_start->busyJobId();
        m_follow->setVisible(!m_busyJobId.isEmpty());
        Q_EMIT environmentBusy(m_busyJobId);
    }
    if (error.isUnauthorized())
        Q_EMIT unauthorized(error);
    // The error adds lines, and a shown dialog does not grow by itself: without this the
    // wrapped text is squeezed into the old height and clipped.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}
