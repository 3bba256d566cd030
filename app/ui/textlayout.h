#pragma once

class QAbstractScrollArea;
class QApplication;
class QWidget;

namespace SmtpCodes {

// The interface and the catalogue are NFC text in scripts that need no OpenType shaping
// (tst_translations checks it), so the widgets that show them can skip HarfBuzz: a page then
// lays out in about half the time. Qt still shapes the scripts that cannot do without it.
void skipTextShaping(QWidget *ownTextView);

// For a widget inside one that skips shaping, but showing text the user pasted.
void keepTextShaping(QWidget *userTextView);

// A reading pane whose vertical scroll bar is always there: one that comes and goes with the
// page's length changes the text width, and Qt then lays the new page out a second time (about
// half the cost of showing a code while typing). The text also stops moving sideways between
// short and long pages.
void keepTextWidthSteady(QAbstractScrollArea *readingPane);

// The desktop's font without shaping as the application font, so that the whole interface
// shares one font engine and one glyph cache from the first widget on (a widget measures text
// before it has a parent, and a second engine costs a tenth of the start-up). Follows the
// desktop's font when it changes. Fonts the desktop gives some widget classes (menus, tool tips)
// are kept, unshaped too; after a theme change they stay as they were at start.
void skipTextShapingInApplication(QApplication *application);

} // namespace SmtpCodes
