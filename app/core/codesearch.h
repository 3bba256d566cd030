#pragma once

#include "catalogue.h"
#include "wordindex.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace SmtpCodes {

// Answers a search-field query against a catalogue: by code ("535", "55", "5xx", "5.7",
// "5.7.612") or by words in the current language and in English ("mot de passe").
// The word index is built on the first word query after a language change.
class CodeSearch final
{
public:
    enum Rank { ExactCode = 0, CodePrefix = 1, TitleWords = 2, TextWords = 3, NoMatch = -1 };

    explicit CodeSearch(const Catalogue &catalogue);

    // Marks the word index stale (after a language change); it is rebuilt on the next word
    // query, so start-up and code queries never pay for it.
    void rebuild();
    // Builds the word index now if it is stale, so that the next word query does not wait.
    void prepareWordIndex() const;
    bool isWordIndexReady() const { return m_wordIndexReady; }

    // Rank of every entry (NoMatch when it does not match). An empty query matches all.
    std::vector<int> rank(QStringView query) const;

    // Matching entry indexes, best first.
    QList<qsizetype> search(QStringView query) const;

    // Lower case, accents and tone marks removed, đ → d, full-width digits folded.
    static QString fold(QStringView text);

    // Queries longer than this are cut; the search field says so.
    static constexpr qsizetype maxQueryLength = 200;

private:
    // What a code query reads of an entry, packed so that a scan of 100,000 entries stays in
    // the cache instead of visiting each CodeEntry.
    struct CodeSlot
    {
        qsizetype offset; // into m_codes
        qsizetype length;
        bool dotted;     // enhanced form: "5.7.1", "X.7.8"
        bool range;      // a vendor range such as 5.7.606–5.7.649
        bool digitEntry; // a class, category or subject entry such as 5xx or X.7.X
    };

    int codeRank(qsizetype index, QStringView query, bool concreteEnhanced) const;
    QStringView codeAt(const CodeSlot &slot) const
    {
        return QStringView(m_codes).mid(slot.offset, slot.length);
    }
    void buildWordIndex() const;

    const Catalogue &m_catalogue;
    QString m_codes; // every entry's code, one after the other
    std::vector<CodeSlot> m_codeSlots;
    mutable bool m_wordIndexReady = false;
    mutable WordIndex m_words; // translated and English text, folded
};

} // namespace SmtpCodes
