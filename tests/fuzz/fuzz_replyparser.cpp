// libFuzzer target: any bytes as pasted text or a log stream, through the reply parser and the
// plain-text explanation of every reply found.
#include "catalogue.h"
#include "entrytext.h"
#include "replyparser.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto replies = SmtpCodes::ReplyParser::parseText(text);
    for (const SmtpCodes::FoundReply &reply : replies) {
        if (reply.basicPos >= 0 && reply.input.mid(reply.basicPos, 3) != reply.basic)
            __builtin_trap(); // a highlight would point at the wrong text
        SmtpCodes::EntryText::reply(SmtpCodes::Catalogue::builtin(), reply);
    }
    return 0;
}
