#pragma once

#include "catalogue.h"

#include <QString>
#include <QUrl>

namespace SmtpCodes {
struct PageColors;
}

namespace SmtpCodes::EntryHtml {

// The detail page of one entry as HTML. Every text is escaped; links use the "code:" scheme.
// withEnglish adds the English source under each translated text, in colors.muted.
// The class line has the class colour behind its text label.
QString page(const Catalogue &catalogue, const CodeEntry &entry, bool withEnglish,
             const PageColors &colors);

QUrl linkTo(const QString &key);
// A "compare:" link: compare the shown entry with this key.
QUrl compareLinkTo(const QString &key);
// The key a "code:" link points to, or an empty string for any other link.
QString keyFromLink(const QUrl &url);
// The key a "compare:" link points to, or an empty string.
QString compareKeyFromLink(const QUrl &url);

QString escaped(const QString &text);

} // namespace SmtpCodes::EntryHtml
