#pragma once

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/BackupPolicy.h"
#include "api/Site.h"
#include "api/Snapshot.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Clock;
class QAction;
class QLabel;
class QStackedLayout;
class QTableView;
class QToolButton;
class SnapshotPane;
class SnapshotTableModel;
class TimelineWidget;

// The right side of the main window: one environment's snapshot timeline above its snapshot
// table (both share one selection), and its backup policy.
class EnvironmentView : public QWidget
{
    Q_OBJECT
public:
    EnvironmentView(const Clock *clock, QWidget *parent = nullptr);
    ~EnvironmentView() override;

    void setApi(ApiClient *api);
    // Shows site's environment and loads its snapshots and policy. Empty environment = a site
    // was picked: show its first environment's context is not enough, so ask to pick one.
    void showEnvironment(const Site &site, const QString &environment);
    void clear();
    void reload();

    std::optional<Snapshot> selectedSnapshot() const;
    bool selectSnapshot(const QString &snapshotId);
    QString siteId() const { return m_site.id; }
    QString environment() const { return m_environment; }

    // Both build the snapshot pane if no environment was shown yet.
    TimelineWidget *timeline() const;
    QTableView *table() const;
    // Offered on a right-click on a snapshot in the timeline or the table.
    void setSnapshotActions(const QList<QAction *> &actions);
    SnapshotTableModel *model() const { return m_model; }
    bool isLoading() const { return m_snapshotsReply != nullptr; }

    void refreshTimes();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectedSnapshotChanged();
    void policyLoaded(const BackupPolicy &policy);
    void loaded();
    void statusMessage(const QString &text);

private:
    void buildHeader();
    void loadSnapshots();
    void loadPolicy();
    SnapshotPane *pane() const;
    void buildPane();
    enum class MessageKind { Hint, Error };
    void showMessage(const QString &text, MessageKind kind = MessageKind::Hint);
    void updateHeader();

    const Clock *m_clock;
    QPointer<ApiClient> m_api;
    Site m_site;
    QString m_environment;

    SnapshotTableModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_message;
    QStackedLayout *m_stack = nullptr;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomFit;
    SnapshotPane *m_pane = nullptr;
    QByteArray m_paneState;
    QList<QAction *> m_snapshotActions;

    QPointer<ApiReply> m_snapshotsReply;
    QPointer<ApiReply> m_policyReply;
    QString m_pendingSelection;
};
