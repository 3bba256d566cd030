#pragma once

#include "catalogue.h"

#include <QString>
#include <QUrl>

namespace SmtpCodes::EntryHtml {

// The detail page of one entry as HTML. Every text is escaped; links use the "code:" scheme.
// withEnglish adds the English source under each translated text.
// mutedColor is the HTML colour of that English text.
QString page(const Catalogue &catalogue, const CodeEntry &entry, bool withEnglish = false,
             const QString &mutedColor = QStringLiteral("#666666"));

QUrl linkTo(const QString &key);
// A "compare:" link: compare the shown entry with this key.
QUrl compareLinkTo(const QString &key);
// The key a "code:" link points to, or an empty string for any other link.
QString keyFromLink(const QUrl &url);
// The key a "compare:" link points to, or an empty string.
QString compareKeyFromLink(const QUrl &url);

QString escaped(const QString &text);

} // namespace SmtpCodes::EntryHtml
