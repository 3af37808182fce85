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
class PolicyPanel;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedLayout;
class QTableView;
class QToolButton;
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

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
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
    void onTableCurrentChanged();
    void onTimelineClicked(int row);
    void showMessage(const QString &text);
    void updateHeader();

    const Clock *m_clock;
    QPointer<ApiClient> m_api;
    Site m_site;
    QString m_environment;

    SnapshotTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_message;
    QStackedLayout *m_stack;
    TimelineWidget *m_timeline;
    QTableView *m_table;
    PolicyPanel *m_policy;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomFit;
    QWidget *m_content;
    QSplitter *m_splitter;

    QPointer<ApiReply> m_snapshotsReply;
    QPointer<ApiReply> m_policyReply;
    QString m_pendingSelection;
};
