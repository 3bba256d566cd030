#include "appstyle.h"

#include <QIconEngine>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <cmath>

namespace SmtpCodes {

namespace {

// Stands for the base style's icon and asks for it on first use.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // Answered without loading: the base style has an icon for every pixmap deferred here.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("SmtpCodes::DeferredIconEngine"); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredIconEngine(m_style, m_which);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (m_icon.isNull() && m_style)
            m_icon = m_style->standardIcon(m_which);
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
};

bool isWhole(qreal value)
{
    return std::abs(value - std::round(value)) < 1e-6;
}

// The device rows that make one logical row when the strips would give exactly the pixels of
// one piece, or 0. That is when a scroll bar paints all of itself, with a plain painter of its
// own (no clip, opacity or blending mode), onto an 8-bit raster image (where blending in an
// image first rounds the same way), scaled by a whole ratio and placed on whole pixels, and is
// not a translucent transient bar. On another device, the base style's few pixels outside the
// bar would be cut off.
int stripScale(const QStyle &style, const QStyleOptionComplex &option, const QPainter &painter,
               const QWidget *widget)
{
    if (!widget || painter.device() != widget || // an inactive painter has no device
        option.rect != widget->rect() || painter.hasClipping() ||
        !qFuzzyCompare(painter.opacity(), 1.0) ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver ||
        style.styleHint(QStyle::SH_ScrollBar_Transient, &option, widget))
        return 0;
    const QPaintDevice *target = painter.paintEngine()->paintDevice();
    if (!target || target->devType() != QInternal::Image)
        return 0;
    const QImage::Format format = static_cast<const QImage *>(target)->format();
    if (format != QImage::Format_ARGB32_Premultiplied && format != QImage::Format_RGB32)
        return 0;
    const QTransform toDevice = painter.deviceTransform(); // includes the device pixel ratio
    const qreal scale = toDevice.m22();
    if (toDevice.type() > QTransform::TxScale || scale < 1 ||
        scale > AppStyle::deviceRowsPerStrip || !isWhole(scale) ||
        !qFuzzyCompare(toDevice.m11(), scale) || !isWhole(toDevice.dx()) || !isWhole(toDevice.dy()))
        return 0;
    return qRound(scale);
}

} // namespace

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton ||
        standardIcon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), standardIcon)); // the same for any widget
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    const int scale = control == CC_ScrollBar ? stripScale(*proxy(), *option, *painter, widget) : 0;
    const QRect area = option->rect;
    if (scale == 0 || area.height() * scale <= deviceRowsPerStrip) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The base style sets clips of its own, so each strip is painted into an image of its
    // height, which bounds what the base style can fill, and then drawn in place.
    const int strip = deviceRowsPerStrip / scale;
    QImage image(area.width() * scale, strip * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    for (int top = area.top(); top <= area.bottom(); top += strip) {
        image.fill(Qt::transparent);
        QPainter stripPainter(&image);
        stripPainter.setRenderHints(painter->renderHints()); // widgets scale pixmaps smoothly
        stripPainter.setFont(painter->font());
        stripPainter.setPen(painter->pen());
        stripPainter.setBrush(painter->brush());
        stripPainter.setLayoutDirection(painter->layoutDirection());
        stripPainter.translate(-area.left(), -top);
        stripPainter.setBrushOrigin(painter->brushOrigin());
        QProxyStyle::drawComplexControl(control, option, &stripPainter, widget);
        stripPainter.end();
        painter->drawImage(QPoint(area.left(), top), image);
    }
}

} // namespace SmtpCodes
