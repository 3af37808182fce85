#pragma once

#include "ExplorerContext.h"
#include "index/EntryExtractor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;
class SnapshotIndex;
class SnapshotLoader;
class SnapshotTreeModel;

// Look inside one snapshot: its files and database tables as a tree with sizes, a search by
// name, "Save as…" for the chosen file or folder (the archive is downloaded first when it is not
// cached, verified and resumable like any download), the history of the chosen path across the
// environment's indexed snapshots, and a comparison with the snapshot before.
class ExplorerDialog : public QDialog
{
    Q_OBJECT
public:
    ExplorerDialog(const ExplorerContext &context, const Snapshot &snapshot, QWidget *parent = nullptr);
    ~ExplorerDialog() override;

    const Snapshot &snapshot() const { return m_snapshot; }
    SnapshotTreeModel *model() const { return m_model; }
    std::shared_ptr<SnapshotIndex> index() const { return m_index; }

Q_SIGNALS:
    void indexReady();   // the tree can be browsed
    void saveFinished(bool ok);

private:
    void load();
    void onLoaded(bool ok);
    void updateButtons();
    void saveAs();
    void extract(const QString &archive, int component, const QString &path, bool folder);
    void onSaved();
    void showHistory();
    void compare();
    void setStatus(const QString &text, bool error = false);
    QModelIndex selected() const;

    ExplorerContext m_context;
    Snapshot m_snapshot;
    std::shared_ptr<SnapshotIndex> m_index;
    SnapshotTreeModel *m_model;
    QLabel *m_title;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTreeView *m_tree;
    QPushButton *m_saveAs;
    QPushButton *m_history;
    QPushButton *m_compare;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPointer<SnapshotLoader> m_loader;
    QPointer<SnapshotLoader> m_archiveLoader;
    QFutureWatcher<EntryExtractor::Result> m_saving;
    QString m_target; // where Save As writes
};
