#pragma once

#include "api/Snapshot.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Download": which components of a ready snapshot (database, files or both) and which folder
// to put the archive in (the Downloads folder by default). Checks before accepting that the
// folder exists, is writable and has room for the archive, so a transfer does not fail late.
class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    DownloadDialog(const QString &siteName, const Snapshot &snapshot, const QString &defaultFolder,
                   QWidget *parent = nullptr);

    QStringList selectors() const;   // "db", "files"
    QString destinationFolder() const;
    // What the selected components weigh (the archive is about this, compressed or not).
    qint64 estimatedBytes() const;

    void accept() override;

private:
    void browse();
    void update();

    Snapshot m_snapshot;
    QCheckBox *m_db;
    QCheckBox *m_files;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_sizeLabel;
    QLabel *m_error;
    QPushButton *m_download;
};
