// libFuzzer target: any bytes as a search-field query: code search, word search, comparison
// parsing and the comparison of whatever pair comes out.
#include "catalogue.h"
#include "code.h"
#include "codesearch.h"
#include "comparison.h"
#include "entrytext.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SmtpCodes::CodeSearch search(SmtpCodes::Catalogue::builtin());
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto found = search.search(query);
    for (qsizetype index : found)
        if (index < 0 || index >= SmtpCodes::Catalogue::builtin().size())
            __builtin_trap();
    SmtpCodes::Code::kindOf(query);
    SmtpCodes::EntryText::meaning(SmtpCodes::Catalogue::builtin(), query);
    if (const auto pair = SmtpCodes::Comparison::parsePair(query)) {
        const SmtpCodes::Comparison comparison(SmtpCodes::Catalogue::builtin(), pair->first,
                                               pair->second);
        SmtpCodes::EntryText::comparison(comparison);
    }
    return 0;
}
