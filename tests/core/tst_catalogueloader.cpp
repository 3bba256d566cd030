#include "catalogue.h"
#include "catalogueloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(tst_CatalogueLoader)
#include "tst_catalogueloader.moc"
