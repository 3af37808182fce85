#include "CompareDialog.h"

#include "SnapshotLoader.h"
#include "index/EntryExtractor.h"
#include "index/LineDiff.h"
#include "index/SnapshotIndex.h"
#include "style/StatusColors.h"
#include "util/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kMaxRowsPerGroup = 5000; // beyond this a list helps nobody; the count still tells

QString signedSize(qint64 change)
{
    if (change == 0)
        return QStringLiteral("±0");
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + Format::size(qAbs(change));
}
}

CompareDialog::CompareDialog(const ExplorerContext &context, const Snapshot &older, const Snapshot &newer, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_choice{new QComboBox(this), new QComboBox(this)}
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_text(new QTextEdit(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare snapshots of %1 · %2").arg(context.site.name, context.environment));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 700);

    m_choice[Older]->setObjectName(QStringLiteral("compareOlder"));
    m_choice[Newer]->setObjectName(QStringLiteral("compareNewer"));
    fillChoices(older, newer);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("compareResults"));
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Path"), tr("Change"), tr("Size change"), tr("Size before → after")});
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_results->setColumnWidth(ChangeColumn, 8 * em);
    m_results->setColumnWidth(SizeChangeColumn, 8 * em);
    m_results->setColumnWidth(SizesColumn, 17 * em);
    m_text->setObjectName(QStringLiteral("compareTextDiff"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("Choose a changed text file to see its lines side by side."));
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onCurrentItemChanged(item); });
    for (QComboBox *c : m_choice)
        connect(c, &QComboBox::currentIndexChanged, this, &CompareDialog::start);

    auto *form = new QFormLayout;
    form->addRow(tr("Before:"), m_choice[Older]);
    form->addRow(tr("After:"), m_choice[Newer]);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    for (int side : {Older, Newer})
        connect(&m_reads[side], &QFutureWatcher<QByteArray>::finished, this, &CompareDialog::onTextRead);
    start();
}

CompareDialog::~CompareDialog()
{
    for (auto &r : m_reads)
        r.disconnect(this);
}

void CompareDialog::fillChoices(const Snapshot &older, const Snapshot &newer)
{
    QList<Snapshot> ready = m_context.readySnapshots();
    // The chosen ones are offered even when the list given no longer has them.
    for (const Snapshot &s : {older, newer}) {
        if (std::none_of(ready.begin(), ready.end(), [&](const Snapshot &r) { return r.id == s.id; }))
            ready << s;
    }
    for (int side : {Older, Newer}) {
        const QSignalBlocker block(m_choice[side]);
        for (const Snapshot &s : std::as_const(ready))
            m_choice[side]->addItem(ExplorerContext::describe(s), s.id);
        m_choice[side]->setCurrentIndex(m_choice[side]->findData(side == Older ? older.id : newer.id));
    }
}

Snapshot CompareDialog::chosen(Side side) const
{
    const QString id = m_choice[side]->currentData().toString();
    for (const Snapshot &s : m_context.snapshots) {
        if (s.id == id)
            return s;
    }
    Snapshot none;
    none.id = id;
    return none;
}

void CompareDialog::start()
{
    m_diff.reset();
    m_results->clear();
    m_text->clear();
    m_diffPath.clear();
    for (int side : {Older, Newer}) {
        if (m_indexLoaders[side])
            m_indexLoaders[side]->deleteLater();
        m_indexes[side].reset();
        m_archives[side].clear();
        m_indexLoaders[side] = new SnapshotLoader(m_context, chosen(Side(side)), SnapshotFetch::Need::Index, this);
        connect(m_indexLoaders[side], &SnapshotLoader::progress, this,
                [this](const QString &text) { m_summary->setText(text); });
        connect(m_indexLoaders[side], &SnapshotLoader::finished, this, &CompareDialog::onIndexLoaded);
    }
    m_summary->setStyleSheet({});
    m_summary->setText(tr("Reading both snapshots…"));
    for (int side : {Older, Newer})
        m_indexLoaders[side]->start();
}

void CompareDialog::onIndexLoaded()
{
    for (int side : {Older, Newer}) {
        SnapshotLoader *loader = m_indexLoaders[side];
        if (!loader)
            continue;
        if (!loader->error().isEmpty()) {
            m_summary->setStyleSheet(StatusColors::errorTextStyle());
            m_summary->setText(loader->error());
            Q_EMIT compared(false);
            return;
        }
        if (!loader->index())
            return; // the other one is still on its way
    }
    for (int side : {Older, Newer})
        m_indexes[side] = m_indexLoaders[side]->index();
    m_diff = SnapshotDiff::compare(*m_indexes[Older], *m_indexes[Newer]);
    fill();
    Q_EMIT compared(true);
}

QTreeWidgetItem *CompareDialog::group(const QString &title, int count)
{
    auto *item = new QTreeWidgetItem(m_results, {title.arg(count)});
    QFont bold = item->font(PathColumn);
    bold.setBold(true);
    item->setFont(PathColumn, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(count > 0 && count <= 200);
    return item;
}

void CompareDialog::fill()
{
    const SnapshotDiff &d = *m_diff;
    m_results->clear();
    qint64 growth = 0;
    for (const auto *list : {&d.added, &d.removed, &d.changed}) {
        for (const SnapshotDiff::FileChange &c : *list)
            growth += c.sizeChange();
    }
    m_summary->setText(d.isEmpty() && !d.dbChanged
                           ? tr("No difference: the same files and the same database.")
                           : tr("%1 added, %2 removed, %3 changed; files %4; %5")
                                 .arg(d.added.size()).arg(d.removed.size()).arg(d.changed.size())
                                 .arg(signedSize(growth),
                                      !d.dbKnown ? tr("database not in both")
                                      : d.dbChanged ? tr("database changed") : tr("database unchanged")));
    struct Group { const QList<SnapshotDiff::FileChange> *list; QString title; QString change; int sides; };
    const Group groups[] = {{&d.changed, tr("Files changed (%1)"), tr("Changed"), 3},
                            {&d.added, tr("Files added (%1)"), tr("Added"), 1 << Newer},
                            {&d.removed, tr("Files removed (%1)"), tr("Removed"), 1 << Older}};
    for (const Group &g : groups) {
        QTreeWidgetItem *parent = group(g.title, int(g.list->size()));
        for (int i = 0; i < g.list->size() && i < kMaxRowsPerGroup; ++i) {
            const SnapshotDiff::FileChange &c = g.list->at(i);
            auto *item = new QTreeWidgetItem(parent);
            item->setText(PathColumn, c.path);
            item->setToolTip(PathColumn, c.path);
            item->setText(ChangeColumn, g.change);
            item->setText(SizeChangeColumn, signedSize(c.sizeChange()));
            item->setTextAlignment(SizeChangeColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(SizesColumn, QStringLiteral("%1 → %2").arg(c.sizeOld < 0 ? QStringLiteral("–") : Format::size(c.sizeOld),
                                                                      c.sizeNew < 0 ? QStringLiteral("–") : Format::size(c.sizeNew)));
            item->setData(PathColumn, PathRole, c.path);
            item->setData(PathColumn, SideRole, g.sides);
            if (g.sides == 1 << Newer && c.path.endsWith(QLatin1String(".php")) && c.path.contains(QLatin1String("/uploads/")))
                item->setForeground(PathColumn, StatusColors::errorText()); // code where only media belongs
        }
        if (g.list->size() > kMaxRowsPerGroup)
            new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, int(g.list->size()) - kMaxRowsPerGroup)});
    }
    QTreeWidgetItem *tables = group(tr("Database tables changed (%1)"), int(d.tables.size()));
    for (const SnapshotDiff::TableChange &t : d.tables) {
        auto *item = new QTreeWidgetItem(tables);
        item->setText(PathColumn, t.name);
        QString change = t.kind == SnapshotDiff::TableChange::Kind::Added ? tr("Added")
                         : t.kind == SnapshotDiff::TableChange::Kind::Removed ? tr("Removed") : tr("Changed");
        if (t.schemaChanged())
            change = tr("Schema changed");
        item->setText(ChangeColumn, change);
        const auto rows = [this](qint64 n) { return n < 0 ? QStringLiteral("–") : tr("%n row(s)", nullptr, int(qMin<qint64>(n, INT_MAX))); };
        if (t.rowsOld >= 0 && t.rowsNew >= 0) {
            const qint64 delta = t.rowsNew - t.rowsOld;
            item->setText(SizeChangeColumn, delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta));
            item->setTextAlignment(SizeChangeColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(SizesColumn, QStringLiteral("%1 → %2").arg(rows(t.rowsOld), rows(t.rowsNew)));
        item->setToolTip(PathColumn, t.schemaChanged() ? t.schemaOld + QStringLiteral("\n→\n") + t.schemaNew : t.schemaNew);
    }
}

void CompareDialog::onCurrentItemChanged(QTreeWidgetItem *item)
{
    const QString path = item ? item->data(PathColumn, PathRole).toString() : QString();
    if (path.isEmpty() || !m_diff)
        return;
    m_diffPath = path;
    m_diffSides = item->data(PathColumn, SideRole).toInt();
    const auto *change = [&]() -> const SnapshotDiff::FileChange * {
        for (const auto *list : {&m_diff->changed, &m_diff->added, &m_diff->removed}) {
            for (const SnapshotDiff::FileChange &c : *list) {
                if (c.path == path)
                    return &c;
            }
        }
        return nullptr;
    }();
    if (!change || change->typeOld != IndexEntry::Type::File || change->typeNew != IndexEntry::Type::File) {
        showDiffMessage(tr("Only the content of regular files is compared line by line."));
        return;
    }
    if (change->sizeOld > kTextDiffLimit || change->sizeNew > kTextDiffLimit) {
        showDiffMessage(tr("Too large for a text diff (over %1): the sizes and checksums above tell what changed.")
                            .arg(Format::size(kTextDiffLimit)));
        return;
    }
    loadTextDiff();
}

void CompareDialog::showDiffMessage(const QString &text)
{
    m_text->setPlainText(text);
    Q_EMIT textDiffShown();
}

void CompareDialog::loadTextDiff()
{
    m_text->setPlainText(tr("Reading both versions…"));
    bool waiting = false;
    for (int side : {Older, Newer}) {
        if (!(m_diffSides & (1 << side)) || !m_archives[side].isEmpty() || m_archiveLoaders[side])
            continue;
        waiting = true;
        m_archiveLoaders[side] = new SnapshotLoader(m_context, chosen(Side(side)), SnapshotFetch::Need::Archive, this);
        connect(m_archiveLoaders[side], &SnapshotLoader::progress, this, [this](const QString &text) { m_text->setPlainText(text); });
        connect(m_archiveLoaders[side], &SnapshotLoader::finished, this, [this, side](bool ok) {
            SnapshotLoader *loader = m_archiveLoaders[side];
            m_archiveLoaders[side] = nullptr;
            loader->deleteLater();
            if (!ok) {
                showDiffMessage(loader->error());
                return;
            }
            m_archives[side] = loader->archivePath();
            loadTextDiff();
        });
        m_archiveLoaders[side]->start();
    }
    if (waiting || m_archiveLoaders[Older] || m_archiveLoaders[Newer])
        return;
    m_readsPending = 0;
    for (int side : {Older, Newer}) {
        m_reads[side].cancel();
        if (m_diffSides & (1 << side)) {
            ++m_readsPending;
            m_reads[side].setFuture(EntryExtractor::readSmallAsync(m_archives[side], IndexComponent::Files, m_diffPath, kTextDiffLimit));
        } else {
            m_reads[side].setFuture(QFuture<QByteArray>());
        }
    }
}

void CompareDialog::onTextRead()
{
    if (--m_readsPending > 0)
        return;
    QByteArray content[2];
    for (int side : {Older, Newer}) {
        if (!(m_diffSides & (1 << side)))
            continue;
        if (m_reads[side].future().isCanceled() || m_reads[side].future().resultCount() == 0) {
            showDiffMessage(tr("This file could not be read from the archive."));
            return;
        }
        content[side] = m_reads[side].result();
        if (!LineDiff::looksLikeText(content[side])) {
            showDiffMessage(tr("Not a text file: the sizes and checksums above tell what changed."));
            return;
        }
    }
    bool complete = true;
    const QList<LineDiff::Line> lines = LineDiff::compare(LineDiff::splitLines(QString::fromUtf8(content[Older])),
                                                          LineDiff::splitLines(QString::fromUtf8(content[Newer])), 4000, &complete);
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    const QString added = StatusColors::changedDatabase().name(), removed = StatusColors::errorText().name();
    for (const LineDiff::Line &l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.kind) {
        case LineDiff::Line::Kind::Same: html += QStringLiteral("  %1\n").arg(text); break;
        case LineDiff::Line::Kind::Removed: html += QStringLiteral("<span style=\"color:%1\">- %2</span>\n").arg(removed, text); break;
        case LineDiff::Line::Kind::Added: html += QStringLiteral("<span style=\"color:%1\">+ %2</span>\n").arg(added, text); break;
        }
    }
    html += QStringLiteral("</pre>");
    if (!complete)
        html += QStringLiteral("<p>%1</p>").arg(tr("Too many changes for a line-by-line match: the old text is shown removed and the new one added.").toHtmlEscaped());
    m_text->setHtml(html);
    Q_EMIT textDiffShown();
}
