#pragma once

#include <QProxyStyle>

// The desktop's own style, with the standard icons that the main window needs at start-up drawn
// from the app's SVGs. Qt's are PNG files, and loading the first one probes every image-format
// plugin (SVG, GIF, ICO, JPEG with libjpeg): a few milliseconds of every start. Ours also follow
// the palette, as the app's other icons do.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
