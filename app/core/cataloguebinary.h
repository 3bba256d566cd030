#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes {

// The catalogue in a compact binary form. catalogue-pack writes it at build time from the JSON,
// after CatalogueLoader has validated it, and the build compiles it into the resources; at start
// it is read instead of parsing and validating the JSON again.
//
// Layout, little-endian: a 32-byte header (magic "SMCB", format version, total size, entry
// count, record words, string bytes, 64-bit checksum of what follows the header), then the
// entries as 32-bit record words, then the strings as UTF-8. A string is an (offset, length)
// pair of words into the strings. Anything damaged (size, version, checksum, a count or string
// out of range, an unknown enum value) is reported, never read past.
namespace CatalogueBinary {

constexpr quint32 formatVersion = 1;
constexpr qsizetype headerSize = 32;

QByteArray write(const Catalogue &catalogue);

// The entries in catalogue order, or std::nullopt with `error` saying what is wrong.
std::optional<QList<CodeEntry>> read(QByteArrayView data, QString *error);

// The header's checksum of `data` (everything after the header).
quint64 checksum(QByteArrayView data);

} // namespace CatalogueBinary
} // namespace SmtpCodes
