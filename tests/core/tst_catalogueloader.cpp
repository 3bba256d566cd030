#include "catalogue.h"
#include "cataloguebinary.h"
#include "catalogueloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QResource>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <functional>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sampleRoot()
{
    QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/sample-catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample catalogue");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Loads the sample after `mutate` changed the entry with this code.
QStringList problemsAfter(const QString &code, const std::function<void(QJsonObject &)> &mutate)
{
    QJsonObject root = sampleRoot();
    QJsonArray entries = root.value(u"entries").toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries[i].toObject();
        if (entry.value(u"code").toString() == code) {
            mutate(entry);
            entries[i] = entry;
        }
    }
    root.insert(u"entries"_s, entries);
    CatalogueLoader loader;
    loader.load({{u"broken.json"_s, QJsonDocument(root).toJson()}});
    return loader.problems();
}

// Every field of an entry, for comparing catalogues read in different ways.
QStringList fields(const CodeEntry &e)
{
    QStringList out{e.key,
                    e.code,
                    e.vendor,
                    QString::number(int(e.kind)),
                    QString::number(int(e.provenance)),
                    e.title,
                    e.description,
                    e.when,
                    QString::number(int(e.session)),
                    e.reference,
                    e.rangeEnd,
                    e.deprecated ? u"deprecated"_s : u"current"_s};
    for (auto it = e.fix.cbegin(); it != e.fix.cend(); ++it)
        out << fixRoleName(it.key()) << it.value();
    for (const CodeContext &c : e.contexts)
        out << c.context << c.meaning;
    for (const ConfusedWith &c : e.confusedWith)
        out << c.key << c.difference;
    for (const QStringList &list : {e.actors, e.commands, e.rfcs, e.related, e.associatedBasic})
        out << QString::number(list.size()) << list;
    return out;
}

void compareCatalogues(const Catalogue &actual, const Catalogue &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(fields(actual.at(i)), fields(expected.at(i)));
}

QByteArray sampleBinary()
{
    CatalogueLoader loader;
    return CatalogueBinary::write(
        loader.load({{u"sample.json"_s, QJsonDocument(sampleRoot()).toJson()}}));
}

// Recomputes the header's checksum, so that damage inside the records gets past it.
void resealChecksum(QByteArray &binary)
{
    qToLittleEndian<quint64>(
        CatalogueBinary::checksum(QByteArrayView(binary).sliced(CatalogueBinary::headerSize)),
        binary.data() + 24);
}

} // namespace

class tst_CatalogueLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample_loadsWithoutProblems();
    void brokenEntry_isRejectedWithItsRule_data();
    void brokenEntry_isRejectedWithItsRule();
    void duplicateKey_isRejected();
    void invalidJson_namesTheFile();
    void builtin_loadsWithoutProblems();
    void builtin_holdsTheFoundationCodes();
    void resolve_findsRegistryVendorAndRange();
    void binary_readsBackTheSample();
    void builtinBinary_matchesTheJson();
    void builtinStrings_pointIntoTheResources();
    void copiedStrings_outliveTheirData();
    void damagedBinary_isRejectedWithAReason_data();
    void damagedBinary_isRejectedWithAReason();
    void damagedRecords_areRejectedNotReadPast();
    void oddStringOffset_isRejectedInBothModes();
    void pack_validatesTheJson();
};

void tst_CatalogueLoader::sample_loadsWithoutProblems()
{
    CatalogueLoader loader;
    const Catalogue catalogue =
        loader.load({{u"sample.json"_s, QJsonDocument(sampleRoot()).toJson()}});
    QCOMPARE(loader.problems(), QStringList());
    QCOMPARE(catalogue.size(), 11);
    QVERIFY(catalogue.find(u"5.7.606@Microsoft"_s));
    QCOMPARE(catalogue.find(u"535"_s)->fix.size(), 2);
}

void tst_CatalogueLoader::brokenEntry_isRejectedWithItsRule_data()
{
    using Mutation = std::function<void(QJsonObject &)>;
    QTest::addColumn<QString>("code");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown field")
        << u"535"_s << Mutation([](QJsonObject &e) { e.insert(u"colour"_s, 1); })
        << u"unknown field \"colour\""_s;
    QTest::newRow("missing title")
        << u"535"_s << Mutation([](QJsonObject &e) { e.remove(u"title"_s); })
        << u"misses the text field \"title\""_s;
    QTest::newRow("missing fix") << u"535"_s << Mutation([](QJsonObject &e) { e.remove(u"fix"_s); })
                                 << u"misses the field \"fix\""_s;
    QTest::newRow("missing session")
        << u"235"_s << Mutation([](QJsonObject &e) { e.remove(u"session"_s); })
        << u"needs session"_s;
    QTest::newRow("malformed code")
        << u"535"_s << Mutation([](QJsonObject &e) { e.insert(u"code"_s, u"5355"_s); })
        << u"malformed code \"5355\""_s;
    QTest::newRow("bad rfc") << u"535"_s << Mutation([](QJsonObject &e) {
        e.insert(u"rfc"_s, QJsonArray{u"rfc4954"_s});
    }) << u"malformed RFC reference"_s;
    QTest::newRow("dangling related") << u"535"_s << Mutation([](QJsonObject &e) {
        e.insert(u"related"_s, QJsonArray{u"599"_s});
    }) << u"related names 599"_s;
    QTest::newRow("unknown command") << u"535"_s << Mutation([](QJsonObject &e) {
        e.insert(u"commands"_s, QJsonArray{u"LOGIN"_s});
    }) << u"unknown command \"LOGIN\""_s;
    QTest::newRow("vendor without name")
        << u"5.7.606"_s << Mutation([](QJsonObject &e) { e.remove(u"vendor"_s); })
        << u"must name a vendor"_s;
    QTest::newRow("registry entry without basics")
        << u"X.7.8"_s << Mutation([](QJsonObject &e) { e.remove(u"associatedBasic"_s); })
        << u"misses the field \"associatedBasic\""_s;
    QTest::newRow("backwards range")
        << u"5.7.606"_s << Mutation([](QJsonObject &e) { e.insert(u"rangeEnd"_s, u"5.7.600"_s); })
        << u"rangeEnd"_s;
}

void tst_CatalogueLoader::brokenEntry_isRejectedWithItsRule()
{
    using Mutation = std::function<void(QJsonObject &)>;
    QFETCH(QString, code);
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    const QStringList problems = problemsAfter(code, mutate);
    QVERIFY2(!problems.isEmpty(), "the broken sample loaded without a problem");
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
}

void tst_CatalogueLoader::duplicateKey_isRejected()
{
    const QByteArray json = QJsonDocument(sampleRoot()).toJson();
    CatalogueLoader loader;
    const Catalogue catalogue = loader.load({{u"a.json"_s, json}, {u"b.json"_s, json}});
    QVERIFY(
        loader.problems().join(u'\n').contains(u"b.json: entry 8 (535): duplicates the key 535"));
    QCOMPARE(catalogue.size(), 11);
}

void tst_CatalogueLoader::invalidJson_namesTheFile()
{
    CatalogueLoader loader;
    const Catalogue catalogue = loader.load({{u"cut.json"_s, "{\"entries\": [ {\"code\": "}});
    QCOMPARE(loader.problems().size(), 1);
    QVERIFY(loader.problems().first().startsWith(u"cut.json: is not valid JSON"));
    QVERIFY(catalogue.isEmpty());
}

void tst_CatalogueLoader::builtin_loadsWithoutProblems()
{
    CatalogueLoader loader;
    const Catalogue catalogue = loader.loadBuiltin();
    QVERIFY2(loader.problems().isEmpty(), qPrintable(loader.problems().join(u'\n')));
    QVERIFY(!catalogue.isEmpty());
}

void tst_CatalogueLoader::builtin_holdsTheFoundationCodes()
{
    const Catalogue &catalogue = Catalogue::builtin();
    for (const char *code : {"211", "214", "220", "235", "250", "535"}) {
        const CodeEntry *entry = catalogue.find(QString::fromLatin1(code));
        QVERIFY2(entry, code);
        QVERIFY(!entry->description.isEmpty());
        QVERIFY(!entry->when.isEmpty());
        QVERIFY(!entry->fix.isEmpty());
        QVERIFY(!entry->rfcs.isEmpty());
    }
}

void tst_CatalogueLoader::resolve_findsRegistryVendorAndRange()
{
    CatalogueLoader loader;
    const Catalogue catalogue =
        loader.load({{u"sample.json"_s, QJsonDocument(sampleRoot()).toJson()}});
    auto keysFor = [&](const QString &code) {
        QStringList keys;
        for (qsizetype i : catalogue.resolve(code))
            keys.append(catalogue.at(i).key);
        return keys;
    };
    QCOMPARE(keysFor(u"5.7.8"_s), QStringList{u"X.7.8"_s});
    QCOMPARE(keysFor(u"4.7.8"_s), QStringList{u"X.7.8"_s});
    QCOMPARE(keysFor(u"5.7.612"_s), QStringList{u"5.7.606@Microsoft"_s});
    QCOMPARE(keysFor(u"5.7.650"_s), QStringList());
    QCOMPARE(keysFor(u"535"_s), QStringList{u"535"_s});
    QCOMPARE(catalogue.classEntry(u"535"_s)->key, u"5xx"_s);
    QCOMPARE(catalogue.subjectEntry(u"5.7.8"_s)->key, u"X.7.X"_s);
}

void tst_CatalogueLoader::binary_readsBackTheSample()
{
    CatalogueLoader json;
    const Catalogue expected =
        json.load({{u"sample.json"_s, QJsonDocument(sampleRoot()).toJson()}});
    CatalogueLoader loader;
    const Catalogue catalogue = loader.loadBinary(u"sample.bin"_s, sampleBinary());
    QCOMPARE(loader.problems(), QStringList());
    compareCatalogues(catalogue, expected);
}

void tst_CatalogueLoader::builtinBinary_matchesTheJson()
{
    // The resource is packed at build time; it must say what the JSON in the sources says.
    const QDir dir(QStringLiteral(SMTPCODES_SOURCE_DIR "/resources/catalogue"));
    QList<CatalogueLoader::Source> sources;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        sources.append({name, file.readAll()});
    }
    QVERIFY(!sources.isEmpty());
    CatalogueLoader json;
    const Catalogue expected = json.load(sources);
    QCOMPARE(json.problems(), QStringList());
    CatalogueLoader loader;
    compareCatalogues(loader.loadBuiltin(), expected);
    QCOMPARE(loader.problems(), QStringList());
}

void tst_CatalogueLoader::builtinStrings_pointIntoTheResources()
{
    const QResource resource(u":/catalogue/catalogue.bin"_s);
    QVERIFY(resource.isValid());
    QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
    const auto *begin = reinterpret_cast<const char *>(resource.data());
    const auto *end = begin + resource.size();
    CatalogueLoader loader;
    const Catalogue catalogue = loader.loadBuiltin();
    QVERIFY(!catalogue.isEmpty());
    for (const CodeEntry &entry : catalogue.entries()) {
        const auto *title = reinterpret_cast<const char *>(entry.title.constData());
        QVERIFY2(title >= begin && title < end, qPrintable(entry.key)); // not a copy
    }
}

void tst_CatalogueLoader::copiedStrings_outliveTheirData()
{
    CatalogueLoader json;
    const Catalogue expected =
        json.load({{u"sample.json"_s, QJsonDocument(sampleRoot()).toJson()}});
    CatalogueLoader loader;
    QByteArray binary = sampleBinary();
    const Catalogue catalogue = loader.loadBinary(u"sample.bin"_s, binary);
    binary.fill('\0'); // what a caller may do with its buffer afterwards
    binary.clear();
    QCOMPARE(loader.problems(), QStringList());
    compareCatalogues(catalogue, expected);
}

void tst_CatalogueLoader::damagedBinary_isRejectedWithAReason_data()
{
    const QByteArray good = sampleBinary();
    QTest::addColumn<QByteArray>("binary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"shorter than its header"_s;
    QTest::newRow("cut in the header") << good.left(20) << u"shorter than its header"_s;
    QTest::newRow("JSON") << QJsonDocument(sampleRoot()).toJson()
                          << u"is not a catalogue in binary form"_s;
    QByteArray version = good;
    qToLittleEndian<quint32>(CatalogueBinary::formatVersion + 1, version.data() + 4);
    QTest::newRow("other version")
        << version << u"has format version %1"_s.arg(CatalogueBinary::formatVersion + 1);
    QTest::newRow("cut short") << good.chopped(1) << u"header says"_s;
    QTest::newRow("grown") << good + "x" << u"header says"_s;
    QByteArray words = good;
    qToLittleEndian<quint32>(1, words.data() + 16);
    QTest::newRow("wrong word count") << words << u"does not add up"_s;
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QTest::newRow("flipped byte") << flipped << u"checksum does not match"_s;
    QByteArray entries = good;
    qToLittleEndian<quint32>(1000000, entries.data() + 12);
    QTest::newRow("too many entries") << entries << u"counts more entries"_s;
    QByteArray fewer = good;
    qToLittleEndian<quint32>(10, fewer.data() + 12);
    QTest::newRow("too few entries") << fewer << u"goes on after its last entry"_s;
}

void tst_CatalogueLoader::damagedBinary_isRejectedWithAReason()
{
    QFETCH(QByteArray, binary);
    QFETCH(QString, expected);
    CatalogueLoader loader;
    const Catalogue catalogue = loader.loadBinary(u"catalogue.bin"_s, binary);
    QVERIFY(catalogue.isEmpty());
    QCOMPARE(loader.problems().size(), 1);
    const QString problem = loader.problems().constFirst();
    QVERIFY2(problem.startsWith(u"catalogue.bin: "), qPrintable(problem));
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY2(problem.endsWith(u"; rebuild the program"), qPrintable(problem));
}

void tst_CatalogueLoader::oddStringOffset_isRejectedInBothModes()
{
    // The first entry's key is its fifth word, an (offset, length) pair: an odd offset, inside
    // the strings, would make a borrowed string a misaligned UTF-16 read.
    QByteArray bad = sampleBinary();
    char *keyOffset = bad.data() + CatalogueBinary::headerSize + 4 * 4;
    QCOMPARE(qFromLittleEndian<quint32>(keyOffset) % 2, 0u);
    qToLittleEndian<quint32>(1, keyOffset);
    resealChecksum(bad);
    for (auto strings : {CatalogueBinary::Strings::Copied, CatalogueBinary::Strings::Borrowed}) {
        CatalogueLoader loader;
        QVERIFY(loader.loadBinary(u"odd.bin"_s, bad, strings).isEmpty());
        QVERIFY2(loader.problems().join(u'\n').contains(u"entry 1 holds a string past its end"),
                 qPrintable(loader.problems().join(u'\n')));
    }
}

void tst_CatalogueLoader::damagedRecords_areRejectedNotReadPast()
{
    // Past the checksum, every record word is still checked: a value, a count, a string offset
    // or length out of range is reported with its entry.
    const QByteArray good = sampleBinary();
    const qsizetype words = qFromLittleEndian<quint32>(good.constData() + 16);
    QVERIFY(words > 11 * 26);
    for (qsizetype i = 0; i < words; ++i) {
        QByteArray bad = good;
        qToLittleEndian<quint32>(0xffffffffU, bad.data() + CatalogueBinary::headerSize + i * 4);
        resealChecksum(bad);
        CatalogueLoader loader;
        QVERIFY(loader.loadBinary(u"bad.bin"_s, bad).isEmpty());
        QVERIFY2(loader.problems().join(u'\n').contains(u"bad.bin: is damaged: entry "),
                 qPrintable(loader.problems().join(u'\n')));
    }
    for (qsizetype size = 0; size < good.size(); size += 7) {
        CatalogueLoader loader;
        QVERIFY(loader.loadBinary(u"cut.bin"_s, good.left(size)).isEmpty());
        QCOMPARE(loader.problems().size(), 1);
    }
}

void tst_CatalogueLoader::pack_validatesTheJson()
{
    // catalogue-pack runs at build time: a catalogue that does not validate fails the build.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject root = sampleRoot();
    QJsonArray entries = root.value(u"entries").toArray();
    QJsonObject entry = entries[0].toObject();
    entry.insert(u"code"_s, u"5355"_s);
    entries[0] = entry;
    root.insert(u"entries"_s, entries);
    for (const auto &[name, json] :
         {std::pair{u"good.json"_s, QJsonDocument(sampleRoot()).toJson()},
          std::pair{u"broken.json"_s, QJsonDocument(root).toJson()},
          std::pair{u"cut.json"_s, QByteArray("{\"entries\": [")}}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    auto pack = [&](const QString &json, const QString &out) {
        QProcess process;
        process.start(QStringLiteral(SMTPCODES_PACK_EXE), {dir.filePath(out), dir.filePath(json)});
        process.waitForFinished(60000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };

    const auto [goodExit, goodErr] = pack(u"good.json"_s, u"good.bin"_s);
    QCOMPARE(goodExit, 0);
    QCOMPARE(goodErr, QString());
    QFile packed(dir.filePath(u"good.bin"_s));
    QVERIFY(packed.open(QIODevice::ReadOnly));
    CatalogueLoader loader;
    QCOMPARE(loader.loadBinary(u"good.bin"_s, packed.readAll()).size(), 11);
    QCOMPARE(loader.problems(), QStringList());

    const auto [brokenExit, brokenErr] = pack(u"broken.json"_s, u"broken.bin"_s);
    QCOMPARE(brokenExit, 1);
    QVERIFY2(brokenErr.contains(u"broken.json: entry 1 (5355): has a malformed code"),
             qPrintable(brokenErr));
    QVERIFY(!QFile::exists(dir.filePath(u"broken.bin"_s)));

    const auto [cutExit, cutErr] = pack(u"cut.json"_s, u"cut.bin"_s);
    QCOMPARE(cutExit, 1);
    QVERIFY2(cutErr.contains(u"cut.json: is not valid JSON"), qPrintable(cutErr));
    QVERIFY(!QFile::exists(dir.filePath(u"cut.bin"_s)));
}

QTEST_GUILESS_MAIN(tst_CatalogueLoader)
#include "tst_catalogueloader.moc"
