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
    QString classBackground[4]; // behind the class label of 2xx, 3xx, 4xx, 5xx

    static PageColors fromPalette(const QPalette &palette);
    // The background for the class label of a code whose class digit is `digit` ('2'…'5'),
    // or an empty string when the code has no single class (X.7.8).
    QString forClass(QChar digit) const;
};

// The colour that stands for a reply class ('2' success … '5' permanent failure), always shown
// with a text label; invalid for any other digit.
QColor classTint(QChar digit);

} // namespace SmtpCodes
