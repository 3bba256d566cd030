#pragma once

class QApplication;
class QWidget;

namespace SmtpCodes {

// The interface and the catalogue are NFC text in scripts that need no OpenType shaping
// (tst_translations checks it), so the widgets that show them can skip HarfBuzz: a page then
// lays out in about half the time. Qt still shapes the scripts that cannot do without it.
void skipTextShaping(QWidget *ownTextView);

// For a widget inside one that skips shaping, but showing text the user pasted.
void keepTextShaping(QWidget *userTextView);

// The desktop's font without shaping as the application font, so that the whole interface
// shares one font engine and one glyph cache from the first widget on (a widget measures text
// before it has a parent, and a second engine costs a tenth of the start-up). Follows the
// desktop's font when it changes.
void skipTextShapingInApplication(QApplication *application);

} // namespace SmtpCodes
