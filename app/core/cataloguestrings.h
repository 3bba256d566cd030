#pragma once

#include "catalogue.h"

#include <QString>

namespace SmtpCodes {

// Writes every translatable catalogue text as a QT_TRANSLATE_NOOP3 line, for lupdate only.
// The file it makes is generated at build time and never compiled.
QString catalogueTranslationSource(const Catalogue &catalogue);

} // namespace SmtpCodes
