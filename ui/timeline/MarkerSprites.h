#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>

class QPainter;
class QPointF;

// The timeline's snapshot markers (manual: diamond, scheduled: circle, a kind this version does
// not know: square), filled with the status colour and outlined in the background colour so
// overlapping markers stay apart. Each size/kind/status is rasterised once and then blitted:
// antialiasing thousands of outlined shapes on every paint was what made a wide zoom slow.
class MarkerSprites
{
public:
    static void paint(QPainter &p, const QPointF &centre, int size, quint8 kind, const QColor &fill, const QColor &outline);

    // The marker centred in an even-sided pixmap (centre on a pixel corner, like drawing it at
    // an integer x). Built for dpr; a different dpr or outline colour starts a new cache.
    const QPixmap &sprite(int size, quint8 kind, quint8 status, qreal dpr, const QColor &outline);
    void clear() { m_sprites.clear(); }

private:
    QHash<quint32, QPixmap> m_sprites;
    qreal m_dpr = 0;
    QColor m_outline;
};
