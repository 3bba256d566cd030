#pragma once

#include "codeentry.h"

#include <QString>

namespace SmtpCodes {

// Catalogue text in the current UI language. Every string goes through
// QCoreApplication::translate("Catalogue", english, "<key>/<field>"), the same
// context and disambiguation that tools/catalogue_strings writes for lupdate.
namespace CatalogueText {

inline constexpr char context[] = "Catalogue";

QString title(const CodeEntry &entry);
QString description(const CodeEntry &entry);
QString when(const CodeEntry &entry);
QString fix(const CodeEntry &entry, FixRole role);
QString contextLabel(const CodeEntry &entry, int index);
QString contextMeaning(const CodeEntry &entry, int index);
// What to do first: the fix for the first actor who has one, else the first fix.
QString nextStep(const CodeEntry &entry);
QString difference(const CodeEntry &entry, const ConfusedWith &item);

// The disambiguation used for a field, e.g. "535/title", "X.7.8/confusedWith/535".
QString disambiguation(const CodeEntry &entry, const QString &field);

QString translate(const QString &english, const QString &disambiguation);

} // namespace CatalogueText
} // namespace SmtpCodes
