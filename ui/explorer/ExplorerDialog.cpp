#include "ExplorerDialog.h"

#include "CompareDialog.h"
#include "PathHistoryDialog.h"
#include "SnapshotLoader.h"
#include "SnapshotTreeModel.h"
#include "common/Dialogs.h"
#include "index/SnapshotIndex.h"
#include "style/StatusColors.h"
#include "style/TimeText.h"
#include "util/Format.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ExplorerDialog::ExplorerDialog(const ExplorerContext &context, const Snapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_snapshot(snapshot)
    , m_model(new SnapshotTreeModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_tree(new QTreeView(this))
    , m_saveAs(new QPushButton(tr("Save As…"), this))
    , m_history(new QPushButton(tr("History…"), this))
    , m_compare(new QPushButton(tr("Compare…"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("explorerDialog"));
    setWindowTitle(tr("Snapshot of %1 · %2").arg(context.site.name, context.environment));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 640);

    m_title->setObjectName(QStringLiteral("explorerTitle"));
    m_title->setText(QStringLiteral("<b>%1</b> · %2<br>%3")
                         .arg(context.site.name.toHtmlEscaped(), context.environment.toHtmlEscaped(),
                              ExplorerContext::describe(snapshot).toHtmlEscaped()));
    m_search->setObjectName(QStringLiteral("explorerSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setEnabled(false);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // one query when the typing pauses, not one per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        if (m_model->searchText().isEmpty())
            setStatus({});
        else if (m_model->searchTruncated())
            setStatus(tr("The first %n match(es) are shown; type more to narrow the search.", nullptr, m_model->searchMatches()));
        else
            setStatus(tr("%n match(es)", nullptr, m_model->searchMatches()));
        updateButtons();
    });

    m_tree->setObjectName(QStringLiteral("explorerTree"));
    m_tree->setAccessibleName(tr("Snapshot contents"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a folder of 10,000 entries lays out without measuring each row
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SnapshotTreeModel::NameColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(SnapshotTreeModel::SizeColumn, 7 * em);
    m_tree->setColumnWidth(SnapshotTreeModel::DetailColumn, 9 * em);
    // Wide enough for the locale's longest date and time, so it is never cut off.
    const QDateTime longest(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC);
    m_tree->setColumnWidth(SnapshotTreeModel::ModifiedColumn, fontMetrics().horizontalAdvance(TimeText::absolute(longest)) + 2 * em);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExplorerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExplorerDialog::updateButtons);

    m_saveAs->setObjectName(QStringLiteral("explorerSaveAs"));
    m_history->setObjectName(QStringLiteral("explorerHistory"));
    m_compare->setObjectName(QStringLiteral("explorerCompare"));
    m_saveAs->setToolTip(tr("Save the chosen file or folder; the archive is downloaded first when it is not here yet"));
    m_history->setToolTip(tr("The versions of the chosen path across this environment’s indexed snapshots"));
    m_compare->setToolTip(tr("What changed between the snapshot before and this one"));
    connect(m_saveAs, &QPushButton::clicked, this, &ExplorerDialog::saveAs);
    connect(m_history, &QPushButton::clicked, this, &ExplorerDialog::showHistory);
    connect(m_compare, &QPushButton::clicked, this, &ExplorerDialog::compare);
    connect(&m_saving, &QFutureWatcher<EntryExtractor::Result>::finished, this, &ExplorerDialog::onSaved);

    m_status->setObjectName(QStringLiteral("explorerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("explorerProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progress->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_saveAs);
    top->addWidget(m_history);
    top->addWidget(m_compare);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateButtons();
    load();
}

ExplorerDialog::~ExplorerDialog()
{
    // An extraction in flight finishes on its own; its result is simply not shown.
    m_saving.disconnect(this);
}

void ExplorerDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? StatusColors::errorTextStyle() : QString());
}

void ExplorerDialog::load()
{
    m_loader = new SnapshotLoader(m_context, m_snapshot, SnapshotFetch::Need::Index, this);
    connect(m_loader, &SnapshotLoader::progress, this, [this](const QString &text, int permille) {
        m_progress->show();
        m_progress->setRange(0, permille < 0 ? 0 : 1000);
        m_progress->setValue(std::max(0, permille));
        setStatus(text);
    });
    connect(m_loader, &SnapshotLoader::finished, this, &ExplorerDialog::onLoaded);
    setStatus(tr("Opening the snapshot…"));
    m_loader->start();
}

void ExplorerDialog::onLoaded(bool ok)
{
    m_progress->hide();
    if (!ok) {
        setStatus(m_loader->error(), true);
        return;
    }
    m_index = m_loader->index();
    m_model->setIndex(m_index);
    m_tree->expand(m_model->index(0, 0));
    m_tree->setCurrentIndex(m_model->index(0, 0));
    m_search->setEnabled(true);
    const IndexInfo &info = m_index->info();
    setStatus(tr("%1 in %n file(s)", nullptr, int(std::min<qint64>(m_index->count(IndexComponent::Files), INT_MAX)))
                  .arg(Format::size(info.fileBytes)));
    updateButtons();
    Q_EMIT indexReady();
}

QModelIndex ExplorerDialog::selected() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

void ExplorerDialog::updateButtons()
{
    const QModelIndex i = selected();
    const auto kind = SnapshotTreeModel::NodeKind(i.data(SnapshotTreeModel::NodeKindRole).toInt());
    const bool busy = m_saving.isRunning() || m_archiveLoader;
    m_saveAs->setEnabled(m_index && i.isValid() && kind != SnapshotTreeModel::NodeKind::Table && !busy);
    m_history->setEnabled(m_index && i.isValid() && kind == SnapshotTreeModel::NodeKind::Entry);
    m_compare->setEnabled(m_context.previousOf(m_snapshot).has_value());
}

void ExplorerDialog::saveAs()
{
    const QModelIndex i = selected();
    if (!i.isValid())
        return;
    const QString path = i.data(SnapshotTreeModel::PathRole).toString();
    const int component = i.data(SnapshotTreeModel::ComponentRole).toInt();
    const bool folder = i.data(SnapshotTreeModel::IsFolderRole).toBool();
    QString name = QFileInfo(path).fileName();
    if (name.isEmpty()) // a whole component: name it after the site and the day
        name = QStringLiteral("%1-%2-%3-%4").arg(m_context.site.slug, m_context.environment,
                                                 m_snapshot.createdAt.toString(QStringLiteral("yyyy-MM-dd")),
                                                 component == int(IndexComponent::Db) ? QStringLiteral("database") : QStringLiteral("files"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString target = Dialogs::getSaveFileName(this, folder ? tr("Save Folder As") : tr("Save File As"),
                                                    QDir(dir).filePath(name));
    if (target.isEmpty())
        return;
    m_archiveLoader = new SnapshotLoader(m_context, m_snapshot, SnapshotFetch::Need::Archive, this);
    connect(m_archiveLoader, &SnapshotLoader::progress, this, [this](const QString &text, int permille) {
        m_progress->show();
        m_progress->setRange(0, permille < 0 ? 0 : 1000);
        m_progress->setValue(std::max(0, permille));
        setStatus(text);
    });
    connect(m_archiveLoader, &SnapshotLoader::finished, this, [this, component, path, folder](bool ok) {
        SnapshotLoader *loader = m_archiveLoader;
        m_archiveLoader = nullptr;
        loader->deleteLater();
        if (!ok) {
            m_progress->hide();
            setStatus(loader->error(), true);
            updateButtons();
            Q_EMIT saveFinished(false);
            return;
        }
        extract(loader->archivePath(), component, path, folder);
    });
    m_target = target;
    updateButtons();
    m_archiveLoader->start();
}

void ExplorerDialog::extract(const QString &archive, int component, const QString &path, bool folder)
{
    const QString &target = m_target;
    setStatus(tr("Saving “%1”…").arg(QFileInfo(target).fileName()));
    m_progress->show();
    m_progress->setRange(0, 1000);
    // The save dialog already asked before replacing a file; a folder must be new or empty.
    const bool overwrite = !folder && QFileInfo(target).isFile();
    m_saving.setFuture(EntryExtractor::saveAsync(archive, IndexComponent(component), path, target, overwrite));
    connect(&m_saving, &QFutureWatcher<EntryExtractor::Result>::progressValueChanged, m_progress, &QProgressBar::setValue,
            Qt::UniqueConnection);
    updateButtons();
}

void ExplorerDialog::onSaved()
{
    m_progress->hide();
    const EntryExtractor::Result r = m_saving.future().resultCount() > 0 ? m_saving.result() : EntryExtractor::Result{};
    updateButtons();
    if (!r.ok) {
        setStatus(r.error.isEmpty() ? tr("Saving was cancelled.") : r.error, true);
        Q_EMIT saveFinished(false);
        return;
    }
    QString text = tr("Saved %n file(s) (%1) to %2", nullptr, int(std::min<qint64>(r.files, INT_MAX)))
                       .arg(Format::size(r.bytes), QDir::toNativeSeparators(r.target));
    if (!r.skipped.isEmpty())
        text += QLatin1Char('\n') + tr("Not saved: %1").arg(r.skipped.join(QStringLiteral("; ")));
    setStatus(text);
    Q_EMIT saveFinished(true);
}

void ExplorerDialog::showHistory()
{
    const QModelIndex i = selected();
    if (!i.isValid())
        return;
    auto *dialog = new PathHistoryDialog(m_context, IndexComponent(i.data(SnapshotTreeModel::ComponentRole).toInt()),
                                         i.data(SnapshotTreeModel::PathRole).toString(), this);
    dialog->show();
}

void ExplorerDialog::compare()
{
    const std::optional<Snapshot> before = m_context.previousOf(m_snapshot);
    if (!before)
        return;
    auto *dialog = new CompareDialog(m_context, *before, m_snapshot, this);
    dialog->show();
}
