#pragma once

#include "catalogue.h"

#include <QString>

namespace SmtpCodes {

// A short note to paste into a support ticket: code, meaning, likely cause, next step and who
// must act. Context "TicketNote" in the .ts files.
namespace TicketNote {

// In one of the four languages ("en", "zh_CN", "fr", "vi"), whatever the UI language is.
// Unknown codes and missing translations give English.
QString text(const Catalogue &catalogue, const CodeEntry &entry, const QString &language);

} // namespace TicketNote
} // namespace SmtpCodes
