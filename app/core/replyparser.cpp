#include "replyparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

using RX = QRegularExpression;

// Prefixes that logs and transcripts put before a reply: timestamps, syslog headers,
// direction markers ("S:", "<<<", "SERVER -> CLIENT:").
const RX &prefixPattern()
{
    static const RX rx(
        uR"(^\s*(?:)"
        uR"(\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\]?)"
        uR"(|\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?)"
        uR"(|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\S+\s+[\w./-]+(?:\[\d+\])?:)"
        uR"(|(?:SERVER|CLIENT)\s*->\s*(?:SERVER|CLIENT)\s*:)"
        uR"(|(?:S|C|Server|Client)\s*:)"
        uR"(|<<<|>>>|<--|-->|<-|->|<~|~>|<\*\*|\*\*>|<|>)"
        uR"()\s*)"_s);
    return rx;
}

const RX &commandPattern()
{
    static const RX rx(
        uR"(^(EHLO|HELO|LHLO|MAIL FROM|RCPT TO|DATA|BDAT|RSET|VRFY|EXPN|HELP|NOOP|QUIT|AUTH|STARTTLS|ETRN|ATRN)\b)"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

// A reply line: code, separator, then an optional enhanced code (qmail writes "#5.7.1").
const RX &anchoredReplyPattern()
{
    static const RX rx(
        uR"(^#?([2-5][0-9]{2})(?:([ -])\s*(?:#?([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.]))?.*)?$)"_s);
    return rx;
}

// "said: 550 5.1.1", "Diagnostic-Code: smtp; 550 5.1.1", "#550 5.1.1 RESOLVER…".
const RX &pairPattern()
{
    static const RX rx(
        uR"((?<![0-9.])#?([2-5][0-9]{2})(?:[ -]+|, b?['"])#?([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.]))"_s);
    return rx;
}

const RX &keywordBasicPattern()
{
    static const RX rx(
        uR"((?:said|smtp;|returned|response|reply|error)[\s:'"]*#?([2-5][0-9]{2})(?![0-9.]))"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

const RX &enhancedOnlyPattern()
{
    // "Status: 5.1.1" (DSN), "(#5.7.1)" (qmail), "dsn=5.1.1" (Postfix, Sendmail logs), and a code
    // after ": " that words follow ("milter-reject: …: 5.7.1 Spam message rejected").
    static const RX rx(
        uR"((?:^Status:\s*|\(#|\bdsn=|: (?=[245]\.[0-9]{1,3}\.[0-9]{1,3} (?-i:[A-Z])))([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.]))"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

const RX &stagePattern()
{
    static const RX rx(
        uR"(in reply to (?:the )?(end of DATA|MAIL FROM|RCPT TO|DATA|EHLO|HELO|AUTH|STARTTLS|BDAT|RSET|QUIT)\b)"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

const RX &retryPattern()
{
    static const RX rx(
        uR"((?:try(?:ing)? again|retry)(?: later)?(?: in| after)?\s+(\d+\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|h))\b)"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

const RX &blockListPattern()
{
    static const RX rx(
        uR"(\b(Spamhaus|SpamCop|Barracuda|SORBS|UCEPROTECT|PSBL|Mailspike|Invaluement|SURBL|URIBL|Spamrats|SBL|XBL|PBL)\b)"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

QString providerOf(const QString &text)
{
    static const RX google(uR"(gsmtp|google\.com)"_s, RX::CaseInsensitiveOption);
    static const RX microsoft(uR"(outlook\.com|RESOLVER\.)"_s, RX::CaseInsensitiveOption);
    if (google.match(text).hasMatch())
        return u"Google"_s;
    if (microsoft.match(text).hasMatch())
        return u"Microsoft"_s;
    return {};
}

void readExtras(FoundReply &reply, const QString &lastCommand)
{
    const QString &t = reply.input;
    const auto stage = stagePattern().match(t);
    if (stage.hasMatch()) {
        reply.stage = stage.captured(1).toUpper();
        if (reply.stage == u"END OF DATA")
            reply.stage = u"DATA"_s;
    } else {
        reply.stage = lastCommand;
    }
    reply.provider = providerOf(t);
    const auto retry = retryPattern().match(t);
    if (retry.hasMatch())
        reply.retryDelay = retry.captured(1);
    const auto list = blockListPattern().match(t);
    if (list.hasMatch())
        reply.blockList = list.captured(1);
}

// Finds codes in a line that is not a bare reply line (log entry, DSN field).
bool findUnanchored(const QString &text, qsizetype offset, FoundReply &reply)
{
    const auto pair = pairPattern().match(text);
    if (pair.hasMatch()) {
        reply.basic = pair.captured(1);
        reply.basicPos = offset + pair.capturedStart(1);
        reply.enhanced = pair.captured(2);
        reply.enhancedPos = offset + pair.capturedStart(2);
        return true;
    }
    const auto basic = keywordBasicPattern().match(text);
    if (basic.hasMatch()) {
        reply.basic = basic.captured(1);
        reply.basicPos = offset + basic.capturedStart(1);
    }
    const auto enhanced = enhancedOnlyPattern().match(text);
    if (enhanced.hasMatch()) {
        reply.enhanced = enhanced.captured(1);
        reply.enhancedPos = offset + enhanced.capturedStart(1);
    }
    return basic.hasMatch() || enhanced.hasMatch();
}

// Cheap test before the expressions run: does the text hold something shaped like a reply
// code (three digits starting 2-5, or an enhanced code)? Most log lines do not.
bool mayHoldCode(QStringView text)
{
    int run = 0;
    QChar first;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        if (c.isDigit()) {
            if (run++ == 0)
                first = c;
            continue;
        }
        if (run == 3 && first >= u'2' && first <= u'5')
            return true;
        if (run == 1 && c == u'.' && first >= u'2' && first <= u'5')
            return true; // "5.1.1"
        run = 0;
    }
    return false;
}

} // namespace

bool FoundReply::classMismatch() const
{
    return !basic.isEmpty() && !enhanced.isEmpty() && basic.front() != enhanced.front();
}

QList<FoundReply> ReplyParser::addLine(QStringView rawLine)
{
    QString line = rawLine.left(maxLineLength).toString();
    while (line.endsWith(u'\r') || line.endsWith(u'\n'))
        line.chop(1);
    line.replace(QChar(0), u' ');

    qsizetype offset = 0;
    for (int guard = 0; guard < 4; ++guard) {
        const auto prefix = prefixPattern().match(QStringView(line).mid(offset));
        if (!prefix.hasMatch() || prefix.capturedLength() == 0)
            break;
        offset += prefix.capturedLength();
    }
    const QString rest = line.mid(offset);

    QList<FoundReply> done;
    const auto command = commandPattern().match(rest);
    if (command.hasMatch()) {
        done = finish();
        m_lastCommand = command.captured(1).toUpper();
        return done;
    }

    if (!mayHoldCode(rest))
        return finish();
    FoundReply reply;
    reply.input = line;
    const auto anchored = anchoredReplyPattern().match(rest);
    if (anchored.hasMatch()) {
        reply.basic = anchored.captured(1);
        reply.basicPos = offset + anchored.capturedStart(1);
        if (anchored.capturedLength(3) > 0) {
            reply.enhanced = anchored.captured(3);
            reply.enhancedPos = offset + anchored.capturedStart(3);
        } else if (const auto trailing = enhancedOnlyPattern().match(rest); trailing.hasMatch()) {
            reply.enhanced = trailing.captured(1); // qmail: "553 sorry, … (#5.7.1)"
            reply.enhancedPos = offset + trailing.capturedStart(1);
        }
        readExtras(reply, m_lastCommand);
        if (!m_open.isEmpty() && m_open.constFirst().basic != reply.basic)
            done = finish();
        m_open.append(reply);
        if (anchored.captured(2) != u"-")
            done += finish();
        return done;
    }
    done = finish();
    if (findUnanchored(rest, offset, reply)) {
        readExtras(reply, m_lastCommand);
        done.append(reply);
    }
    return done;
}

QList<FoundReply> ReplyParser::finish()
{
    if (m_open.isEmpty())
        return {};
    // A multi-line reply is one reply: its first line carries the codes, and what any line
    // says about stage, provider, delay or block list counts for the whole.
    FoundReply folded = m_open.constFirst();
    folded.lineCount = int(m_open.size());
    for (const FoundReply &part : std::as_const(m_open)) {
        if (folded.enhanced.isEmpty() && !part.enhanced.isEmpty())
            folded.enhanced = part.enhanced; // position stays with the first line: no highlight
        for (auto field : {&FoundReply::provider, &FoundReply::retryDelay, &FoundReply::blockList})
            if ((folded.*field).isEmpty())
                folded.*field = part.*field;
    }
    m_open.clear();
    return {folded};
}

QList<FoundReply> ReplyParser::parseText(QStringView text)
{
    ReplyParser parser;
    QList<FoundReply> replies;
    for (QStringView line : text.split(u'\n'))
        replies += parser.addLine(line);
    replies += parser.finish();
    return replies;
}

} // namespace SmtpCodes
