#pragma once

#include <QProxyStyle>

namespace SmtpCodes {

// The application style, except that the toolbar extension icons are loaded when first
// painted instead of when asked for. QMenuBar asks for one in its constructor, for an
// overflow button that shows only in a narrow window; loading it reads the first image of
// the process, and Qt then loads every image-format plugin, which costs more than a tenth of
// the window's start-up.
class DeferredToolBarIcons final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace SmtpCodes
