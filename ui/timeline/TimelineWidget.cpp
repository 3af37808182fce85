#include "TimelineWidget.h"

#include "MarkerSprites.h"
#include "SnapshotTableModel.h"
#include "TimeAxis.h"
#include "style/DisplayText.h"
#include "style/StatusColors.h"
#include "style/TimeText.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

static constexpr int MarkerSize = 12;
static constexpr qint64 MinuteMs = 60 * 1000;

TimelineWidget::TimelineWidget(SnapshotTableModel *model, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Snapshot timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->setObjectName(QStringLiteral("timelineScrollBar"));
    m_scrollBar->setAccessibleName(tr("Scroll the timeline"));
    m_scrollBar->setFocusPolicy(Qt::NoFocus); // the widget itself scrolls with the arrow keys
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int minutes) {
        if (!m_syncingScrollBar)
            setVisibleRange(qint64(minutes) * MinuteMs, m_spanMs);
    });

    measureGutter();
    // A reload of the same history (refresh, a new snapshot) keeps the zoom and place the user
    // chose; a new environment (the model emptied first) or an untouched view is fitted again.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_hadMarkers = !m_markers.isEmpty(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_selectedRow = -1; // rows mean other snapshots now; the view's owner selects again
        rebuild();
        if (m_hadMarkers && !m_markers.isEmpty() && m_viewChosen)
            update();
        else
            zoomToFit();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { rebuild(); update(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { rebuild(); update(); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { rebuild(); update(); });
    rebuild();
    zoomToFit();
}

QSize TimelineWidget::sizeHint() const
{
    return {640, fontMetrics().height() * 6 + 90};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 3 + 70};
}

void TimelineWidget::rebuild()
{
    const QList<Snapshot> &snapshots = m_model->snapshots();
    m_markers.clear();
    m_markers.reserve(snapshots.size());
    for (int row = 0; row < snapshots.size(); ++row) {
        const Snapshot &s = snapshots[row];
        if (!s.createdAt.isValid())
            continue;
        const ComponentChanges::Marks c = m_model->changesAt(row);
        const quint8 changes = (c.database == ComponentChanges::Change::Changed ? ChangedDatabase : 0)
            | (c.files == ComponentChanges::Change::Changed ? ChangedFiles : 0);
        m_markers.append({s.createdAt.toMSecsSinceEpoch(), s.expiresAt.isValid() ? s.expiresAt.toMSecsSinceEpoch() : 0,
                          row, quint8(s.kind), quint8(s.status), changes});
    }
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const Marker &a, const Marker &b) { return a.createdMs < b.createdMs; });
    m_indexOfRow.fill(-1, snapshots.size());
    for (int i = 0; i < m_markers.size(); ++i)
        m_indexOfRow[m_markers[i].row] = i;
    if (m_selectedRow >= snapshots.size())
        m_selectedRow = -1;
    setAccessibleDescription((m_markers.size() == 1 ? tr("%n snapshot", nullptr, 1) : tr("%n snapshots", nullptr, int(m_markers.size()))));
    syncScrollBar();
}

// --- Geometry ---

void TimelineWidget::measureGutter()
{
    const QFontMetrics fm = fontMetrics();
    m_gutter = std::max(fm.horizontalAdvance(tr("Scheduled")), fm.horizontalAdvance(tr("Manual"))) + 16;
}

QRect TimelineWidget::plotRect() const
{
    const int bottom = m_scrollBar->sizeHint().height() + fontMetrics().height() + 10;
    return QRect(m_gutter, 6, std::max(10, width() - m_gutter - 10), std::max(20, height() - bottom - 6));
}

int TimelineWidget::laneY(quint8 kind) const
{
    const QRect plot = plotRect();
    const bool scheduled = kind == quint8(SnapshotKind::Scheduled);
    return plot.top() + plot.height() * (scheduled ? 3 : 1) / 4;
}

double TimelineWidget::xFor(qint64 ms) const
{
    const QRect plot = plotRect();
    return plot.left() + double(ms - m_startMs) * plot.width() / double(m_spanMs);
}

qint64 TimelineWidget::msAt(double x) const
{
    const QRect plot = plotRect();
    return m_startMs + qint64((x - plot.left()) * double(m_spanMs) / plot.width());
}

int TimelineWidget::markerIndexOfRow(int row) const
{
    return row >= 0 && row < m_indexOfRow.size() ? m_indexOfRow[row] : -1;
}

QRect TimelineWidget::markerRect(int row) const
{
    const int i = markerIndexOfRow(row);
    if (i < 0)
        return {};
    const Marker &m = m_markers[i];
    const double x = xFor(m.createdMs);
    const QRect plot = plotRect();
    if (x < plot.left() - MarkerSize / 2 || x > plot.right() + MarkerSize / 2)
        return {};
    return QRect(int(std::lround(x)) - MarkerSize / 2, laneY(m.kind) - MarkerSize / 2, MarkerSize, MarkerSize);
}

int TimelineWidget::rowAt(const QPoint &pos) const
{
    // The nearest marker within a few pixels, searched only around the cursor's time.
    const qint64 slack = qint64(double(MarkerSize) * m_spanMs / plotRect().width());
    const qint64 t = msAt(pos.x());
    auto it = std::lower_bound(m_markers.begin(), m_markers.end(), t - slack,
                               [](const Marker &m, qint64 v) { return m.createdMs < v; });
    int best = -1;
    double bestDistance = MarkerSize;
    for (; it != m_markers.end() && it->createdMs <= t + slack; ++it) {
        const QPointF c(xFor(it->createdMs), laneY(it->kind));
        const double d = std::hypot(c.x() - pos.x(), c.y() - pos.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = it->row;
        }
    }
    return best;
}

// --- Range ---

void TimelineWidget::setVisibleRange(qint64 startMs, qint64 spanMs)
{
    m_viewChosen = true; // zoomToFit() clears it again
    m_startMs = startMs;
    m_spanMs = std::clamp(spanMs, MinSpanMs, MaxSpanMs);
    clampRange();
    syncScrollBar();
    update();
    Q_EMIT visibleRangeChanged();
}

void TimelineWidget::clampRange()
{
    // Keep some of the data (or "now") in view: never scroll into an empty past or future.
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 first = m_markers.isEmpty() ? now : std::min(m_markers.first().createdMs, now);
    const qint64 last = now;
    const qint64 lo = first - m_spanMs / 2;
    const qint64 hi = last + m_spanMs / 4 - m_spanMs;
    m_startMs = std::clamp(m_startMs, std::min(lo, hi), std::max(lo, hi));
}

void TimelineWidget::syncScrollBar()
{
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 first = m_markers.isEmpty() ? now : std::min(m_markers.first().createdMs, now);
    const qint64 lo = first - m_spanMs / 2;
    const qint64 hi = now + m_spanMs / 4 - m_spanMs;
    m_syncingScrollBar = true;
    m_scrollBar->setRange(int(std::min(lo, hi) / MinuteMs), int(std::max(lo, hi) / MinuteMs));
    m_scrollBar->setPageStep(int(m_spanMs / MinuteMs));
    m_scrollBar->setSingleStep(std::max(1, int(m_spanMs / MinuteMs / 20)));
    m_scrollBar->setValue(int(m_startMs / MinuteMs));
    m_syncingScrollBar = false;
}

void TimelineWidget::zoomAround(double factor, int anchorX)
{
    const qint64 anchorMs = msAt(anchorX);
    const qint64 newSpan = std::clamp(qint64(double(m_spanMs) * factor), MinSpanMs, MaxSpanMs);
    const double fraction = double(anchorX - plotRect().left()) / plotRect().width();
    setVisibleRange(anchorMs - qint64(fraction * double(newSpan)), newSpan);
}

void TimelineWidget::zoomIn()
{
    const int anchor = m_selectedRow >= 0 && !markerRect(m_selectedRow).isEmpty() ? markerRect(m_selectedRow).center().x()
                                                                                   : plotRect().center().x();
    zoomAround(0.5, anchor);
}

void TimelineWidget::zoomOut()
{
    zoomAround(2.0, plotRect().center().x());
}

void TimelineWidget::zoomToFit()
{
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    if (m_markers.isEmpty()) {
        setVisibleRange(now - 6 * 24 * 3600 * 1000LL, 7 * 24 * 3600 * 1000LL);
        m_viewChosen = false;
        return;
    }
    const qint64 first = std::min(m_markers.first().createdMs, now);
    const qint64 span = std::clamp(qint64(double(now - first) * 1.08), MinSpanMs, MaxSpanMs);
    setVisibleRange(now + span / 20 - span, span);
    m_viewChosen = false;
}

void TimelineWidget::ensureVisible(int row)
{
    const int i = markerIndexOfRow(row);
    if (i < 0 || !markerRect(row).isEmpty())
        return;
    setVisibleRange(m_markers[i].createdMs - m_spanMs / 2, m_spanMs);
}

// --- Selection ---

void TimelineWidget::setSelectedRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = markerIndexOfRow(row) >= 0 ? row : -1;
    ensureVisible(m_selectedRow);
    update();
}

void TimelineWidget::selectByOffset(int offset)
{
    if (m_markers.isEmpty())
        return;
    int i = markerIndexOfRow(m_selectedRow);
    i = i < 0 ? int(m_markers.size()) - 1 : std::clamp(i + offset, 0, int(m_markers.size()) - 1);
    setSelectedRow(m_markers[i].row);
    Q_EMIT snapshotClicked(m_selectedRow);
}

// --- Painting ---

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot = plotRect();
    paintAxis(p, plot);
    paintMarkers(p, plot);
    if (m_markers.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(plot, Qt::AlignCenter, tr("No snapshots yet"));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void TimelineWidget::paintAxis(QPainter &p, const QRect &plot)
{
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    const QFontMetrics fm = fontMetrics();

    // Lane labels and guide lines.
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const int manualY = laneY(quint8(SnapshotKind::Manual));
    const int scheduledY = laneY(quint8(SnapshotKind::Scheduled));
    p.drawText(QRect(4, manualY - fm.height() / 2, plot.left() - 8, fm.height()), Qt::AlignRight | Qt::AlignVCenter, tr("Manual"));
    p.drawText(QRect(4, scheduledY - fm.height() / 2, plot.left() - 8, fm.height()), Qt::AlignRight | Qt::AlignVCenter, tr("Scheduled"));
    p.setPen(QPen(grid, 1, Qt::DotLine));
    p.drawLine(plot.left(), manualY, plot.right(), manualY);
    p.drawLine(plot.left(), scheduledY, plot.right(), scheduledY);

    // Ticks.
    const int axisY = plot.bottom();
    p.setPen(text);
    p.drawLine(plot.left(), axisY, plot.right(), axisY);
    for (const TimeAxis::Tick &tick : TimeAxis::ticks(m_startMs, m_startMs + m_spanMs, plot.width())) {
        const int x = int(std::lround(xFor(tick.msecs)));
        QColor line = grid;
        if (tick.major)
            line.setAlpha(160);
        p.setPen(QPen(line, 1));
        p.drawLine(x, plot.top(), x, axisY);
        p.setPen(text);
        p.drawLine(x, axisY, x, axisY + 4);
        QFont f = font();
        f.setBold(tick.major);
        p.setFont(f);
        const int w = QFontMetrics(f).horizontalAdvance(tick.label);
        p.drawText(QRect(x - w / 2 - 2, axisY + 5, w + 4, fm.height()), Qt::AlignCenter, tick.label);
    }
    p.setFont(font());

    // Now.
    const double nowX = xFor(m_clock->now().toMSecsSinceEpoch());
    if (nowX >= plot.left() && nowX <= plot.right()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.drawLine(QPointF(nowX, plot.top()), QPointF(nowX, axisY));
        p.drawText(QRectF(nowX + 3, plot.top(), 80, fm.height()), Qt::AlignLeft | Qt::AlignTop, tr("now"));
    }
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_sprites.clear();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        measureGutter();
        resizeEvent(nullptr); // the scroll bar follows the plot's left edge
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::paintMarkers(QPainter &p, const QRect &plot)
{
    const qint64 endMs = m_startMs + m_spanMs;
    p.save();
    p.setClipRect(plot.adjusted(-MarkerSize, 0, MarkerSize, 0));
    p.setRenderHint(QPainter::Antialiasing);

    // Retention first, under the markers: a faint bar from capture to pruning.
    p.setPen(Qt::NoPen);
    for (const Marker &m : m_markers) {
        if (m.createdMs > endMs)
            break;
        if (m.expiresMs <= m_startMs || m.status == quint8(SnapshotStatus::Expired))
            continue;
        QColor c = StatusColors::forSnapshotStatus(SnapshotStatus(m.status));
        c.setAlpha(m.row == m_selectedRow ? 90 : 28);
        const double x0 = std::max(xFor(m.createdMs), double(plot.left()));
        const double x1 = std::min(xFor(m.expiresMs), double(plot.right()));
        p.fillRect(QRectF(x0, laneY(m.kind) - 3, x1 - x0, 6), c);
    }

    // Markers: at wide zooms thousands share a pixel column; draw only one per column and lane
    // (the selected and hovered ones always), which keeps 20,000 snapshots cheap to paint.
    auto first = std::lower_bound(m_markers.begin(), m_markers.end(), m_startMs - m_spanMs / 50,
                                  [](const Marker &m, qint64 v) { return m.createdMs < v; });
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : devicePixelRatioF();
    const QColor outline = palette().color(QPalette::Base);
    int lastX[3] = {INT_MIN, INT_MIN, INT_MIN};
    quint8 lastStatus[3] = {255, 255, 255};
    for (auto it = first; it != m_markers.end() && it->createdMs <= endMs + m_spanMs / 50; ++it) {
        const int lane = std::min<int>(it->kind, 2);
        const int x = int(std::lround(xFor(it->createdMs)));
        if (x == lastX[lane] && it->status == lastStatus[lane] && it->row != m_selectedRow && it->row != m_hoverRow)
            continue;
        lastX[lane] = x;
        lastStatus[lane] = it->status;
        const int size = it->row == m_hoverRow ? MarkerSize + 3 : MarkerSize;
        const QPixmap &sprite = m_sprites.sprite(size, it->kind, it->status, dpr, outline);
        const int half = int(sprite.width() / dpr) / 2;
        const bool faded = m_onlyFilesChanged && !(it->changes & ChangedFiles) && it->row != m_selectedRow;
        p.setOpacity(faded ? 0.25 : 1.0);
        p.drawPixmap(x - half, laneY(it->kind) - half, sprite);
        paintChangeTicks(p, x, *it);
    }
    p.setOpacity(1.0);

    const int sel = markerIndexOfRow(m_selectedRow);
    if (sel >= 0) {
        const Marker &m = m_markers[sel];
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        p.drawEllipse(QPointF(xFor(m.createdMs), laneY(m.kind)), MarkerSize * 0.9, MarkerSize * 0.9);
    }
    p.restore();
}

void TimelineWidget::paintChangeTicks(QPainter &p, int x, const Marker &m) const
{
    if (!m.changes)
        return;
    // Two fixed slots (database left, files right), so a glance along a lane reads like a table.
    const int y = laneY(m.kind) - MarkerSize / 2 - 7;
    const QColor database = StatusColors::changedDatabase();
    const QColor files = StatusColors::changedFiles();
    if (m.changes & ChangedDatabase)
        p.fillRect(QRectF(x - 5, y, 4, 4), database);
    if (m.changes & ChangedFiles)
        p.fillRect(QRectF(x + 1, y, 4, 4), files);
}

void TimelineWidget::setOnlyFilesChanged(bool on)
{
    m_onlyFilesChanged = on;
    update();
}

// --- Interaction ---

QString TimelineWidget::toolTipFor(int row) const
{
    const Snapshot &s = m_model->snapshotAt(row);
    QStringList lines;
    lines << (s.label.isEmpty() ? tr("%1 snapshot").arg(DisplayText::snapshotKind(s))
                                : tr("%1 snapshot “%2”").arg(DisplayText::snapshotKind(s), s.label));
    lines << tr("Status: %1").arg(DisplayText::snapshotStatus(s));
    lines << tr("Created: %1 (%2)").arg(TimeText::absolute(s.createdAt), TimeText::relative(s.createdAt, m_clock));
    if (s.sizeBytes > 0)
        lines << tr("Size: %1").arg(Format::size(s.sizeBytes));
    if (s.status != SnapshotStatus::Expired)
        lines << (s.expiresAt.isValid() ? tr("Expires: %1 (%2)").arg(TimeText::absolute(s.expiresAt), TimeText::relative(s.expiresAt, m_clock))
                                        : tr("Kept until deleted"));
    if (!s.createdBy.isEmpty())
        lines << tr("By: %1").arg(s.createdBy);
    if (s.error)
        lines << tr("Error: %1").arg(s.error->message);
    const int index = markerIndexOfRow(row);
    const quint8 changes = index >= 0 ? m_markers[index].changes : 0;
    if (changes & ChangedDatabase)
        lines << tr("Database changed since the snapshot before");
    if (changes & ChangedFiles)
        lines << tr("Files changed since the snapshot before");
    return lines.join(QLatin1Char('\n'));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(row), this, markerRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setSelectedRow(row);
        Q_EMIT snapshotClicked(row);
        return;
    }
    m_dragging = true;
    m_dragMoved = false;
    m_dragOrigin = event->position().toPoint();
    m_dragStartMs = m_startMs;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        const int dx = pos.x() - m_dragOrigin.x();
        if (std::abs(dx) > 2) {
            m_dragMoved = true;
            setCursor(Qt::ClosedHandCursor);
        }
        setVisibleRange(m_dragStartMs - qint64(double(dx) * m_spanMs / plotRect().width()), m_spanMs);
        return;
    }
    const int row = rowAt(pos);
    if (row != m_hoverRow) {
        m_hoverRow = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
}

void TimelineWidget::leaveEvent(QEvent *)
{
    if (m_hoverRow >= 0) {
        m_hoverRow = -1;
        update();
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool pan = (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
    if (pan) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        setVisibleRange(m_startMs - qint64(double(d) / 120.0 * m_spanMs / 10), m_spanMs);
    } else if (delta.y() != 0) {
        zoomAround(std::pow(0.8, delta.y() / 120.0), int(event->position().x()));
    }
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: selectByOffset(-1); break;
    case Qt::Key_Right: selectByOffset(1); break;
    case Qt::Key_Home:
        if (!m_markers.isEmpty()) { setSelectedRow(m_markers.first().row); Q_EMIT snapshotClicked(m_selectedRow); }
        break;
    case Qt::Key_End:
        if (!m_markers.isEmpty()) { setSelectedRow(m_markers.last().row); Q_EMIT snapshotClicked(m_selectedRow); }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: zoomToFit(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    const int h = m_scrollBar->sizeHint().height();
    const QRect plot = plotRect();
    m_scrollBar->setGeometry(plot.left(), height() - h - 2, plot.width(), h);
}
