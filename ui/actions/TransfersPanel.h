#pragma once

#include <QWidget>

class TransferManager;
class TransfersModel;
class QAction;
class QLabel;
class QTreeView;

// The Transfers panel: every download of the account (also those restored from the last run),
// with Pause, Resume, Cancel, Show in Folder, Extract to Folder… and Clear Finished, as buttons
// and as the context menu. Extraction runs off the GUI thread and its result (manifest checked
// or why not) is shown when it ends.
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(TransferManager *manager, QWidget *parent = nullptr);

    TransfersModel *model() const;
    QTreeView *view() const;
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *showInFolderAction() const { return m_showFolder; }
    QAction *extractAction() const { return m_extract; }
    QAction *clearFinishedAction() const { return m_clear; }

    // Selects the transfer's row (after "Download" started it).
    void select(const QString &transferId);

Q_SIGNALS:
    // An extraction ended: ok, and the sentence shown to the user.
    void extractionFinished(bool ok, const QString &message);

private:
    QString currentId() const;
    void updateActions();
    void showInFolder();
    void extractSelected();
    void clearFinished();

    TransferManager *m_manager;
    TransfersModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QLabel *m_status;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
    QAction *m_showFolder;
    QAction *m_extract;
    QAction *m_clear;
    bool m_extracting = false;
};
