#pragma once

#include <QIconEngine>
#include <QString>

// Renders a monochrome SVG in the palette's text colour at whatever size and device pixel ratio
// is asked, so one icon file reads on light and dark themes and stays sharp on HiDPI screens.
// Untinted, it draws a coloured SVG as it is (the application icon) without Qt's SVG icon
// plugin, which would be loaded at start-up only for that.
class TintedSvgIconEngine : public QIconEngine
{
public:
    enum class Tint { Palette, None };
    explicit TintedSvgIconEngine(const QString &resourcePath, Tint tint = Tint::Palette);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QString m_path;
    Tint m_tint;
};
