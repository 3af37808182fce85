#include "EnvironmentView.h"

#include "PolicyPanel.h"
#include "SnapshotPane.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "util/ErrorDetails.h"
#include "style/DisplayText.h"
#include "style/Icons.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"
#include "util/LogCategories.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

EnvironmentView::EnvironmentView(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new SnapshotTableModel(clock, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomFit(new QToolButton(this))
{
    setObjectName(QStringLiteral("environmentView"));
    buildHeader();

    m_message->setObjectName(QStringLiteral("environmentMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->addWidget(m_message);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(stackHost, 1);

    setTabOrder(m_zoomIn, m_zoomOut);
    setTabOrder(m_zoomOut, m_zoomFit);

    // The zoom buttons are enabled only while an environment is shown, so the pane exists.
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { pane()->timeline()->zoomIn(); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { pane()->timeline()->zoomOut(); });
    connect(m_zoomFit, &QToolButton::clicked, this, [this] { pane()->timeline()->zoomToFit(); });
    clear();
}

SnapshotPane *EnvironmentView::pane() const
{
    if (!m_pane)
        const_cast<EnvironmentView *>(this)->buildPane();
    return m_pane;
}

void EnvironmentView::buildPane()
{
    m_pane = new SnapshotPane(m_model, m_clock, m_stack->parentWidget());
    m_stack->addWidget(m_pane);
    m_pane->restoreState(m_paneState);
    m_pane->setActions(m_snapshotActions);
    setTabOrder(m_pane->timeline(), m_zoomIn);
    setTabOrder(m_zoomFit, m_pane->table());
    connect(m_pane, &SnapshotPane::selectionChanged, this, &EnvironmentView::selectedSnapshotChanged);
}

TimelineWidget *EnvironmentView::timeline() const
{
    return pane()->timeline();
}

QTableView *EnvironmentView::table() const
{
    return pane()->table();
}

void EnvironmentView::setSnapshotActions(const QList<QAction *> &actions)
{
    m_snapshotActions = actions;
    if (m_pane)
        m_pane->setActions(actions);
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
    m_subtitle->setTextInteractionFlags(Qt::NoTextInteraction);
    showMessage(tr("Pick an environment in the fleet on the left to see its snapshots and backups."));
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomFit})
        b->setEnabled(false);
}

void EnvironmentView::showMessage(const QString &text, MessageKind kind)
{
    // An error can be selected and copied into a support ticket. A hint is left plain: a
    // selectable label lays its text out as a document, the largest part of its start-up cost.
    m_message->setTextInteractionFlags(kind == MessageKind::Error ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
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
    // The slug and the URL are worth copying; the selection costs a text document, so only here.
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
        pane()->policy()->setLoading();
    }
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomFit})
        b->setEnabled(true);
    m_stack->setCurrentWidget(pane());
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
    if (progressive) {
        connect(reply, &ApiReply::pageReceived, this, [this, reply] {
            if (reply != m_snapshotsReply)
                return;
            if (const QList<Snapshot> *page = reply->pageAs<Snapshot>())
                m_model->appendSnapshots(*page);
        });
    }
    connect(reply, &ApiReply::finished, this, [this, reply, progressive] {
        if (reply != m_snapshotsReply)
            return;
        m_snapshotsReply = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind == ApiError::Kind::Cancelled)
                return;
            const QString text = ErrorDetails::oneLine(reply->error());
            Q_EMIT statusMessage(tr("Could not load the snapshots of %1: %2").arg(m_environment, text));
            if (m_model->rowCount() == 0)
                showMessage(tr("The snapshots could not be loaded.\n%1").arg(text), MessageKind::Error);
            return;
        }
        if (!progressive)
            m_model->setSnapshots(*reply->as<QList<Snapshot>>());
        else
            pane()->timeline()->zoomToFit(); // pages came in one by one: now the whole history is known
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
                pane()->policy()->setError(ErrorDetails::oneLine(reply->error()));
            return;
        }
        const BackupPolicy *policy = reply->as<BackupPolicy>();
        const EnvironmentPolicy *p = policy->forEnvironment(m_environment);
        pane()->policy()->setPolicy(p ? std::optional<EnvironmentPolicy>(*p) : std::nullopt, policy->plan);
        Q_EMIT policyLoaded(*policy);
    });
}

std::optional<Snapshot> EnvironmentView::selectedSnapshot() const
{
    const int row = m_pane ? m_pane->selectedRow() : -1;
    if (row < 0)
        return std::nullopt;
    return m_model->snapshotAt(row);
}

bool EnvironmentView::selectSnapshot(const QString &snapshotId)
{
    const int row = m_model->rowOf(snapshotId);
    if (row < 0)
        return false;
    pane()->selectRow(row);
    return true;
}

void EnvironmentView::refreshTimes()
{
    m_model->refreshTimes();
    if (m_pane) {
        m_pane->policy()->refreshTimes();
        m_pane->timeline()->update();
    }
}

QByteArray EnvironmentView::saveState() const
{
    return m_pane ? m_pane->saveState() : m_paneState;
}

void EnvironmentView::restoreState(const QByteArray &state)
{
    m_paneState = state;
    if (m_pane)
        m_pane->restoreState(state);
}
