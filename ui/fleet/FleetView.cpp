#include "FleetView.h"

#include "FleetDelegate.h"
#include "FleetFilterProxy.h"
#include "FleetModel.h"
#include "style/Icons.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

FleetView::FleetView(FleetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new FleetFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QPushButton(this))
    , m_tree(new QTreeView(this))
    , m_searchDelay(new QTimer(this))
{
    m_proxy->setSourceModel(model);

    m_search->setObjectName(QStringLiteral("fleetSearch"));
    m_search->setPlaceholderText(tr("Search sites and environments (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the fleet"));
    // The clear button shows only once there is text; its icon costs a millisecond at start-up.
    connect(m_search, &QLineEdit::textChanged, m_search, [this] { m_search->setClearButtonEnabled(true); },
            Qt::SingleShotConnection);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setFlat(true);
    m_summary->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));

    m_tree->setObjectName(QStringLiteral("fleetTree"));
    m_tree->setAccessibleName(tr("Sites and environments"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new FleetDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true); // keeps scrolling smooth with thousands of rows
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FleetModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FleetModel::KindColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FleetModel::LastBackupColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(FleetModel::KindColumn, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 11);
    m_tree->header()->resizeSection(FleetModel::LastBackupColumn, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 11);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);
    setTabOrder(m_search, m_summary);
    setTabOrder(m_summary, m_tree);

    // Typing stays responsive with 5,000 sites: the filter runs once the user pauses briefly.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FleetView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_tree->setFocus();
        if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_summary, &QPushButton::toggled, m_proxy, [this](bool on) {
        m_proxy->setAttentionOnly(on);
        if (on)
            m_tree->expandAll();
        updateSummary();
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetView::currentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FleetView::selectionChanged);
    connect(model, &FleetModel::countsChanged, this, &FleetView::updateSummary);
    updateSummary();
}

void FleetView::applySearch()
{
    m_searchDelay->stop();
    m_proxy->setSearchText(m_search->text());
    // Matches are environments as often as sites: show them without an extra click, but only
    // for a short list, where expanding everything costs nothing.
    if (!m_proxy->searchText().isEmpty() && m_proxy->rowCount() <= 50)
        m_tree->expandAll();
}

// What the dots of the production environments say, in one sentence: each is judged against its
// own schedule, so an hourly backup five hours old counts as behind.
static QString healthSentence(int total, const HealthCounts &c)
{
    if (total == 0)
        return FleetView::tr("No production environments yet");
    const int behind = c.behind();
    if (behind == 0 && c.never == 0) {
        if (c.fresh == total)
            return total == 1 ? FleetView::tr("The production environment is on schedule")
                              : FleetView::tr("All %n production environments are on schedule", nullptr, total);
        if (c.fresh == 0)
            return FleetView::tr("No backup schedule is known for the production environments");
        return FleetView::tr("%1 of %2 production environments are on schedule; the others have no known backup schedule")
            .arg(c.fresh)
            .arg(total);
    }
    QStringList parts;
    if (behind > 0)
        parts << (behind == 1 ? FleetView::tr("%n production environment is behind its schedule", nullptr, behind)
                              : FleetView::tr("%n production environments are behind their schedule", nullptr, behind));
    if (c.never > 0 && behind > 0)
        parts << (c.never == 1 ? FleetView::tr("%n has never been backed up", nullptr, c.never)
                               : FleetView::tr("%n have never been backed up", nullptr, c.never));
    else if (c.never > 0)
        parts << (c.never == 1 ? FleetView::tr("%n production environment has never been backed up", nullptr, c.never)
                               : FleetView::tr("%n production environments have never been backed up", nullptr, c.never));
    return parts.join(FleetView::tr("; "));
}

void FleetView::updateSummary()
{
    const HealthCounts health = m_model->productionHealth();
    const int attention = health.behind() + health.never;
    QString text = healthSentence(m_model->productionEnvironmentCount(), health);
    if (m_summary->isChecked())
        text += QLatin1String(" — ") + tr("showing only these; click to show all");
    m_summary->setText(text);
    m_summary->setToolTip(attention > 0 && !m_summary->isChecked() ? tr("Show only these environments") : QString());
    m_summary->setIcon(attention > 0 ? Icons::get(QStringLiteral("warning")) : QIcon());
    // With nothing to filter, the summary is a statement, not a control: it keeps the normal text
    // colour (a disabled button would grey the good news out) but takes no clicks and no focus.
    const bool actionable = attention > 0 || m_summary->isChecked();
    m_summary->setCheckable(actionable);
    m_summary->setFocusPolicy(actionable ? Qt::StrongFocus : Qt::NoFocus);
    m_summary->setAttribute(Qt::WA_TransparentForMouseEvents, !actionable);
    m_summary->setAccessibleName(actionable ? tr("Fleet summary; press to show only these environments") : tr("Fleet summary"));
}

void FleetView::setContextActions(const QList<QAction *> &actions)
{
    for (QAction *a : m_tree->actions())
        m_tree->removeAction(a);
    m_tree->addActions(actions);
}

std::optional<Site> FleetView::currentSite() const
{
    return m_model->siteAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

QString FleetView::currentEnvironment() const
{
    return m_model->environmentAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

QList<QPair<Site, QString>> FleetView::selectedEnvironments() const
{
    QList<QPair<Site, QString>> result;
    QSet<QString> seen;
    auto add = [&](const Site &site, const QString &env) {
        if (!seen.contains(site.id + QLatin1Char('/') + env)) {
            seen.insert(site.id + QLatin1Char('/') + env);
            result.append({site, env});
        }
    };
    for (const QModelIndex &proxyIndex : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex idx = m_proxy->mapToSource(proxyIndex);
        const std::optional<Site> site = m_model->siteAt(idx);
        if (!site)
            continue;
        const QString env = m_model->environmentAt(idx);
        if (!env.isEmpty()) {
            add(*site, env);
            continue;
        }
        // A selected site stands for the environments shown under it: after searching for
        // "production", selecting everything means every production environment (issue #6's bulk).
        const int shown = m_proxy->rowCount(proxyIndex);
        for (int r = 0; r < shown; ++r)
            add(*site, m_model->environmentAt(m_proxy->mapToSource(m_proxy->index(r, 0, proxyIndex))));
        if (shown == 0) {
            for (const Environment &e : site->environments)
                add(*site, e.name);
        }
    }
    return result;
}

bool FleetView::select(const QString &siteId, const QString &environment)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexFor(siteId, environment));
    if (!proxyIndex.isValid())
        return false;
    if (proxyIndex.parent().isValid())
        m_tree->expand(proxyIndex.parent());
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    return true;
}

void FleetView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray FleetView::saveHeaderState() const
{
    return m_tree->header()->saveState();
}

void FleetView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_tree->header()->restoreState(state);
}
