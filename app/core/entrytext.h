#pragma once

#include "catalogue.h"

#include <QString>

namespace SmtpCodes {

class Comparison;
struct FoundReply;

// Plain-text renderings shared by the command line and the clipboard.
namespace EntryText {

enum class Format { Plain, Markdown };

QString entry(const Catalogue &catalogue, const CodeEntry &entry, Format format = Format::Plain);
QString comparison(const Comparison &comparison);

// "Bad destination mailbox address", or for an unknown code what its digits say.
QString meaning(const Catalogue &catalogue, const QString &code, bool *known = nullptr);
// A found reply explained in a few lines.
QString reply(const Catalogue &catalogue, const FoundReply &reply);

} // namespace EntryText
} // namespace SmtpCodes
