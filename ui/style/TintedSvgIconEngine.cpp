#include "TintedSvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

TintedSvgIconEngine::TintedSvgIconEngine(const QString &resourcePath, Tint tint)
    : m_path(resourcePath)
    , m_tint(tint)
{
}

static QColor tintFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    default:
        return palette.color(QPalette::WindowText);
    }
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QColor tint = m_tint == Tint::Palette ? tintFor(mode) : QColor(Qt::transparent);
    const QSize pixels = (QSizeF(size) * scale).toSize();
    // Keyed by colour too: a palette change (dark mode switch) must not reuse stale pixmaps.
    const QString cacheKey = QStringLiteral("mf-icon:%1:%2x%3:%4")
                                 .arg(m_path).arg(pixels.width()).arg(pixels.height()).arg(tint.rgba());
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;

    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QSvgRenderer renderer(m_path);
        QPainter p(&image);
        renderer.render(&p);
        if (m_tint == Tint::Palette) {
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), tint);
        }
    }
    result = QPixmap::fromImage(std::move(image));
    result.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(m_path, m_tint);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("TintedSvgIconEngine");
}
