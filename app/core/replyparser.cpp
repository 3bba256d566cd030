#include "replyparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <bitset>
#include <optional>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

using RX = QRegularExpression;

// Most lines of a log hold no reply, and most expressions below cannot match most lines: each is
// guarded by a test that only rules out text the expression cannot match (a literal it needs,
// the shape of its start), and the simple anchored ones are matched by hand. Case-insensitive
// expressions also match some non-ASCII letters (U+017F ſ for s, U+212A K for k), so their
// literal tests only apply to ASCII text; other text goes to the expression.

char asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    return char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
}

// What the guards need to know about a line, found in one pass.
class LineFacts
{
public:
    explicit LineFacts(QStringView line)
        : text(line)
    {
        char16_t any = 0;
        for (QChar c : line)
            any |= c.unicode();
        ascii = any < 0x80;
        if (ascii)
            return;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c.isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                validUtf16 = false;
        }
    }

    // For an ASCII line, the line in lower case (made on first use).
    std::string_view lowered() const
    {
        if (!pairs) {
            lower.resize(size_t(text.size()));
            pairs.emplace();
            char previous = 0;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const char c = asciiLower(text[i]);
                lower[size_t(i)] = c;
                pairs->set(pairIndex(previous, c));
                previous = c;
            }
        }
        return lower;
    }

    // For an ASCII line: does it hold one of `literals` (lower case), in any case, from `from`?
    // A literal with a pair of letters the line does not hold is ruled out without a search.
    bool holdsAnyCase(qsizetype from, std::initializer_list<std::string_view> literals) const
    {
        const std::string_view rest = lowered().substr(size_t(from));
        return std::any_of(literals.begin(), literals.end(), [&](std::string_view literal) {
            for (size_t i = 1; i < literal.size(); ++i)
                if (!pairs->test(pairIndex(literal[i - 1], literal[i])))
                    return false;
            return rest.find(literal) != std::string_view::npos;
        });
    }

    QStringView text;
    bool ascii = true;      // every character below U+0080
    bool validUtf16 = true; // no lone surrogate

private:
    // Folded to 64 × 64 (characters 64 apart share bits, digits with p-y): a small table, and
    // hardly less selective.
    static size_t pairIndex(char a, char b) { return size_t(a & 0x3f) << 6 | size_t(b & 0x3f); }

    mutable std::string lower;
    mutable std::optional<std::bitset<64 * 64>> pairs; // adjacent characters in `lower`
};

// Lines are checked once (LineFacts::validUtf16); PCRE's own check of the whole subject on
// every match was most of the cost of a match that fails.
constexpr auto alreadyChecked = RX::DontCheckSubjectStringMatchOption;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// \s, \w and [A-Z] as the expressions read them (no Unicode properties: ASCII only).
bool isSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isWordChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// Characters at which PCRE may see a line end ('.' and '$' depend on them).
bool isLineBreak(QChar c)
{
    return (c >= u'\n' && c <= u'\r') || c == QChar(0x85) || c == QChar(0x2028) ||
           c == QChar(0x2029);
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

// Number of characters from `i` that satisfy `test`.
template <typename Test>
qsizetype runOf(QStringView s, qsizetype i, Test test)
{
    qsizetype n = 0;
    while (i + n < s.size() && test(s[i + n]))
        ++n;
    return n;
}

bool digitsAt(QStringView s, qsizetype i, qsizetype count)
{
    if (i + count > s.size())
        return false;
    for (qsizetype k = i; k < i + count; ++k)
        if (!isDigit(s[k]))
            return false;
    return true;
}

// Timestamps: \[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\]?
// or \[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?; the length, or 0.
qsizetype timestampAt(QStringView s, qsizetype start)
{
    auto fraction = [&](qsizetype i) { // (?:[.,]\d+)?
        if (i + 1 < s.size() && (s[i] == u'.' || s[i] == u',') && isDigit(s[i + 1]))
            i += 1 + runOf(s, i + 1, isDigit);
        return i;
    };
    auto bracket = [&](qsizetype i) { return i < s.size() && s[i] == u']' ? i + 1 : i; };
    const qsizetype first = start < s.size() && s[start] == u'[' ? start + 1 : start;
    qsizetype i = first;
    if (digitsAt(s, i, 4) && i + 4 < s.size() && s[i + 4] == u'-' && digitsAt(s, i + 5, 2) &&
        i + 7 < s.size() && s[i + 7] == u'-' && digitsAt(s, i + 8, 2) && i + 10 < s.size() &&
        (s[i + 10] == u'T' || s[i + 10] == u' ') && digitsAt(s, i + 11, 2) && i + 13 < s.size() &&
        s[i + 13] == u':' && digitsAt(s, i + 14, 2)) {
        i += 16;
        if (i < s.size() && s[i] == u':' && digitsAt(s, i + 1, 2))
            i = fraction(i + 3);
        if (i < s.size() && s[i] == u'Z') {
            ++i;
        } else if (i < s.size() && (s[i] == u'+' || s[i] == u'-') && digitsAt(s, i + 1, 2)) {
            if (i + 3 < s.size() && s[i + 3] == u':' && digitsAt(s, i + 4, 2))
                i += 6;
            else if (digitsAt(s, i + 3, 2))
                i += 5;
        }
        return bracket(i) - start;
    }
    i = first;
    if (digitsAt(s, i, 2) && i + 2 < s.size() && s[i + 2] == u':' && digitsAt(s, i + 3, 2) &&
        i + 5 < s.size() && s[i + 5] == u':' && digitsAt(s, i + 6, 2))
        return bracket(fraction(i + 8)) - start;
    return 0;
}

// Syslog: [A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\S+\s+[\w./-]+(?:\[\d+\])?:
qsizetype syslogAt(QStringView s, qsizetype start)
{
    qsizetype i = start;
    if (i + 3 > s.size() || !isUpper(s[i]) || !isLower(s[i + 1]) || !isLower(s[i + 2]))
        return 0;
    i += 3;
    auto spaces = [&] { // \s+
        const qsizetype n = runOf(s, i, isSpace);
        i += n;
        return n > 0;
    };
    if (!spaces())
        return 0;
    const qsizetype day = runOf(s, i, isDigit);
    if (day < 1 || day > 2)
        return 0;
    i += day;
    if (!spaces() || !digitsAt(s, i, 2) || i + 2 >= s.size() || s[i + 2] != u':' ||
        !digitsAt(s, i + 3, 2) || i + 5 >= s.size() || s[i + 5] != u':' || !digitsAt(s, i + 6, 2))
        return 0;
    i += 8;
    if (!spaces())
        return 0;
    const qsizetype host = runOf(s, i, [](QChar c) { return !isSpace(c); }); // \S+
    i += host;
    if (host == 0 || !spaces())
        return 0;
    const qsizetype tag =
        runOf(s, i, [](QChar c) { return isWordChar(c) || c == u'.' || c == u'/' || c == u'-'; });
    if (tag == 0)
        return 0;
    i += tag;
    if (i < s.size() && s[i] == u'[') {
        const qsizetype pid = runOf(s, i + 1, isDigit);
        if (pid > 0 && i + 1 + pid < s.size() && s[i + 1 + pid] == u']')
            i += pid + 2;
    }
    return i < s.size() && s[i] == u':' ? i + 1 - start : 0;
}

// (?:SERVER|CLIENT)\s*->\s*(?:SERVER|CLIENT)\s*:  then  (?:S|C|Server|Client)\s*:
qsizetype directionAt(QStringView s, qsizetype start)
{
    auto party = [&](qsizetype i) -> qsizetype {
        const QStringView rest = s.mid(i);
        return rest.startsWith(u"SERVER") || rest.startsWith(u"CLIENT") ? i + 6 : -1;
    };
    auto colon = [&](qsizetype i) -> qsizetype {
        i = skipSpaces(s, i);
        return i < s.size() && s[i] == u':' ? i + 1 : -1;
    };
    if (qsizetype i = party(start); i >= 0) {
        i = skipSpaces(s, i);
        if (s.mid(i).startsWith(u"->")) {
            i = party(skipSpaces(s, i + 2));
            if (i >= 0 && (i = colon(i)) >= 0)
                return i - start;
        }
    }
    const QStringView rest = s.mid(start);
    for (QStringView name : {u"S", u"C", u"Server", u"Client"})
        if (rest.startsWith(name))
            if (const qsizetype i = colon(start + name.size()); i >= 0)
                return i - start;
    return 0;
}

// <<<|>>>|<--|-->|<-|->|<~|~>|<\*\*|\*\*>|<|>
qsizetype arrowAt(QStringView s, qsizetype start)
{
    const QStringView rest = s.mid(start);
    for (QStringView arrow :
         {u"<<<", u">>>", u"<--", u"-->", u"<-", u"->", u"<~", u"~>", u"<**", u"**>", u"<", u">"})
        if (rest.startsWith(arrow))
            return arrow.size();
    return 0;
}

// Length of a prefix that logs and transcripts put before a reply: timestamps, syslog headers,
// direction markers ("S:", "<<<", "SERVER -> CLIENT:"), with the spaces around it; 0 if none.
// By hand, the expression ^\s*(?:timestamp|syslog|direction|arrow)\s* (alternatives in order).
qsizetype prefixLength(QStringView s)
{
    const qsizetype start = skipSpaces(s, 0);
    if (start == s.size())
        return 0;
    qsizetype n = 0;
    const QChar c = s[start];
    if (c == u'[' || isDigit(c)) {
        n = timestampAt(s, start);
    } else if (isUpper(c)) {
        n = syslogAt(s, start);
        if (n == 0)
            n = directionAt(s, start);
    } else {
        n = arrowAt(s, start);
    }
    return n == 0 ? 0 : skipSpaces(s, start + n);
}

// A client command at the start: ^(EHLO|HELO|…)\b, case-insensitive.
const RX &commandPattern()
{
    static const RX rx(
        uR"(^(EHLO|HELO|LHLO|MAIL FROM|RCPT TO|DATA|BDAT|RSET|VRFY|EXPN|HELP|NOOP|QUIT|AUTH|STARTTLS|ETRN|ATRN)\b)"_s,
        RX::CaseInsensitiveOption);
    return rx;
}

// The command commandPattern() finds at the start of `s`, in capitals, or a null string.
QString commandAt(QStringView s, const LineFacts &facts)
{
    static const QString commands[] = {
        u"EHLO"_s, u"HELO"_s, u"LHLO"_s,     u"MAIL FROM"_s, u"RCPT TO"_s, u"DATA"_s,
        u"BDAT"_s, u"RSET"_s, u"VRFY"_s,     u"EXPN"_s,      u"HELP"_s,    u"NOOP"_s,
        u"QUIT"_s, u"AUTH"_s, u"STARTTLS"_s, u"ETRN"_s,      u"ATRN"_s};
    if (s.isEmpty() ||
        (s[0].unicode() < 0x80 && !QStringView(u"ABDEHLMNQRSVabdehlmnqrsv").contains(s[0])))
        return {}; // no command starts so, in any case
    if (!facts.ascii) {
        const auto match = commandPattern().match(s, 0, RX::NormalMatch, alreadyChecked);
        return match.hasMatch() ? match.captured(1).toUpper() : QString();
    }
    for (const QString &command : commands) {
        const qsizetype n = command.size();
        if (s.size() >= n && (s.size() == n || !isWordChar(s[n])) &&
            std::equal(command.begin(), command.end(), s.begin(),
                       [](QChar a, QChar b) { return asciiLower(a) == asciiLower(b); }))
            return command;
    }
    return {};
}

// The length of [245]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9.]) at `i`, or 0.
qsizetype enhancedAt(QStringView s, qsizetype i)
{
    if (i + 5 > s.size() || (s[i] != u'2' && s[i] != u'4' && s[i] != u'5') || s[i + 1] != u'.')
        return 0;
    const qsizetype subject = runOf(s, i + 2, isDigit);
    const qsizetype dot = i + 2 + subject;
    if (subject < 1 || subject > 3 || dot >= s.size() || s[dot] != u'.')
        return 0;
    const qsizetype detail = runOf(s, dot + 1, isDigit);
    const qsizetype end = dot + 1 + detail;
    if (detail < 1 || detail > 3 || (end < s.size() && s[end] == u'.'))
        return 0;
    return end - i;
}

// Does the text hold [245]\.[0-9] somewhere? Every expression that reads an enhanced code needs
// it, whatever the case or script around it.
bool mayHoldEnhanced(QStringView text)
{
    for (qsizetype i = text.indexOf(u'.', 1); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'.', i + 1)) {
        const QChar c = text[i - 1];
        if ((c == u'2' || c == u'4' || c == u'5') && isDigit(text[i + 1]))
            return true;
    }
    return false;
}

// A reply line, by hand: ^#?([2-5][0-9]{2})(?:([ -])\s*(?:#?(enhanced))?.*)?$
// where enhanced is [245]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9.]). For text without line breaks.
struct AnchoredReply
{
    bool matched = false;
    qsizetype basicPos = -1;
    QChar separator; // ' ', '-', or none when the code ends the line
    qsizetype enhancedPos = -1;
    qsizetype enhancedLength = 0;
};

AnchoredReply matchAnchored(QStringView s)
{
    AnchoredReply reply;
    const qsizetype code = s.startsWith(u'#') ? 1 : 0;
    if (code + 3 > s.size() || s[code] < u'2' || s[code] > u'5' || !digitsAt(s, code + 1, 2))
        return reply;
    reply.basicPos = code;
    qsizetype i = code + 3;
    if (i < s.size()) {
        if (s[i] != u' ' && s[i] != u'-')
            return reply;
        reply.separator = s[i];
        i = skipSpaces(s, i + 1);
        const qsizetype enhanced = i < s.size() && s[i] == u'#' ? i + 1 : i;
        if (const qsizetype length = enhancedAt(s, enhanced); length > 0) {
            reply.enhancedPos = enhanced;
            reply.enhancedLength = length;
        }
    }
    reply.matched = true;
    return reply;
}

const RX &anchoredReplyPattern()
{
    static const RX rx(
        uR"(^#?([2-5][0-9]{2})(?:([ -])\s*(?:#?([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.]))?.*)?$)"_s);
    return rx;
}

AnchoredReply findAnchored(QStringView s)
{
    const qsizetype code = s.startsWith(u'#') ? 1 : 0;
    if (code >= s.size() || s[code] < u'2' || s[code] > u'5')
        return {};
    if (std::none_of(s.begin(), s.end(), isLineBreak))
        return matchAnchored(s);
    AnchoredReply reply;
    const auto match = anchoredReplyPattern().match(s, 0, RX::NormalMatch, alreadyChecked);
    if (match.hasMatch()) {
        reply.matched = true;
        reply.basicPos = match.capturedStart(1);
        if (match.capturedLength(2) > 0)
            reply.separator = match.capturedView(2).front();
        if (match.capturedLength(3) > 0) {
            reply.enhancedPos = match.capturedStart(3);
            reply.enhancedLength = match.capturedLength(3);
        }
    }
    return reply;
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

// For a case-insensitive expression that needs one of `literals` (lower case) in the line from
// `from` on: could it match?
bool mayMatch(const LineFacts &facts, qsizetype from,
              std::initializer_list<std::string_view> literals)
{
    return !facts.ascii || facts.holdsAnyCase(from, literals);
}

// blockListPattern() needs a whole word that is one of its names.
bool mayNameBlockList(const LineFacts &facts)
{
    if (!facts.ascii)
        return true;
    // Every name holds one of these; most lines hold none, and skip the word scan.
    if (!facts.holdsAnyCase(
            0, {"spam", "bl", "barracuda", "sorbs", "uceprotect", "mailspike", "invaluement"}))
        return false;
    static constexpr std::string_view names[] = {
        "spamhaus",    "spamcop", "barracuda", "sorbs",    "uceprotect", "psbl", "mailspike",
        "invaluement", "surbl",   "uribl",     "spamrats", "sbl",        "xbl",  "pbl"};
    const std::string_view text = facts.lowered();
    for (size_t i = 0; i < text.size();) {
        size_t end = i;
        while (end < text.size() && isWordChar(QLatin1Char(text[end])))
            ++end;
        const std::string_view word = text.substr(i, end - i);
        if (std::find(std::begin(names), std::end(names), word) != std::end(names))
            return true;
        i = end + 1;
    }
    return false;
}

QString providerOf(const QString &text, const LineFacts &facts)
{
    static const RX google(uR"(gsmtp|google\.com)"_s, RX::CaseInsensitiveOption);
    static const RX microsoft(uR"(outlook\.com|RESOLVER\.)"_s, RX::CaseInsensitiveOption);
    if (facts.ascii) { // the expressions are their literals
        if (facts.holdsAnyCase(0, {"gsmtp", "google.com"}))
            return u"Google"_s;
        if (facts.holdsAnyCase(0, {"outlook.com", "resolver."}))
            return u"Microsoft"_s;
        return {};
    }
    if (google.match(text, 0, RX::NormalMatch, alreadyChecked).hasMatch())
        return u"Google"_s;
    if (microsoft.match(text, 0, RX::NormalMatch, alreadyChecked).hasMatch())
        return u"Microsoft"_s;
    return {};
}

// Stage, provider, retry delay and block list, from the whole line (reply.input, facts.text).
void readExtras(FoundReply &reply, const QString &lastCommand, const LineFacts &facts)
{
    const QString &t = reply.input;
    reply.stage = lastCommand;
    if (mayMatch(facts, 0, {"in reply to "})) {
        const auto stage = stagePattern().match(t, 0, RX::NormalMatch, alreadyChecked);
        if (stage.hasMatch()) {
            reply.stage = stage.captured(1).toUpper();
            if (reply.stage == u"END OF DATA")
                reply.stage = u"DATA"_s;
        }
    }
    reply.provider = providerOf(t, facts);
    if (mayMatch(facts, 0, {"try"})) {
        const auto retry = retryPattern().match(t, 0, RX::NormalMatch, alreadyChecked);
        if (retry.hasMatch())
            reply.retryDelay = retry.captured(1);
    }
    if (mayNameBlockList(facts)) {
        const auto list = blockListPattern().match(t, 0, RX::NormalMatch, alreadyChecked);
        if (list.hasMatch())
            reply.blockList = list.captured(1);
    }
}

// The enhanced code that enhancedOnlyPattern() finds, as (position, length), or position -1.
std::pair<qsizetype, qsizetype> findEnhancedOnly(QStringView text)
{
    if (!mayHoldEnhanced(text))
        return {-1, 0};
    const auto match = enhancedOnlyPattern().match(text, 0, RX::NormalMatch, alreadyChecked);
    if (!match.hasMatch())
        return {-1, 0};
    return {match.capturedStart(1), match.capturedLength(1)};
}

// Finds codes in a line that is not a bare reply line (log entry, DSN field); `text` is the line
// from `offset` on.
bool findUnanchored(QStringView text, qsizetype offset, FoundReply &reply, const LineFacts &facts)
{
    const bool enhanced = mayHoldEnhanced(text);
    if (enhanced) {
        const auto pair = pairPattern().match(text, 0, RX::NormalMatch, alreadyChecked);
        if (pair.hasMatch()) {
            reply.basic = pair.captured(1);
            reply.basicPos = offset + pair.capturedStart(1);
            reply.enhanced = pair.captured(2);
            reply.enhancedPos = offset + pair.capturedStart(2);
            return true;
        }
    }
    bool found = false;
    if (mayMatch(facts, offset, {"said", "smtp;", "returned", "response", "reply", "error"})) {
        const auto basic = keywordBasicPattern().match(text, 0, RX::NormalMatch, alreadyChecked);
        if (basic.hasMatch()) {
            reply.basic = basic.captured(1);
            reply.basicPos = offset + basic.capturedStart(1);
            found = true;
        }
    }
    if (enhanced) {
        const auto [position, length] = findEnhancedOnly(text);
        if (position >= 0) {
            reply.enhanced = text.sliced(position, length).toString();
            reply.enhancedPos = offset + position;
            found = true;
        }
    }
    return found;
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
    // The line is only copied when a reply is found in it (or it holds NUL characters).
    QStringView line = rawLine.left(maxLineLength);
    while (line.endsWith(u'\r') || line.endsWith(u'\n'))
        line.chop(1);
    QString copy;
    if (line.contains(QChar(0))) {
        copy = line.toString();
        copy.replace(QChar(0), u' ');
        line = copy;
    }
    const LineFacts facts(line);
    if (!facts.validUtf16)
        return finish(); // PCRE matches nothing in it, so the parser never read a reply there

    qsizetype offset = 0;
    for (int guard = 0; guard < 4; ++guard) {
        const qsizetype prefix = prefixLength(line.sliced(offset));
        if (prefix == 0)
            break;
        offset += prefix;
    }
    const QStringView rest = line.sliced(offset);

    QList<FoundReply> done;
    if (QString command = commandAt(rest, facts); !command.isNull()) {
        done = finish();
        m_lastCommand = std::move(command);
        return done;
    }

    if (!mayHoldCode(rest))
        return finish();
    FoundReply reply;
    const AnchoredReply anchored = findAnchored(rest);
    if (anchored.matched) {
        reply.input = copy.isNull() ? line.toString() : copy;
        reply.basic = rest.sliced(anchored.basicPos, 3).toString();
        reply.basicPos = offset + anchored.basicPos;
        if (anchored.enhancedLength > 0) {
            reply.enhanced = rest.sliced(anchored.enhancedPos, anchored.enhancedLength).toString();
            reply.enhancedPos = offset + anchored.enhancedPos;
        } else if (const auto [position, length] = findEnhancedOnly(rest); position >= 0) {
            reply.enhanced = rest.sliced(position, length).toString(); // qmail: "553 … (#5.7.1)"
            reply.enhancedPos = offset + position;
        }
        readExtras(reply, m_lastCommand, facts);
        if (!m_open.isEmpty() && m_open.constFirst().basic != reply.basic)
            done = finish();
        m_open.append(reply);
        if (anchored.separator != u'-')
            done += finish();
        return done;
    }
    done = finish();
    if (findUnanchored(rest, offset, reply, facts)) {
        reply.input = copy.isNull() ? line.toString() : copy;
        readExtras(reply, m_lastCommand, facts);
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
