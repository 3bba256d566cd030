#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace SmtpCodes {

// An inverted index of folded words for word search: a query word matches the words it
// begins ("pass" finds "password"); Chinese text, written without spaces, is indexed by
// single characters and character pairs. A query costs what its matches cost, not what the
// catalogue's text does.
class WordIndex final
{
public:
    enum Match { None = 0, InText = 1, InTitle = 2 };

    void clear();
    void add(int entry, QStringView foldedText, bool isTitle);
    // Call once after the last add(); queries need it.
    void finish();

    // Sets matches[entry] for entries holding every query token.
    void match(const QStringList &queryTokens, std::vector<Match> &matches) const;

    // Words, and for Chinese runs the single characters and pairs.
    static QStringList tokens(QStringView foldedText);

private:
    struct Postings
    {
        std::vector<int> any;   // entries whose text or title holds the word
        std::vector<int> title; // entries whose title holds it
    };
    std::vector<QString> m_words; // sorted
    std::vector<Postings> m_postings;
    QHash<QString, size_t> m_pending; // word -> index into m_postings, until finish()
};

} // namespace SmtpCodes
