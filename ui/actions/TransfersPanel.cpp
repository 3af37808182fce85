#include "TransfersPanel.h"

#include "TransfersModel.h"
#include "common/Dialogs.h"
#include "common/ProgressDelegate.h"
#include "style/StatusColors.h"
#include "transfer/ArchiveExtractor.h"
#include "transfer/ExtractionTarget.h"
#include "transfer/TransferManager.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using State = TransferInfo::State;

TransfersPanel::TransfersPanel(TransferManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_model(new TransfersModel(manager, this))
{
    setObjectName(QStringLiteral("transfersPanel"));
    setAccessibleName(tr("Transfers"));

    auto makeAction = [this](const QString &text, const char *name, const QString &icon) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_pause = makeAction(tr("&Pause"), "pauseTransferAction", QStringLiteral("media-playback-pause"));
    m_resume = makeAction(tr("&Resume"), "resumeTransferAction", QStringLiteral("media-playback-start"));
    m_cancel = makeAction(tr("&Cancel"), "cancelTransferAction", QStringLiteral("process-stop"));
    m_showFolder = makeAction(tr("Show in &Folder"), "showInFolderAction", QStringLiteral("folder-open"));
    m_extract = makeAction(tr("&Extract to Folder…"), "extractAction", QStringLiteral("archive-extract"));
    m_clear = makeAction(tr("C&lear Finished"), "clearFinishedAction", QStringLiteral("edit-clear"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : {m_pause, m_resume, m_cancel, m_showFolder, m_extract}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setObjectName(a->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *clearButton = new QToolButton(this);
    clearButton->setDefaultAction(m_clear);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    clearButton->setObjectName(QStringLiteral("clearFinishedButton"));
    buttons->addWidget(clearButton);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("transfersView"));
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(TransfersModel::ProgressColumn,
                                     new ProgressDelegate(TransfersModel::ProgressRole, m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TransfersModel::NameColumn, ch * 58); // site-environment-date-time[-part].tar.gz
    m_view->setColumnWidth(TransfersModel::ProgressColumn, ch * 16);
    m_view->setColumnWidth(TransfersModel::SizeColumn, ch * 27);
    m_view->setColumnWidth(TransfersModel::SpeedColumn, ch * 16);
    m_view->setColumnWidth(TransfersModel::EtaColumn, ch * 11);
    // Archive names differ at the end (snapshot id, extension): keep both ends visible.
    m_view->setTextElideMode(Qt::ElideMiddle);

    m_empty = new QLabel(tr("No downloads. Select a ready snapshot and choose Download (Ctrl+Shift+D)."), this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("extractStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_status);

    connect(m_pause, &QAction::triggered, this, [this] { m_manager->pause(currentId()); });
    connect(m_resume, &QAction::triggered, this, [this] { m_manager->resume(currentId()); });
    connect(m_cancel, &QAction::triggered, this, [this] { m_manager->cancel(currentId()); });
    connect(m_showFolder, &QAction::triggered, this, &TransfersPanel::showInFolder);
    connect(m_extract, &QAction::triggered, this, &TransfersPanel::extractSelected);
    connect(m_clear, &QAction::triggered, this, &TransfersPanel::clearFinished);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_pause, m_resume, m_cancel});
        menu.addSeparator();
        menu.addActions({m_showFolder, m_extract});
        menu.addSeparator();
        menu.addAction(m_clear);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransfersPanel::updateActions);
    updateActions();
}

TransfersModel *TransfersPanel::model() const
{
    return m_model;
}

QTreeView *TransfersPanel::view() const
{
    return m_view;
}

void TransfersPanel::select(const QString &transferId)
{
    const int row = m_model->rowOf(transferId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

QString TransfersPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void TransfersPanel::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    const QString id = currentId();
    const TransferInfo t = id.isEmpty() ? TransferInfo() : m_manager->transfer(id);
    const bool has = !t.id.isEmpty();
    m_pause->setEnabled(has && (t.state == State::Queued || t.state == State::Running));
    // One button: Resume continues, or, when nothing usable was kept, offers a fresh download.
    const bool startOver = has && t.state == State::Failed && t.error.startsOver();
    m_resume->setText(startOver ? tr("Download &Again") : tr("&Resume"));
    m_resume->setEnabled(startOver || (has && (t.state == State::Paused || (t.state == State::Failed && t.error.isResumable()))));
    m_cancel->setEnabled(has && t.state != State::Completed && t.state != State::Cancelled);
    m_showFolder->setEnabled(has && QFileInfo(t.directory).isDir());
    m_extract->setEnabled(has && t.state == State::Completed && !m_extracting && QFileInfo::exists(t.filePath));
    bool anyFinished = false;
    for (const TransferInfo &info : m_manager->transfers())
        anyFinished = anyFinished || info.isFinal();
    m_clear->setEnabled(anyFinished);
}

void TransfersPanel::showInFolder()
{
    const TransferInfo t = m_manager->transfer(currentId());
    if (!t.id.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(t.directory));
}

void TransfersPanel::clearFinished()
{
    for (const TransferInfo &t : m_manager->transfers()) {
        if (t.isFinal())
            m_manager->remove(t.id);
    }
}

void TransfersPanel::extractSelected()
{
    const TransferInfo t = m_manager->transfer(currentId());
    if (t.id.isEmpty() || t.state != State::Completed || m_extracting)
        return;
    const QString parent = Dialogs::getExistingDirectory(this, tr("Extract Into Folder"), t.directory);
    if (parent.isEmpty())
        return;
    const QString target = ExtractionTarget::freshIn(parent, t.filePath);
    m_extracting = true;
    updateActions();
    m_status->setText(tr("Extracting %1 into %2…").arg(QFileInfo(t.filePath).fileName(), QDir::toNativeSeparators(target)));
    m_status->show();

    auto *watcher = new QFutureWatcher<ArchiveExtractor::Result>(this);
    connect(watcher, &QFutureWatcher<ArchiveExtractor::Result>::progressTextChanged, this,
            [this, watcher](const QString &phase) {
                m_status->setText(tr("Extracting: %1 (%2%)").arg(phase).arg(watcher->progressValue() / 10));
            });
    connect(watcher, &QFutureWatcher<ArchiveExtractor::Result>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        m_extracting = false;
        updateActions();
        const ArchiveExtractor::Result result = watcher->future().resultCount() > 0
            ? watcher->result()
            : ArchiveExtractor::Result{false, tr("The extraction was stopped."), {}, 0, {}};
        QString message;
        if (result.ok) {
            QStringList names;
            for (const QString &c : result.components)
                names << (c == QLatin1String("db") ? tr("database") : c == QLatin1String("files") ? tr("files") : c);
            message = tr("Extracted into %1. Checked against the manifest: %2.")
                          .arg(QDir::toNativeSeparators(result.directory), names.join(QStringLiteral(", ")));
        } else {
            message = tr("Nothing was extracted into %1: %2").arg(QDir::toNativeSeparators(target), result.error);
        }
        m_status->setText(message);
        m_status->setStyleSheet(result.ok ? QString() : StatusColors::errorTextStyle());
        Q_EMIT extractionFinished(result.ok, message);
    });
    watcher->setFuture(ArchiveExtractor::extractAsync(t.filePath, target));
}
