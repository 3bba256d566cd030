#include "pagecolors.h"

#include <QColor>

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

QColor classTint(QChar digit)
{
    switch (digit.unicode()) {
    case u'2':
        return QColor(0x2e, 0x9d, 0x4f); // green: success
    case u'3':
        return QColor(0x3b, 0x7d, 0xd8); // blue: more input expected
    case u'4':
        return QColor(0xe8, 0x9a, 0x10); // amber: transient, retry
    case u'5':
        return QColor(0xd6, 0x45, 0x41); // red: permanent failure
    default:
        return {};
    }
}

PageColors PageColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    PageColors colors{blend(base, classTint(u'2'), 0.18),
                      blend(base, classTint(u'4'), 0.30),
                      blend(text, base, 0.35),
                      palette.color(QPalette::Highlight).name(),
                      palette.color(QPalette::HighlightedText).name(),
                      {}};
    // Light enough behind text in a light theme, dark enough in a dark one.
    for (int i = 0; i < 4; ++i)
        colors.classBackground[i] = blend(base, classTint(QChar(u'2' + i)), 0.35);
    return colors;
}

QString PageColors::forClass(QChar digit) const
{
    const int i = digit.unicode() - u'2';
    return i >= 0 && i < 4 ? classBackground[i] : QString();
}

} // namespace SmtpCodes
