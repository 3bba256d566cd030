#include "catalogueloader.h"
#include "codesearch.h"

#include <QFile>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_CodeSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordIndex_isBuiltOnDemandOrAhead();
    void initTestCase();
    void search_data();
    void search();
    void emptyQuery_matchesEverything();
    void hugeOrOddQuery_isHandled();
    void fold_removesAccentsAndCase();

private:
    QStringList keys(const QString &query) const;
    Catalogue m_catalogue;
};

void tst_CodeSearch::initTestCase()
{
    QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/sample-catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CatalogueLoader loader;
    m_catalogue = loader.load({{u"sample.json"_s, file.readAll()}});
    QCOMPARE(loader.problems(), QStringList());
}

QStringList tst_CodeSearch::keys(const QString &query) const
{
    const CodeSearch search(m_catalogue);
    QStringList found;
    for (qsizetype i : search.search(query))
        found.append(m_catalogue.at(i).key);
    return found;
}

void tst_CodeSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exact basic") << u"535"_s << QStringList{u"535"_s};
    QTest::newRow("spaces around") << u"  235 "_s << QStringList{u"235"_s};
    QTest::newRow("class digit, class first")
        << u"5"_s << QStringList{u"5xx"_s, u"535"_s, u"550"_s};
    QTest::newRow("prefix") << u"55"_s << QStringList{u"550"_s};
    QTest::newRow("wildcard") << u"5xx"_s << QStringList{u"5xx"_s, u"535"_s, u"550"_s};
    QTest::newRow("wildcard middle") << u"5x5"_s << QStringList{u"535"_s};
    QTest::newRow("category") << u"x3x"_s << QStringList{u"x3x"_s, u"235"_s, u"535"_s};
    QTest::newRow("enhanced with class 5") << u"5.7.8"_s << QStringList{u"X.7.8"_s};
    QTest::newRow("enhanced with class 4") << u"4.7.8"_s << QStringList{u"X.7.8"_s};
    QTest::newRow("subject") << u"5.7"_s
                             << QStringList{u"X.7.X"_s, u"X.7.8"_s, u"5.7.606@Microsoft"_s};
    QTest::newRow("vendor range") << u"5.7.612"_s << QStringList{u"5.7.606@Microsoft"_s};
    QTest::newRow("vendor class must match") << u"4.7.606"_s << QStringList();
    QTest::newRow("title words first")
        << u"authentication"_s << QStringList{u"235"_s, u"535"_s, u"X.7.8"_s};
    QTest::newRow("words in any order, any case") << u"PASSWORD app"_s << QStringList{u"535"_s};
    QTest::newRow("vendor name") << u"microsoft"_s << QStringList{u"5.7.606@Microsoft"_s};
    QTest::newRow("nonsense") << u"zzqq"_s << QStringList();
    QTest::newRow("unknown code") << u"999"_s << QStringList();
    QTest::newRow("bad enhanced") << u"5.999.999"_s << QStringList();
    QTest::newRow("dots only") << u"..."_s << QStringList();
}

void tst_CodeSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(query), expected);
}

void tst_CodeSearch::emptyQuery_matchesEverything()
{
    QCOMPARE(keys(QString()).size(), m_catalogue.size());
    QCOMPARE(keys(u"   "_s).size(), m_catalogue.size());
}

void tst_CodeSearch::hugeOrOddQuery_isHandled()
{
    QCOMPARE(keys(QString(100000, u'5')), QStringList());
    QCOMPARE(keys(u"<b>535</b>"_s), QStringList());
    QCOMPARE(keys(QString::fromUtf8("\xe2\x80\x8f"
                                    "535")),
             QStringList()); // RLM is not a code
    QCOMPARE(keys(QString::fromUtf8("\xf0\x9f\x98\x80")), QStringList());
    QCOMPARE(keys(QString(QChar(0))), QStringList());
}

void tst_CodeSearch::fold_removesAccentsAndCase()
{
    QCOMPARE(CodeSearch::fold(u"Mật khẩu"), u"mat khau"_s);
    QCOMPARE(CodeSearch::fold(u"Đã GỬI"), u"da gui"_s);
    QCOMPARE(CodeSearch::fold(u"Réessayez, plus tard"), u"reessayez  plus tard"_s);
    QCOMPARE(CodeSearch::fold(u"密码"), u"密码"_s);
}

void tst_CodeSearch::wordIndex_isBuiltOnDemandOrAhead()
{
    CodeSearch search(Catalogue::builtin());
    QVERIFY(!search.isWordIndexReady());
    search.rank(u"535"); // code queries never need it
    QVERIFY(!search.isWordIndexReady());
    search.prepareWordIndex();
    QVERIFY(search.isWordIndexReady());
    QVERIFY(!search.search(u"password").isEmpty());
    search.rebuild(); // a language change makes it stale
    QVERIFY(!search.isWordIndexReady());
    QVERIFY(!search.search(u"password").isEmpty());
    QVERIFY(search.isWordIndexReady());
}

QTEST_GUILESS_MAIN(tst_CodeSearch)
#include "tst_codesearch.moc"
