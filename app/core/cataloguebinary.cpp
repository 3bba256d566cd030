#include "cataloguebinary.h"

#include <QHash>
#include <QSysInfo>
#include <QtEndian>

#include <vector>

using namespace Qt::StringLiterals;

namespace SmtpCodes::CatalogueBinary {

namespace {

constexpr char magic[4] = {'S', 'M', 'C', 'B'};

// Header fields, as byte offsets.
enum : qsizetype {
    MagicAt = 0,
    VersionAt = 4,
    TotalSizeAt = 8,
    EntryCountAt = 12,
    WordCountAt = 16,
    StringBytesAt = 20,
    ChecksumAt = 24
};

// Largest value of each enum stored as a word.
constexpr quint32 lastKind = quint32(CodeKind::Subject);
constexpr quint32 lastProvenance = quint32(Provenance::NonStandard);
constexpr quint32 lastSession = quint32(SessionEffect::MayClose);
constexpr quint32 lastFixRole = quint32(FixRole::ReceivingServer);

// Four values, eight strings of two words, and eight counts.
constexpr quint32 minWordsPerEntry = 4 + 8 * 2 + 8;

quint32 wordAt(const char *p, qsizetype at)
{
    return qFromLittleEndian<quint32>(p + at);
}

class Writer
{
public:
    void word(quint32 value) { m_words.push_back(value); }

    void string(const QString &text)
    {
        QByteArray utf16(text.size() * 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < text.size(); ++i)
            qToLittleEndian<quint16>(text.at(i).unicode(), utf16.data() + 2 * i);
        auto it = m_offsets.constFind(utf16); // repeated strings (keys, actors) are stored once
        if (it == m_offsets.cend())
            it = m_offsets.insert(utf16,
                                  quint32(std::exchange(m_strings, m_strings + utf16).size()));
        word(*it);
        word(quint32(text.size()));
    }

    void strings(const QStringList &list)
    {
        word(quint32(list.size()));
        for (const QString &text : list)
            string(text);
    }

    QByteArray finish(quint32 entryCount) const
    {
        const qsizetype total = headerSize + qsizetype(m_words.size()) * 4 + m_strings.size();
        QByteArray out(total, '\0');
        char *p = out.data();
        std::copy(std::begin(magic), std::end(magic), p + MagicAt);
        qToLittleEndian<quint32>(formatVersion, p + VersionAt);
        qToLittleEndian<quint32>(quint32(total), p + TotalSizeAt);
        qToLittleEndian<quint32>(entryCount, p + EntryCountAt);
        qToLittleEndian<quint32>(quint32(m_words.size()), p + WordCountAt);
        qToLittleEndian<quint32>(quint32(m_strings.size()), p + StringBytesAt);
        char *w = p + headerSize;
        for (quint32 value : m_words) {
            qToLittleEndian<quint32>(value, w);
            w += 4;
        }
        std::copy(m_strings.cbegin(), m_strings.cend(), w);
        qToLittleEndian<quint64>(checksum(QByteArrayView(out).sliced(headerSize)), p + ChecksumAt);
        return out;
    }

private:
    std::vector<quint32> m_words;
    QByteArray m_strings;
    QHash<QByteArray, quint32> m_offsets;
};

// Reads record words with every count, offset and value checked against what is there.
class Reader
{
public:
    Reader(const char *words, quint32 wordCount, const char *strings, quint32 stringBytes,
           bool borrowStrings)
        : m_words(words)
        , m_wordCount(wordCount)
        , m_strings(strings)
        , m_stringBytes(stringBytes)
        , m_borrowStrings(borrowStrings)
    {
    }

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    bool atEnd() const { return m_next == m_wordCount; }

    quint32 word()
    {
        if (m_next >= m_wordCount)
            return fail(u"ends inside an entry"_s);
        return wordAt(m_words, qsizetype(m_next++) * 4);
    }

    // A value from 0 to `last`.
    quint32 value(quint32 last)
    {
        const quint32 v = word();
        return v > last ? fail(u"holds an unknown value %1"_s.arg(v)) : v;
    }

    // A count of items of `wordsEach` words that fit in what is left.
    quint32 count(quint32 wordsEach)
    {
        const quint32 n = word();
        return n > (m_wordCount - m_next) / wordsEach ? fail(u"holds a count past its end"_s) : n;
    }

    QString string()
    {
        const quint32 offset = word();
        const quint32 length = word(); // in UTF-16 code units
        if (offset % 2 != 0 || offset > m_stringBytes || length > (m_stringBytes - offset) / 2) {
            fail(u"holds a string past its end"_s);
            return {};
        }
        if (length == 0)
            return {};
        const char *start = m_strings + offset;
        if (m_borrowStrings)
            return QString::fromRawData(reinterpret_cast<const QChar *>(start), length);
        QString text(length, Qt::Uninitialized);
        QChar *out = text.data();
        for (quint32 i = 0; i < length; ++i)
            out[i] = QChar(qFromLittleEndian<quint16>(start + 2 * i));
        return text;
    }

    QStringList strings()
    {
        const quint32 n = count(2);
        QStringList list;
        list.reserve(n);
        for (quint32 i = 0; i < n && !failed(); ++i)
            list.append(string());
        return list;
    }

private:
    quint32 fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        m_next = m_wordCount; // everything after reads as missing
        return 0;
    }

    const char *m_words;
    quint32 m_wordCount;
    quint32 m_next = 0;
    const char *m_strings;
    quint32 m_stringBytes;
    bool m_borrowStrings;
    QString m_problem;
};

void writeEntry(Writer &w, const CodeEntry &e)
{
    w.word(quint32(e.kind));
    w.word(quint32(e.provenance));
    w.word(quint32(e.session));
    w.word(e.deprecated ? 1 : 0);
    for (const QString *text :
         {&e.key, &e.code, &e.vendor, &e.title, &e.description, &e.when, &e.reference, &e.rangeEnd})
        w.string(*text);
    w.word(quint32(e.fix.size()));
    for (auto it = e.fix.cbegin(); it != e.fix.cend(); ++it) {
        w.word(quint32(it.key()));
        w.string(it.value());
    }
    w.word(quint32(e.contexts.size()));
    for (const CodeContext &c : e.contexts) {
        w.string(c.context);
        w.string(c.meaning);
    }
    for (const QStringList *list :
         {&e.actors, &e.commands, &e.rfcs, &e.related, &e.associatedBasic})
        w.strings(*list);
    w.word(quint32(e.confusedWith.size()));
    for (const ConfusedWith &c : e.confusedWith) {
        w.string(c.key);
        w.string(c.difference);
    }
}

CodeEntry readEntry(Reader &r)
{
    CodeEntry e;
    e.kind = CodeKind(r.value(lastKind));
    e.provenance = Provenance(r.value(lastProvenance));
    e.session = SessionEffect(r.value(lastSession));
    e.deprecated = r.value(1) == 1;
    for (QString *text :
         {&e.key, &e.code, &e.vendor, &e.title, &e.description, &e.when, &e.reference, &e.rangeEnd})
        *text = r.string();
    for (quint32 i = 0, n = r.count(3); i < n && !r.failed(); ++i) {
        const auto role = FixRole(r.value(lastFixRole));
        e.fix.insert(role, r.string());
    }
    const quint32 contexts = r.count(4);
    e.contexts.reserve(contexts);
    for (quint32 i = 0; i < contexts && !r.failed(); ++i) {
        QString context = r.string();
        e.contexts.append({std::move(context), r.string()});
    }
    for (QStringList *list : {&e.actors, &e.commands, &e.rfcs, &e.related, &e.associatedBasic})
        *list = r.strings();
    const quint32 confused = r.count(4);
    e.confusedWith.reserve(confused);
    for (quint32 i = 0; i < confused && !r.failed(); ++i) {
        QString key = r.string();
        e.confusedWith.append({std::move(key), r.string()});
    }
    return e;
}

} // namespace

quint64 checksum(QByteArrayView data)
{
    // FNV-1a over 64-bit words, with a shift to mix high bits down: finds damage, fast.
    constexpr quint64 prime = 0x100000001b3ULL;
    quint64 hash = 0xcbf29ce484222325ULL ^ quint64(data.size());
    const char *p = data.data();
    qsizetype i = 0;
    for (; i + 8 <= data.size(); i += 8) {
        hash = (hash ^ qFromLittleEndian<quint64>(p + i)) * prime;
        hash ^= hash >> 29;
    }
    for (; i < data.size(); ++i)
        hash = (hash ^ uchar(p[i])) * prime;
    return hash;
}

QByteArray write(const Catalogue &catalogue)
{
    Writer writer;
    for (const CodeEntry &entry : catalogue.entries())
        writeEntry(writer, entry);
    return writer.finish(quint32(catalogue.size()));
}

std::optional<QList<CodeEntry>> read(QByteArrayView data, QString *error, Strings strings)
{
    auto damaged = [&](const QString &what) {
        if (error)
            *error = what + u"; rebuild the program"_s;
        return std::nullopt;
    };
    if (data.size() < headerSize)
        return damaged(u"is damaged: %1 bytes, shorter than its header"_s.arg(data.size()));
    const char *p = data.data();
    if (!std::equal(std::begin(magic), std::end(magic), p + MagicAt))
        return damaged(u"is not a catalogue in binary form"_s);
    if (const quint32 version = wordAt(p, VersionAt); version != formatVersion)
        return damaged(
            u"has format version %1, where this program reads version %2"_s.arg(version).arg(
                formatVersion));
    if (const quint32 total = wordAt(p, TotalSizeAt); total != quint64(data.size()))
        return damaged(
            u"is damaged: its header says %1 bytes, it has %2"_s.arg(total).arg(data.size()));
    const quint32 wordCount = wordAt(p, WordCountAt);
    const quint32 stringBytes = wordAt(p, StringBytesAt);
    if (quint64(headerSize) + quint64(wordCount) * 4 + stringBytes != quint64(data.size()))
        return damaged(u"is damaged: its header does not add up to its size"_s);
    // Borrowed data is compiled into the program, and catalogue-pack read it back when it wrote
    // it; what follows still checks every count, offset and value.
    if (strings == Strings::Copied &&
        qFromLittleEndian<quint64>(p + ChecksumAt) != checksum(data.sliced(headerSize)))
        return damaged(u"is damaged: its checksum does not match"_s);

    const quint32 entryCount = wordAt(p, EntryCountAt);
    const char *words = p + headerSize;
    const char *stringData = words + qsizetype(wordCount) * 4;
    // Borrowed strings are the stored UTF-16 itself, so it must be in this machine's order and
    // aligned for QChar; otherwise they are copied.
    const bool borrow = strings == Strings::Borrowed &&
                        QSysInfo::ByteOrder == QSysInfo::LittleEndian &&
                        quintptr(stringData) % alignof(QChar) == 0;
    Reader reader(words, wordCount, stringData, stringBytes, borrow);
    if (entryCount > wordCount / minWordsPerEntry)
        return damaged(u"is damaged: it counts more entries than it holds"_s);
    QList<CodeEntry> entries;
    entries.reserve(entryCount);
    for (quint32 i = 0; i < entryCount; ++i) {
        entries.append(readEntry(reader));
        if (reader.failed())
            return damaged(u"is damaged: entry %1 %2"_s.arg(i + 1).arg(reader.problem()));
    }
    if (!reader.atEnd())
        return damaged(u"is damaged: it goes on after its last entry"_s);
    return entries;
}

} // namespace SmtpCodes::CatalogueBinary
