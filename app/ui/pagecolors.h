#pragma once

#include <QPalette>
#include <QString>

namespace SmtpCodes {

// Colours for generated HTML, taken from the widget's palette so that pages stay readable
// under dark themes. Each is an HTML colour ("#rrggbb").
struct PageColors
{
    QString same;           // background of a key-difference row whose sides agree
    QString differs;        // background of a row whose sides differ
    QString muted;          // secondary text (the English shown alongside)
    QString markBackground; // a code highlighted in a pasted line
    QString markText;

    static PageColors fromPalette(const QPalette &palette);
};

} // namespace SmtpCodes
