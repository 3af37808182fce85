#include "DownloadDialog.h"

#include "RestoreSummary.h"
#include "common/Dialogs.h"
#include "style/StatusColors.h"
#include "util/Format.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

DownloadDialog::DownloadDialog(const QString &siteName, const Snapshot &snapshot, const QString &defaultFolder,
                               QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("downloadDialog"));
    setWindowTitle(tr("Download Snapshot"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    auto *heading = new QLabel(tr("Snapshot of <b>%1 / %2</b> taken %3")
                                   .arg(siteName.toHtmlEscaped(), snapshot.environment.toHtmlEscaped(),
                                        RestoreSummary::formatTime(snapshot.createdAt)),
                               this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);

    auto *whatBox = new QGroupBox(tr("What to download"), this);
    m_db = new QCheckBox(snapshot.db ? tr("&Database (%1)").arg(Format::size(snapshot.db->sizeBytes))
                                     : tr("&Database (not in this snapshot)"),
                         whatBox);
    m_db->setObjectName(QStringLiteral("dbCheck"));
    m_db->setEnabled(snapshot.db.has_value());
    m_db->setChecked(snapshot.db.has_value());
    QString filesText = tr("&Files (not in this snapshot)");
    if (snapshot.files) {
        filesText = snapshot.files->fileCount >= 0
            ? tr("&Files (%1 in %n file(s))", nullptr, int(snapshot.files->fileCount))
                  .arg(Format::size(snapshot.files->sizeBytes))
            : tr("&Files (%1)").arg(Format::size(snapshot.files->sizeBytes));
    }
    m_files = new QCheckBox(filesText, whatBox);
    m_files->setObjectName(QStringLiteral("filesCheck"));
    m_files->setEnabled(snapshot.files.has_value());
    m_files->setChecked(snapshot.files.has_value());
    auto *whatLayout = new QVBoxLayout(whatBox);
    whatLayout->addWidget(m_db);
    whatLayout->addWidget(m_files);

    m_folder = new QLineEdit(QDir::toNativeSeparators(defaultFolder), this);
    m_folder->setObjectName(QStringLiteral("destinationEdit"));
    m_folder->setAccessibleName(tr("Destination folder"));
    m_browse = new QPushButton(tr("B&rowse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *folderCaption = new QLabel(tr("&Save in:"), this);
    folderCaption->setBuddy(m_folder);
    form->addRow(folderCaption, folderRow);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    form->addRow(tr("Size:"), m_sizeLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(StatusColors::errorTextStyle());
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_download = buttons->addButton(tr("Down&load"), QDialogButtonBox::AcceptRole); // Alt+D is &Database
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DownloadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &DownloadDialog::browse);
    connect(m_db, &QCheckBox::toggled, this, &DownloadDialog::update);
    connect(m_files, &QCheckBox::toggled, this, &DownloadDialog::update);
    connect(m_folder, &QLineEdit::textChanged, this, &DownloadDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addWidget(whatBox);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    update();
}

QStringList DownloadDialog::selectors() const
{
    QStringList s;
    if (m_db->isEnabled() && m_db->isChecked())
        s << QStringLiteral("db");
    if (m_files->isEnabled() && m_files->isChecked())
        s << QStringLiteral("files");
    return s;
}

QString DownloadDialog::destinationFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

qint64 DownloadDialog::estimatedBytes() const
{
    const QStringList s = selectors();
    if (s.size() == 2 && m_snapshot.sizeBytes > 0)
        return m_snapshot.sizeBytes;
    qint64 total = 0;
    if (s.contains(QStringLiteral("db")) && m_snapshot.db)
        total += m_snapshot.db->sizeBytes;
    if (s.contains(QStringLiteral("files")) && m_snapshot.files)
        total += m_snapshot.files->sizeBytes;
    return total;
}

void DownloadDialog::browse()
{
    const QString folder = Dialogs::getExistingDirectory(this, tr("Save Snapshot In"), destinationFolder());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void DownloadDialog::update()
{
    m_error->hide();
    const bool any = !selectors().isEmpty();
    // Only the full archive's size is known in advance; one component alone is at most its
    // uncompressed size.
    const bool whole = selectors().size() == 2 && m_snapshot.sizeBytes > 0;
    const QString size = Format::size(estimatedBytes());
    m_sizeLabel->setText(!any ? tr("Choose the database, the files or both.")
                              : whole ? tr("%1 (compressed archive)").arg(size)
                                      : tr("at most %1").arg(size));
    m_download->setEnabled(any && !destinationFolder().isEmpty() && m_snapshot.isReady());
}

void DownloadDialog::accept()
{
    if (!m_download->isEnabled())
        return;
    const QString folder = destinationFolder();
    const QFileInfo info(folder);
    QString problem;
    if (!info.exists() && !QDir().mkpath(folder))
        problem = tr("The folder %1 does not exist and could not be created.").arg(QDir::toNativeSeparators(folder));
    else if (!QFileInfo(folder).isDir())
        problem = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
    else if (!QFileInfo(folder).isWritable())
        problem = tr("You cannot write to %1. Choose another folder.").arg(QDir::toNativeSeparators(folder));
    if (problem.isEmpty()) {
        const QStorageInfo storage(folder);
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < estimatedBytes()) {
            problem = tr("There is not enough free space in %1: the archive needs about %2, %3 are free.")
                          .arg(QDir::toNativeSeparators(folder), Format::size(estimatedBytes()),
                               Format::size(storage.bytesAvailable()));
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}
