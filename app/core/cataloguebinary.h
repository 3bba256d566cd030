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
// entries as 32-bit record words, then the strings as UTF-16. A string is a pair of words: its
// offset in bytes into the strings and its length in UTF-16 code units. UTF-16 is what QString
// holds, so the built-in catalogue's strings point into the resources instead of being decoded
// and copied at every start. Anything damaged (size, version, checksum, a count or string
// out of range, an unknown enum value) is reported, never read past.
namespace CatalogueBinary {

constexpr quint32 formatVersion = 2;
constexpr qsizetype headerSize = 32;

QByteArray write(const Catalogue &catalogue);

enum class Strings {
    Copied,   // the entries' strings are copies: `data` may go away
    Borrowed, // they point into `data`, which outlives them: resources compiled in, not compressed;
              // its checksum is not computed again at every start
};

// The entries in catalogue order, or std::nullopt with `error` saying what is wrong.
std::optional<QList<CodeEntry>> read(QByteArrayView data, QString *error,
                                     Strings strings = Strings::Copied);

// The header's checksum of `data` (everything after the header).
quint64 checksum(QByteArrayView data);

} // namespace CatalogueBinary
} // namespace SmtpCodes
