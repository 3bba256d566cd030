#include "catalogue.h"

#include "code.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

Catalogue::Catalogue(QList<CodeEntry> entries)
    : m_entries(std::move(entries))
{
    // Keys computed once: comparing two codes parses both.
    std::vector<std::pair<Code::SortKey, qsizetype>> order;
    order.reserve(size_t(m_entries.size()));
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        order.push_back({Code::sortKey(m_entries[i].code), i});
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<CodeEntry> sorted;
    sorted.reserve(m_entries.size());
    for (const auto &item : order)
        sorted.append(std::move(m_entries[item.second]));
    m_entries = std::move(sorted);
    m_indexByKey.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_indexByKey.insert(m_entries[i].key, i);
        m_indexByCode[m_entries[i].code].append(i);
        if (!m_entries[i].rangeEnd.isEmpty())
            m_rangeEntries.append(i);
    }
}

const CodeEntry *Catalogue::find(const QString &key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &m_entries[index];
}

const CodeEntry *Catalogue::lookup(const QString &code) const
{
    if (const CodeEntry *entry = find(code))
        return entry;
    const QList<qsizetype> found = resolve(code);
    return found.isEmpty() ? nullptr : &m_entries[found.constFirst()];
}

QList<qsizetype> Catalogue::resolve(const QString &code) const
{
    // The registry's meaning first, then what a vendor means by the same code.
    QList<qsizetype> found;
    if (Code::isConcreteEnhanced(code))
        found += m_indexByCode.value(Code::registryForm(code));
    found += m_indexByCode.value(code);
    if (Code::isConcreteEnhanced(code)) {
        for (qsizetype i : m_rangeEntries) {
            const CodeEntry &entry = m_entries[i];
            if (!entry.rangeEnd.isEmpty() && entry.code != code &&
                !Code::lessThan(code, entry.code) && !Code::lessThan(entry.rangeEnd, code) &&
                entry.code.section(u'.', 0, 1) == code.section(u'.', 0, 1))
                found.append(i);
        }
    }
    return found;
}

const CodeEntry *Catalogue::classEntry(const QString &code) const
{
    const QChar digit = Code::classDigit(code);
    if (digit.isNull())
        return nullptr;
    const auto kind = Code::kindOf(code);
    const bool enhanced = kind == CodeKind::Enhanced || code.contains(u'.');
    return find(enhanced ? QString(digit) + u".X.X"_s : QString(digit) + u"xx"_s);
}

const CodeEntry *Catalogue::subjectEntry(const QString &code) const
{
    const int subject = Code::subjectNumber(code);
    if (subject < 0)
        return nullptr;
    if (code.contains(u'.'))
        return find(u"X."_s + QString::number(subject) + u".X"_s);
    return find(u'x' + QString::number(subject) + u'x');
}

} // namespace SmtpCodes
