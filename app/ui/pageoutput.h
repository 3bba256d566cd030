#pragma once

#include <QString>

class QPrinter;

namespace SmtpCodes {

class Catalogue;
struct PageColors;

// What Print and the Export commands write: the entry or the comparison on screen.
struct ShownPage
{
    enum class Kind { None, Entry, Comparison };
    Kind kind = Kind::None;
    QString key;   // Entry
    QString left;  // Comparison
    QString right; // Comparison
    bool englishAlongside = false;
};

// Pages for paper and files: light colours whatever the screen's palette, escaped text.
namespace PageOutput {

// Colours of a light page, for paper and for files opened elsewhere.
PageColors paperColors();
// "535 Authentication credentials invalid" or "450 vs 550"; empty for Kind::None.
QString title(const Catalogue &catalogue, const ShownPage &page);
// The page body, as the detail pane or the compare view shows it, in paper colours.
QString bodyHtml(const Catalogue &catalogue, const ShownPage &page);
// A complete UTF-8 HTML document: title, language and body.
QString standaloneHtml(const Catalogue &catalogue, const ShownPage &page, const QString &language);
// A file name to propose: "smtp-535.pdf", "smtp-450-vs-550.html".
QString suggestedFileName(const ShownPage &page, const QString &suffix);

bool writeHtml(const Catalogue &catalogue, const ShownPage &page, const QString &language,
               const QString &path, QString *error);
bool writePdf(const Catalogue &catalogue, const ShownPage &page, const QString &path,
              QString *error);
void print(const Catalogue &catalogue, const ShownPage &page, QPrinter *printer);

} // namespace PageOutput
} // namespace SmtpCodes
