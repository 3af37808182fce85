#include "EnvironmentView.h"

#include "PolicyPanel.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ErrorText.h"
#include "style/DisplayText.h"
#include "style/Icons.h"
#include "style/TimeText.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"
#include "util/LogCategories.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

EnvironmentView::EnvironmentView(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new SnapshotTableModel(clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_timeline(new TimelineWidget(m_model, clock, this))
    , m_table(new QTableView(this))
    , m_policy(new PolicyPanel(clock, this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomFit(new QToolButton(this))
    , m_content(new QWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, m_content))
{
    setObjectName(QStringLiteral("environmentView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);

    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setAccessibleName(tr("Snapshots"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {0, 7, 12, 7, 7, 8, 9, 14};
    for (int c = 0; c < SnapshotTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    // The creation time is what people scan: wide enough for the locale's longest date and
    // time (a late December evening), plus the sort arrow, so it is never cut off.
    const QDateTime longest(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC);
    m_table->setColumnWidth(SnapshotTableModel::CreatedColumn, fontMetrics().horizontalAdvance(TimeText::absolute(longest)) + 2 * em);
    // Likewise the status in the user's language ("Fehlgeschlagen" is twice "Failed"), plus the
    // colour swatch before it.
    int status = 0;
    for (SnapshotStatus st : {SnapshotStatus::Pending, SnapshotStatus::Capturing, SnapshotStatus::Ready,
                              SnapshotStatus::Failed, SnapshotStatus::Expired}) {
        Snapshot sample;
        sample.status = st;
        status = std::max(status, fontMetrics().horizontalAdvance(DisplayText::snapshotStatus(sample)));
    }
    m_table->setColumnWidth(SnapshotTableModel::StatusColumn, std::max(widths[SnapshotTableModel::StatusColumn] * em, status + 3 * em));

    buildHeader();

    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_policy);
    bottomLayout->addWidget(m_table, 1);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("environmentSplitter"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter);

    m_message->setObjectName(QStringLiteral("environmentMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(stackHost, 1);

    setTabOrder(m_timeline, m_zoomIn);
    setTabOrder(m_zoomIn, m_zoomOut);
    setTabOrder(m_zoomOut, m_zoomFit);
    setTabOrder(m_zoomFit, m_table);

    connect(m_timeline, &TimelineWidget::snapshotClicked, this, &EnvironmentView::onTimelineClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EnvironmentView::onTableCurrentChanged);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomOut);
    connect(m_zoomFit, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomToFit);
    clear();
}

EnvironmentView::~EnvironmentView() = default;

void EnvironmentView::buildHeader()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("environmentTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle->setObjectName(QStringLiteral("environmentSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true); // a long URL must not make the window wider than the screen
    m_title->setTextFormat(Qt::PlainText);

    auto setup = [](QToolButton *b, const char *name, const QString &icon, const QString &tip, const QKeySequence &key) {
        b->setObjectName(QLatin1String(name));
        b->setIcon(Icons::get(icon));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        b->setShortcut(key);
        b->setFocusPolicy(Qt::TabFocus);
    };
    setup(m_zoomIn, "zoomIn", QStringLiteral("zoom-in"), tr("Zoom in (Ctrl++)"), QKeySequence::ZoomIn);
    setup(m_zoomOut, "zoomOut", QStringLiteral("zoom-out"), tr("Zoom out (Ctrl+-)"), QKeySequence::ZoomOut);
    setup(m_zoomFit, "zoomFit", QStringLiteral("zoom-fit"), tr("Show all snapshots (Ctrl+0)"), QKeySequence(Qt::CTRL | Qt::Key_0));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_zoomIn);
    header->addWidget(m_zoomOut);
    header->addWidget(m_zoomFit);
    layout->addLayout(header);
}

void EnvironmentView::setApi(ApiClient *api)
{
    m_api = api;
    clear();
}

void EnvironmentView::clear()
{
    if (m_snapshotsReply)
        m_snapshotsReply->cancel();
    if (m_policyReply)
        m_policyReply->cancel();
    m_site = {};
    m_environment.clear();
    m_model->clear();
    m_title->setText(tr("No environment selected"));
    m_subtitle->clear();
    showMessage(tr("Pick an environment in the fleet on the left to see its snapshots and backups."));
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomFit})
        b->setEnabled(false);
}

void EnvironmentView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void EnvironmentView::updateHeader()
{
    const Environment *env = nullptr;
    for (const Environment &e : m_site.environments) {
        if (e.name == m_environment)
            env = &e;
    }
    m_title->setText(tr("%1 — %2").arg(m_site.name, m_environment));
    QStringList parts{m_site.slug};
    if (env) {
        parts << DisplayText::environmentKind(*env);
        if (env->isProtected)
            parts << tr("protected");
        parts << env->url.toDisplayString();
    }
    parts << m_site.region;
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

void EnvironmentView::showEnvironment(const Site &site, const QString &environment)
{
    if (environment.isEmpty()) {
        clear();
        m_title->setText(tr("%1 (%2)").arg(site.name, site.slug));
        m_subtitle->setText((site.environments.size() == 1 ? tr("%n environment", nullptr, 1) : tr("%n environments", nullptr, int(site.environments.size()))));
        showMessage(tr("Expand the site and pick one of its environments to see its snapshots."));
        return;
    }
    const bool same = site.id == m_site.id && environment == m_environment;
    m_site = site;
    m_environment = environment;
    updateHeader();
    if (!same) {
        m_model->clear();
        m_policy->setLoading();
    }
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomFit})
        b->setEnabled(true);
    m_stack->setCurrentWidget(m_content);
    loadSnapshots();
    loadPolicy();
}

void EnvironmentView::reload()
{
    if (!m_environment.isEmpty())
        loadSnapshots();
}

void EnvironmentView::loadSnapshots()
{
    if (m_snapshotsReply)
        m_snapshotsReply->cancel();
    if (!m_api)
        return;
    ApiClient::SnapshotFilter filter;
    filter.environment = m_environment;
    ApiReply *reply = m_api->listSnapshots(m_site.id, filter);
    m_snapshotsReply = reply;
    // A first load shows each page as it comes; a reload swaps the list at the end so the
    // timeline doesn't blink and the selection survives.
    const bool progressive = m_model->rowCount() == 0;
    const std::optional<Snapshot> keep = selectedSnapshot();
    if (keep)
        m_pendingSelection = keep->id;
    auto collected = std::make_shared<QList<Snapshot>>();
    connect(reply, &ApiReply::pageReceived, this, [this, reply, progressive, collected](const QJsonArray &items) {
        if (reply != m_snapshotsReply)
            return;
        Result<QList<Snapshot>> page = ApiParser::list<Snapshot>(items, &ApiParser::snapshot);
        if (!page) {
            qCWarning(lcUi) << "Unreadable snapshot page:" << page.error().toString();
            return;
        }
        if (progressive)
            m_model->appendSnapshots(page.value());
        else
            collected->append(page.value());
    });
    connect(reply, &ApiReply::finished, this, [this, reply, progressive, collected] {
        if (reply != m_snapshotsReply)
            return;
        m_snapshotsReply = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind == ApiError::Kind::Cancelled)
                return;
            const QString text = ErrorText::describe(reply->error());
            Q_EMIT statusMessage(tr("Could not load the snapshots of %1: %2").arg(m_environment, text));
            if (m_model->rowCount() == 0)
                showMessage(tr("The snapshots could not be loaded.\n%1").arg(text));
            return;
        }
        if (!progressive)
            m_model->setSnapshots(*collected);
        else
            m_timeline->zoomToFit(); // pages came in one by one: now the whole history is known
        if (!m_pendingSelection.isEmpty()) {
            selectSnapshot(m_pendingSelection);
            m_pendingSelection.clear();
        }
        Q_EMIT loaded();
    });
}

void EnvironmentView::loadPolicy()
{
    if (m_policyReply)
        m_policyReply->cancel();
    if (!m_api)
        return;
    ApiReply *reply = m_api->backupPolicy(m_site.id);
    m_policyReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply != m_policyReply)
            return;
        m_policyReply = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                m_policy->setError(ErrorText::describe(reply->error()));
            return;
        }
        Result<BackupPolicy> policy = ApiParser::backupPolicy(reply->json());
        if (!policy) {
            qCWarning(lcUi) << "Unreadable backup policy:" << policy.error().toString();
            m_policy->setError(tr("The platform sent a backup policy this version cannot read."));
            return;
        }
        const EnvironmentPolicy *p = policy->forEnvironment(m_environment);
        m_policy->setPolicy(p ? std::optional<EnvironmentPolicy>(*p) : std::nullopt, policy->plan);
        Q_EMIT policyLoaded(policy.value());
    });
}

std::optional<Snapshot> EnvironmentView::selectedSnapshot() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return std::nullopt;
    return m_model->snapshotAt(m_proxy->mapToSource(current).row());
}

bool EnvironmentView::selectSnapshot(const QString &snapshotId)
{
    const int row = m_model->rowOf(snapshotId);
    if (row < 0)
        return false;
    onTimelineClicked(row);
    return true;
}

void EnvironmentView::onTimelineClicked(int row)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

void EnvironmentView::onTableCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_timeline->setSelectedRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    Q_EMIT selectedSnapshotChanged();
}

void EnvironmentView::refreshTimes()
{
    m_model->refreshTimes();
    m_policy->refreshTimes();
    m_timeline->update();
}

QByteArray EnvironmentView::saveState() const
{
    return m_splitter->saveState();
}

void EnvironmentView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}
