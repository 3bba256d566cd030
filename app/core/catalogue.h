#pragma once

#include "codeentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// The loaded, validated set of entries, ordered as the code list shows them.
class Catalogue final
{
public:
    Catalogue() = default;
    explicit Catalogue(QList<CodeEntry> entries);

    // The catalogue compiled into the binary (resources/catalogue.qrc). Loaded once.
    static const Catalogue &builtin();

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const CodeEntry &at(qsizetype index) const { return m_entries.at(index); }
    const QList<CodeEntry> &entries() const { return m_entries; }

    // Index of the entry with this key, or -1.
    qsizetype indexOf(const QString &key) const { return m_indexByKey.value(key, -1); }
    const CodeEntry *find(const QString &key) const;

    // Entries that explain a code as a server sends it: "5.7.8" -> X.7.8 and any 5.7.8@vendor;
    // codes inside a vendor range ("5.7.612") resolve to the range's entry.
    QList<qsizetype> resolve(const QString &code) const;
    // The entry with this key, else the first that resolve() finds; nullptr when none does.
    const CodeEntry *lookup(const QString &code) const;

    // The class and category/subject entries that explain a code by its digits.
    const CodeEntry *classEntry(const QString &code) const;
    const CodeEntry *subjectEntry(const QString &code) const;

private:
    QList<CodeEntry> m_entries;
    QHash<QString, qsizetype> m_indexByKey;
    QHash<QString, QList<qsizetype>> m_indexByCode;
    QList<qsizetype> m_rangeEntries; // entries with a rangeEnd
};

} // namespace SmtpCodes
