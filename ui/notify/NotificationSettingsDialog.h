#pragma once

#include "notify/NotificationSettings.h"
#include "util/Settings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QWidget;

// View ▸ Notifications…: what the signed-in account's user is told (per account), the daily
// digest and its hour, and the tray mode with its refresh interval and autostart (for the app).
// OK hands the choices to the apply function; if that fails (the autostart entry could not be
// written) its sentence is shown and the dialog stays open, so nothing chosen is lost.
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct State
    {
        QString accountName; // empty: signed out, the account's part is disabled
        NotificationSettings notifications;
        Settings::TraySettings tray;
        bool trayAvailable = false;
        QString delivery; // where notifications go now; empty: nowhere
    };
    // Returns an error sentence, or an empty string when all was applied.
    using Apply = std::function<QString(const NotificationSettings &, const Settings::TraySettings &)>;

    NotificationSettingsDialog(const State &state, Apply apply, QWidget *parent = nullptr);

    NotificationSettings notificationSettings() const;
    Settings::TraySettings traySettings() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();

    State m_state;
    Apply m_apply;
    QWidget *m_accountPart;
    QCheckBox *m_enabled;
    QCheckBox *m_health;
    QCheckBox *m_failures;
    QCheckBox *m_restores;
    QCheckBox *m_digest;
    QComboBox *m_digestHour;
    QCheckBox *m_trayMode;
    QSpinBox *m_refreshMinutes;
    QCheckBox *m_autostart;
    QLabel *m_error;
};
