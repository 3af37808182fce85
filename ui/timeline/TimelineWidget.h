#pragma once

#include "MarkerSprites.h"

#include <QVector>
#include <QWidget>

class Clock;
class QScrollBar;
class SnapshotTableModel;

// An environment's snapshots on a time axis: manual ones as diamonds on the upper lane,
// scheduled ones as circles on the lower lane, coloured by status, each with a faint bar to the
// moment retention will prune it, and small ticks above it where its database (left) or files
// (right) differ from the snapshot before. Zooms from an hour to over a year (wheel, keys, buttons),
// pans (drag, shift+wheel, scroll bar), tells details on hover, selects on click.
// Reads the table model's rows directly and keeps a compact copy sorted by time, so painting
// 20,000 snapshots touches no QString.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(SnapshotTableModel *model, const Clock *clock, QWidget *parent = nullptr);

    // Rows are the model's rows. -1 = no selection.
    int selectedRow() const { return m_selectedRow; }
    void setSelectedRow(int row);
    // Where row's marker is drawn, in widget coordinates; empty when scrolled out of view.
    QRect markerRect(int row) const;
    int rowAt(const QPoint &pos) const; // -1 when no marker there

    qint64 visibleStartMs() const { return m_startMs; }
    qint64 visibleSpanMs() const { return m_spanMs; }
    void setVisibleRange(qint64 startMs, qint64 spanMs);
    // Fades the snapshots whose files did not change, as the table's filter hides them.
    void setOnlyFilesChanged(bool on);

    static constexpr qint64 MinSpanMs = 3600LL * 1000;            // an hour
    static constexpr qint64 MaxSpanMs = 400LL * 24 * 3600 * 1000; // a bit over a year

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    void snapshotClicked(int row);
    void visibleRangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        qint64 createdMs;
        qint64 expiresMs; // 0 = kept
        int row;
        quint8 kind;      // SnapshotKind
        quint8 status;    // SnapshotStatus
        quint8 changes;   // ChangedDatabase | ChangedFiles, against the snapshot before
    };
    enum : quint8 { ChangedDatabase = 1, ChangedFiles = 2 };

    void rebuild();
    void zoomAround(double factor, int anchorX);
    void clampRange();
    void syncScrollBar();
    void ensureVisible(int row);
    void selectByOffset(int offset);
    QString toolTipFor(int row) const;

    void measureGutter();
    QRect plotRect() const;
    int laneY(quint8 kind) const;
    double xFor(qint64 ms) const;
    qint64 msAt(double x) const;
    int markerIndexOfRow(int row) const;
    void paintAxis(QPainter &p, const QRect &plot);
    void paintMarkers(QPainter &p, const QRect &plot);
    void paintChangeTicks(QPainter &p, int x, const Marker &m) const;

    SnapshotTableModel *m_model;
    const Clock *m_clock;
    QScrollBar *m_scrollBar;
    QVector<Marker> m_markers;     // sorted by createdMs
    QVector<int> m_indexOfRow;     // row -> index in m_markers
    qint64 m_startMs = 0;
    qint64 m_spanMs = 7LL * 24 * 3600 * 1000;
    int m_selectedRow = -1;
    int m_hoverRow = -1;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPoint m_dragOrigin;
    qint64 m_dragStartMs = 0;
    bool m_syncingScrollBar = false;
    bool m_viewChosen = false; // zoomed or scrolled since the last fit
    bool m_hadMarkers = false; // before the model's current reset
    bool m_onlyFilesChanged = false;
    MarkerSprites m_sprites;
    int m_gutter = 0; // lane labels' width; measured on font or language change, not per marker
};
