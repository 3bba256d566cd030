#include "wordindex.h"

#include <algorithm>
#include <numeric>

namespace SmtpCodes {

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

void appendUnique(std::vector<int> &list, int entry)
{
    if (list.empty() || list.back() != entry)
        list.push_back(entry);
}

} // namespace

QStringList WordIndex::tokens(QStringView text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (isHan(text[i])) {
            qsizetype end = i;
            while (end < text.size() && isHan(text[end]))
                ++end;
            for (qsizetype k = i; k < end; ++k) {
                out.append(text.mid(k, 1).toString());
                if (k + 1 < end)
                    out.append(text.mid(k, 2).toString());
            }
            i = end;
        } else if (text[i].isLetterOrNumber()) {
            qsizetype end = i;
            while (end < text.size() && text[end].isLetterOrNumber() && !isHan(text[end]))
                ++end;
            out.append(text.mid(i, end - i).toString());
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

void WordIndex::clear()
{
    m_words.clear();
    m_postings.clear();
    m_pending.clear();
}

void WordIndex::add(int entry, QStringView foldedText, bool isTitle)
{
    for (QString &token : tokens(foldedText)) {
        auto it = m_pending.constFind(token);
        if (it == m_pending.cend()) {
            it = m_pending.insert(token, m_postings.size());
            m_postings.emplace_back();
            m_words.push_back(std::move(token));
        }
        Postings &postings = m_postings[*it];
        appendUnique(postings.any, entry);
        if (isTitle)
            appendUnique(postings.title, entry);
    }
}

void WordIndex::finish()
{
    std::vector<size_t> order(m_words.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [this](size_t a, size_t b) { return m_words[a] < m_words[b]; });
    std::vector<QString> words;
    std::vector<Postings> postings;
    words.reserve(order.size());
    postings.reserve(order.size());
    for (size_t i : order) {
        words.push_back(std::move(m_words[i]));
        postings.push_back(std::move(m_postings[i]));
    }
    m_words = std::move(words);
    m_postings = std::move(postings);
    m_pending.clear();
}

void WordIndex::match(const QStringList &queryTokens, std::vector<Match> &matches) const
{
    const size_t n = matches.size();
    std::fill(matches.begin(), matches.end(), None);
    if (queryTokens.isEmpty())
        return;
    std::vector<unsigned short> anyCount(n, 0);
    std::vector<unsigned short> titleCount(n, 0);
    std::vector<unsigned short> seenAny(n, 0);
    std::vector<unsigned short> seenTitle(n, 0);
    unsigned short round = 0;
    for (const QString &token : queryTokens) {
        ++round;
        const bool exact = isHan(token.front());
        auto it = std::lower_bound(m_words.begin(), m_words.end(), token);
        for (; it != m_words.end() && (exact ? *it == token : it->startsWith(token)); ++it) {
            const Postings &p = m_postings[size_t(it - m_words.begin())];
            for (int e : p.any)
                if (size_t(e) < n && seenAny[e] != round) {
                    seenAny[e] = round;
                    ++anyCount[e];
                }
            for (int e : p.title)
                if (size_t(e) < n && seenTitle[e] != round) {
                    seenTitle[e] = round;
                    ++titleCount[e];
                }
            if (exact)
                break;
        }
    }
    for (size_t e = 0; e < n; ++e)
        if (anyCount[e] == round)
            matches[e] = titleCount[e] == round ? InTitle : InText;
}

} // namespace SmtpCodes
