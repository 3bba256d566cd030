#pragma once

#include "catalogue.h"

#include <QString>
#include <QUrl>

namespace SmtpCodes::EntryHtml {

// The detail page of one entry as HTML. Every text is escaped; links use the "code:" scheme.
QString page(const Catalogue &catalogue, const CodeEntry &entry);

QUrl linkTo(const QString &key);
// The key a "code:" link points to, or an empty string for any other link.
QString keyFromLink(const QUrl &url);

QString escaped(const QString &text);

} // namespace SmtpCodes::EntryHtml
