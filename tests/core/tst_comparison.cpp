#include "comparison.h"

#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_Comparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsePair_data();
    void parsePair();
    void differentClasses_sayWhichIsWhich();
    void sameClass_saysBoth();
    void basicWithItsEnhancedCode_explainsTheQualifier();
    void codeWithItself_saysSo();
    void unknownCodes_areComparedByDigits();
    void keyDifferences_markEqualAndDifferentRows();
    void vendorKey_showsItsCode();
};

void tst_Comparison::parsePair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("vs") << u"211 vs 535"_s << u"211"_s << u"535"_s;
    QTest::newRow("VS spaced") << u"  450   VS  550 "_s << u"450"_s << u"550"_s;
    QTest::newRow("space") << u"211 535"_s << u"211"_s << u"535"_s;
    QTest::newRow("slash") << u"211/535"_s << u"211"_s << u"535"_s;
    QTest::newRow("enhanced") << u"5.7.1 vs 5.7.26"_s << u"5.7.1"_s << u"5.7.26"_s;
    QTest::newRow("mixed") << u"535 vs 5.7.8"_s << u"535"_s << u"5.7.8"_s;
    QTest::newRow("single") << u"535"_s << QString() << QString();
    QTest::newRow("words") << u"abc vs 535"_s << QString() << QString();
    QTest::newRow("three") << u"211 235 535"_s << QString() << QString();
    QTest::newRow("malformed") << u"5.7. vs 535"_s << QString() << QString();
    QTest::newRow("huge") << QString(5000, u'5') + u" vs 535"_s << QString() << QString();
}

void tst_Comparison::parsePair()
{
    QFETCH(QString, text);
    QFETCH(QString, left);
    QFETCH(QString, right);
    const auto pair = Comparison::parsePair(text);
    QCOMPARE(pair.has_value(), !left.isEmpty());
    if (pair) {
        QCOMPARE(pair->first, left);
        QCOMPARE(pair->second, right);
    }
}

void tst_Comparison::differentClasses_sayWhichIsWhich()
{
    const Comparison c(Catalogue::builtin(), u"211"_s, u"535"_s);
    QVERIFY(c.left().entry && c.right().entry);
    QVERIFY2(c.summary().startsWith(u"211 is a 2xx Positive Completion reply, while 535 is a 5xx"),
             qPrintable(c.summary()));
    QVERIFY(c.heading().startsWith(u"SMTP 211 "));
    QVERIFY(c.heading().contains(u" vs 535 "));
}

void tst_Comparison::sameClass_saysBoth()
{
    const Comparison c(Catalogue::builtin(), u"235"_s, u"250"_s);
    QCOMPARE(c.summary(), u"Both belong to 2xx Positive Completion."_s);
}

void tst_Comparison::basicWithItsEnhancedCode_explainsTheQualifier()
{
    const Comparison c(Catalogue::builtin(), u"535"_s, u"5.7.8"_s);
    QCOMPARE(c.right().entry->key, u"X.7.8"_s);
    QVERIFY2(c.summary().contains(u"5.7.8 is an enhanced status code that qualifies a 535 reply"),
             qPrintable(c.summary()));
}

void tst_Comparison::codeWithItself_saysSo()
{
    const Comparison c(Catalogue::builtin(), u"550"_s, u"550"_s);
    QVERIFY(c.summary().contains(u"with itself"));
    for (const auto &row : c.keyDifferences())
        QVERIFY2(row.same, qPrintable(row.label));
}

void tst_Comparison::unknownCodes_areComparedByDigits()
{
    const Comparison c(Catalogue::builtin(), u"577"_s, u"4.9.99"_s);
    QVERIFY(!c.left().entry);
    QVERIFY(!c.right().entry);
    QVERIFY(c.description(c.left()).startsWith(u"577 is not registered"));
    QVERIFY(c.summary().contains(u"5xx"));
    QVERIFY(c.summary().contains(u"4.X.X"));
    QCOMPARE(c.title(c.left()), u"Not in the catalogue"_s);
}

void tst_Comparison::keyDifferences_markEqualAndDifferentRows()
{
    const Comparison c(Catalogue::builtin(), u"450"_s, u"550"_s);
    const auto rows = c.keyDifferences();
    QVERIFY(rows.size() >= 7);
    QCOMPARE(rows.first().label, u"Class"_s);
    QVERIFY(!rows.first().same);
    QVERIFY(rows.first().left.contains(u"retry later"));
    QVERIFY(rows.first().right.contains(u"do not retry"));
    QVERIFY(!c.action(c.left()).isEmpty());
    QVERIFY(c.action(c.left()) != c.action(c.right()));
}

void tst_Comparison::vendorKey_showsItsCode()
{
    const Comparison c(Catalogue::builtin(), u"5.7.606@Microsoft"_s, u"5.7.612"_s);
    QCOMPARE(c.left().code, u"5.7.606"_s);
    QCOMPARE(c.left().entry, c.right().entry);
}

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
