#include "NotificationSettingsDialog.h"

#include "style/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace {
QCheckBox *checkBox(const QString &objectName, const QString &text, bool checked, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setChecked(checked);
    return box;
}

QLabel *note(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // service and account names come from elsewhere
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}
} // namespace

NotificationSettingsDialog::NotificationSettingsDialog(const State &state, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    setWindowTitle(tr("Notifications"));
    const NotificationSettings &n = state.notifications;

    auto *account = new QGroupBox(state.accountName.isEmpty() ? tr("Notifications for this account")
                                                              : tr("Notifications for %1").arg(state.accountName),
                                  this);
    account->setObjectName(QStringLiteral("accountGroup"));
    m_accountPart = account;
    m_enabled = checkBox(QStringLiteral("notifyEnabled"), tr("&Notify me when something changes"), n.enabled, account);
    m_health = checkBox(QStringLiteral("notifyHealth"),
                        tr("An environment's backups fall &behind (late, stale, never backed up)"), n.healthChanges,
                        account);
    m_failures = checkBox(QStringLiteral("notifyFailures"), tr("A &snapshot fails"), n.jobFailures, account);
    m_restores = checkBox(QStringLiteral("notifyRestores"), tr("A &restore ends"), n.restoreEnds, account);
    m_digest
        = checkBox(QStringLiteral("notifyDigest"), tr("A daily &digest of the fleet's health at"), n.digest, account);
    m_digestHour = new QComboBox(account);
    m_digestHour->setObjectName(QStringLiteral("digestHour"));
    for (int h = 0; h < 24; ++h)
        m_digestHour->addItem(QTime(h, 0).toString(QStringLiteral("HH:mm")),
                              h); // whole hours: no seconds, no am/pm doubt
    m_digestHour->setCurrentIndex(qBound(0, n.digestHour, 23));
    auto *digestRow = new QHBoxLayout;
    digestRow->addWidget(m_digest);
    digestRow->addWidget(m_digestHour);
    digestRow->addStretch(1);

    auto *accountLayout = new QVBoxLayout(account);
    accountLayout->addWidget(m_enabled);
    auto *events = new QVBoxLayout;
    events->setContentsMargins(20, 0, 0, 0);
    events->addWidget(m_health);
    events->addWidget(m_failures);
    events->addWidget(m_restores);
    events->addLayout(digestRow);
    accountLayout->addLayout(events);
    accountLayout->addWidget(note(QStringLiteral("quietNote"),
                                  tr("Each change is told once: an environment that stays late is not announced again, "
                                     "and what was already behind when the app first saw it is left to the digest."),
                                  account));
    account->setEnabled(!state.accountName.isEmpty());

    auto *trayBox = new QGroupBox(tr("Watching in the background"), this);
    trayBox->setObjectName(QStringLiteral("trayGroup"));
    m_trayMode
        = checkBox(QStringLiteral("trayMode"), tr("&Keep watching in the notification area when the window is closed"),
                   state.tray.trayMode && state.trayAvailable, trayBox);
    m_refreshMinutes = new QSpinBox(trayBox);
    m_refreshMinutes->setObjectName(QStringLiteral("refreshMinutes"));
    m_refreshMinutes->setRange(Settings::TraySettings::MinRefreshMinutes, Settings::TraySettings::MaxRefreshMinutes);
    m_refreshMinutes->setValue(state.tray.refreshMinutes);
    m_refreshMinutes->setSuffix(tr(" min"));
    m_autostart = checkBox(QStringLiteral("autostart"), tr("Start in the notification area when I &log in"),
                           state.tray.autostart && state.trayAvailable, trayBox);
    auto *trayForm = new QFormLayout;
    trayForm->setContentsMargins(20, 0, 0, 0);
    trayForm->addRow(tr("Read the fleet every:"), m_refreshMinutes);
    trayForm->addRow(m_autostart);
    auto *trayLayout = new QVBoxLayout(trayBox);
    trayLayout->addWidget(m_trayMode);
    trayLayout->addLayout(trayForm);
    if (!state.trayAvailable) {
        m_trayMode->setEnabled(false);
        trayLayout->addWidget(
            note(QStringLiteral("trayUnavailable"),
                 tr("This desktop has no notification area (system tray), so closing the window quits "
                    "the app."),
                 trayBox));
    }

    const QString delivery = state.delivery.isEmpty()
        ? tr("No notification service was found on this desktop: notifications cannot be shown.")
        : tr("Notifications are shown by %1.").arg(state.delivery);
    QLabel *deliveryNote = note(QStringLiteral("deliveryNote"), delivery, this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(StatusColors::errorTextStyle());
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NotificationSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(trayBox);
    layout->addWidget(deliveryNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QCheckBox *box : {m_enabled, m_digest, m_trayMode})
        connect(box, &QCheckBox::toggled, this, &NotificationSettingsDialog::updateEnabled);
    updateEnabled();
}

void NotificationSettingsDialog::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_health), static_cast<QWidget *>(m_failures),
                       static_cast<QWidget *>(m_restores), static_cast<QWidget *>(m_digest)})
        w->setEnabled(on);
    m_digestHour->setEnabled(on && m_digest->isChecked());
    const bool tray = m_trayMode->isChecked() && m_state.trayAvailable;
    m_refreshMinutes->setEnabled(tray);
    m_autostart->setEnabled(tray);
}

NotificationSettings NotificationSettingsDialog::notificationSettings() const
{
    NotificationSettings n = m_state.notifications;
    n.enabled = m_enabled->isChecked();
    n.healthChanges = m_health->isChecked();
    n.jobFailures = m_failures->isChecked();
    n.restoreEnds = m_restores->isChecked();
    n.digest = m_digest->isChecked();
    n.digestHour = m_digestHour->currentData().toInt();
    return n;
}

Settings::TraySettings NotificationSettingsDialog::traySettings() const
{
    Settings::TraySettings t;
    t.trayMode = m_trayMode->isChecked() && m_state.trayAvailable;
    t.refreshMinutes = m_refreshMinutes->value();
    // Starting hidden in a tray that is not there would start nothing anyone can see.
    t.autostart = t.trayMode && m_autostart->isChecked();
    return t;
}

void NotificationSettingsDialog::accept()
{
    const QString error = m_apply ? m_apply(notificationSettings(), traySettings()) : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
