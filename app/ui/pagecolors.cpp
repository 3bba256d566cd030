#include "pagecolors.h"

#include <QWidget>

namespace SmtpCodes {

namespace {

QString blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()))
        .name();
}

} // namespace

PageColors PageColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return {blend(base, QColor(0x2e, 0x9d, 0x4f), 0.18),
            blend(base, QColor(0xe8, 0x9a, 0x10), 0.30), blend(text, base, 0.35),
            palette.color(QPalette::Highlight).name(),
            palette.color(QPalette::HighlightedText).name()};
}

void skipTextShaping(QWidget *catalogueView)
{
    QFont font; // only the strategy is set: family and size still follow the desktop and zoom
    font.setStyleStrategy(QFont::PreferNoShaping);
    catalogueView->setFont(font);
}

} // namespace SmtpCodes
