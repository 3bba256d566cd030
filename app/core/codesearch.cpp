#include "codesearch.h"

#include "cataloguetext.h"
#include "code.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

bool isCodeQuery(QStringView q)
{
    bool digit = false;
    for (QChar c : q) {
        if (c.isDigit())
            digit = true;
        else if (c != u'.' && c != u'x' && c != u'X')
            return false;
    }
    return digit || q.size() >= 3;
}

bool isWildcard(QChar c)
{
    return c == u'x' || c == u'X';
}

// Compares a query with a code. An x in the query stands for any digit; in the code, only the
// class of a registry entry does (X.7.8 answers 4.7.8 and 5.7.8).
// Returns ExactCode, CodePrefix or NoMatch.
int matchCode(QStringView query, QStringView code)
{
    if (query.size() > code.size())
        return CodeSearch::NoMatch;
    const bool registryClass = code.size() > 1 && code[0] == u'X' && code[1] == u'.';
    bool wildcardUsed = false; // "5xx" finds 535, but 535 is not what "5xx" names
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar q = query[i];
        const QChar c = code[i];
        const bool wild = isWildcard(q) && c.isDigit();
        wildcardUsed = wildcardUsed || wild;
        const bool same = q == c || wild || (isWildcard(q) && isWildcard(c)) ||
                          (i == 0 && registryClass && (q == u'2' || q == u'4' || q == u'5'));
        if (!same)
            return CodeSearch::NoMatch;
    }
    return query.size() == code.size() && !wildcardUsed ? CodeSearch::ExactCode
                                                        : CodeSearch::CodePrefix;
}

// "5xx" -> "5", "X.7.X" -> "X.7", "x3x" -> "x3": the part of a digit entry's code that is fixed.
QStringView fixedStem(QStringView code)
{
    while (!code.isEmpty() && (code.back() == u'x' || code.back() == u'X' || code.back() == u'.'))
        code.chop(1);
    return code;
}

} // namespace

CodeSearch::CodeSearch(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
    m_codeSlots.reserve(size_t(catalogue.size()));
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const CodeEntry &entry = catalogue.at(i);
        m_codeSlots.push_back({m_codes.size(), entry.code.size(),
                               entry.code.size() > 1 && entry.code[1] == u'.',
                               !entry.rangeEnd.isEmpty(),
                               entry.kind != CodeKind::Basic && entry.kind != CodeKind::Enhanced});
        m_codes += entry.code;
    }
    rebuild();
}

QString CodeSearch::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ' || c == u'Đ')
            c = u'd';
        out += c.isSpace() || c.isPunct() ? QChar(u' ') : c.toLower();
    }
    return out;
}

void CodeSearch::rebuild()
{
    m_wordIndexReady = false;
}

void CodeSearch::prepareWordIndex() const
{
    if (!m_wordIndexReady)
        buildWordIndex();
}

void CodeSearch::buildWordIndex() const
{
    m_wordIndexReady = true;
    m_words.clear();
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        const CodeEntry &e = m_catalogue.at(i);
        const int entry = int(i);
        m_words.add(entry, fold(CatalogueText::title(e) + u' ' + e.title + u' ' + e.vendor), true);
        m_words.add(entry, fold(CatalogueText::description(e) + u' ' + e.description), false);
        m_words.add(entry, fold(CatalogueText::when(e) + u' ' + e.when), false);
        for (auto it = e.fix.cbegin(); it != e.fix.cend(); ++it)
            m_words.add(entry, fold(CatalogueText::fix(e, it.key()) + u' ' + it.value()), false);
    }
    m_words.finish();
}

int CodeSearch::codeRank(qsizetype index, QStringView query, bool concreteEnhanced) const
{
    const CodeSlot &slot = m_codeSlots[size_t(index)];
    const QStringView code = codeAt(slot);
    int rank = matchCode(query, code);
    if (rank == NoMatch && concreteEnhanced && slot.range) {
        const CodeEntry &entry = m_catalogue.at(index);
        const QString q = query.toString();
        if (q.section(u'.', 0, 1) == entry.code.section(u'.', 0, 1) &&
            !Code::lessThan(q, entry.code) && !Code::lessThan(entry.rangeEnd, q))
            rank = ExactCode;
    }
    // "5" or "5.7" names a class or subject exactly: put its digit entry first.
    if (rank == CodePrefix && slot.digitEntry && matchCode(query, fixedStem(code)) == ExactCode)
        rank = ExactCode;
    return rank;
}

std::vector<int> CodeSearch::rank(QStringView rawQuery) const
{
    const qsizetype n = m_catalogue.size();
    const QStringView query = rawQuery.left(maxQueryLength).trimmed();
    std::vector<int> ranks(n, NoMatch);
    if (query.isEmpty()) {
        std::fill(ranks.begin(), ranks.end(), TextWords);
        return ranks;
    }
    if (isCodeQuery(query)) {
        // "535" never matches "5.3.5", nor "5.7" a basic code: compare like with like.
        const bool dotted = query.contains(u'.');
        const bool concreteEnhanced = Code::isConcreteEnhanced(query);
        for (qsizetype i = 0; i < n; ++i) {
            const CodeSlot &slot = m_codeSlots[size_t(i)];
            if (slot.length > 1 && slot.dotted == dotted)
                ranks[size_t(i)] = codeRank(i, query, concreteEnhanced);
        }
        return ranks;
    }
    const QStringList queryTokens = WordIndex::tokens(fold(query));
    if (queryTokens.isEmpty())
        return ranks;
    if (!m_wordIndexReady)
        buildWordIndex();
    std::vector<WordIndex::Match> matches(size_t(n), WordIndex::None);
    m_words.match(queryTokens, matches);
    for (qsizetype i = 0; i < n; ++i)
        if (matches[size_t(i)] != WordIndex::None)
            ranks[size_t(i)] = matches[size_t(i)] == WordIndex::InTitle ? TitleWords : TextWords;
    return ranks;
}

QList<qsizetype> CodeSearch::search(QStringView query) const
{
    const std::vector<int> ranks = rank(query);
    QList<qsizetype> order;
    for (int wanted : {ExactCode, CodePrefix, TitleWords, TextWords}) // ranks are few: bucket
        for (qsizetype i = 0; i < qsizetype(ranks.size()); ++i)
            if (ranks[i] == wanted)
                order.append(i);
    return order;
}

} // namespace SmtpCodes
