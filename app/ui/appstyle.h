#pragma once

#include <QProxyStyle>

namespace SmtpCodes {

// The application style: the platform's own style, drawing the same pixels, with two changes
// that make painting cheaper.
class AppStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    // The toolbar extension icons are loaded when first painted instead of when asked for.
    // QMenuBar asks for one in its constructor, for an overflow button that shows only in a
    // narrow window; loading it reads the first image of the process, and Qt then loads every
    // image-format plugin, which costs more than a tenth of the window's start-up.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // A tall scroll bar is painted in strips. Qt 6.4's raster engine hands any fill of 96
    // spans (row pieces) or more to its thread pool in parts; for a bar 14 pixels wide, the
    // hand-over costs far more than the fill: the two scroll bars of the first frame took
    // 1.1-1.6 ms that way and 0.4-0.6 ms in strips. Strips are used only where they give the
    // same pixels as one piece (a bar painting itself onto the window's 8-bit image at a
    // whole device pixel ratio; see stripScale in the .cpp); anything else is painted in one.
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

    // Device rows in a strip: few enough for the fills of a scroll bar, which have up to two
    // spans a row, to stay under 96 spans.
    static constexpr int deviceRowsPerStrip = 47;
};

} // namespace SmtpCodes
