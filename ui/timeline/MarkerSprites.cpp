#include "MarkerSprites.h"

#include "api/Snapshot.h"
#include "style/StatusColors.h"

#include <QPainter>

void MarkerSprites::paint(QPainter &p, const QPointF &c, int size, quint8 kind, const QColor &fill, const QColor &outline)
{
    const double r = size / 2.0;
    p.setPen(QPen(outline, 1));
    p.setBrush(fill);
    if (kind == quint8(SnapshotKind::Manual)) {
        const QPointF pts[4] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        p.drawPolygon(pts, 4);
    } else if (kind == quint8(SnapshotKind::Scheduled)) {
        p.drawEllipse(c, r - 1, r - 1);
    } else {
        p.drawRect(QRectF(c.x() - r + 1, c.y() - r + 1, size - 2, size - 2));
    }
}

const QPixmap &MarkerSprites::sprite(int size, quint8 kind, quint8 status, qreal dpr, const QColor &outline)
{
    if (dpr != m_dpr || outline != m_outline) {
        m_sprites.clear();
        m_dpr = dpr;
        m_outline = outline;
    }
    const quint32 key = quint32(size) << 16 | quint32(kind) << 8 | status;
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const int side = 2 * (size / 2 + 2);
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, QPointF(side / 2, side / 2), size, kind, StatusColors::forSnapshotStatus(SnapshotStatus(status)), outline);
    p.end();
    return *m_sprites.insert(key, pixmap);
}
