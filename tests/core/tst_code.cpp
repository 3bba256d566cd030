#include "code.h"

#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_Code : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindOf_data();
    void kindOf();
    void registryForm();
    void lessThan_ordersAsAReaderExpects();
    void classAndSubject();
};

void tst_Code::kindOf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind"); // -1: malformed
    QTest::newRow("basic") << u"535"_s << int(CodeKind::Basic);
    QTest::newRow("registry") << u"X.7.8"_s << int(CodeKind::Enhanced);
    QTest::newRow("class-specific") << u"5.7.606"_s << int(CodeKind::Enhanced);
    QTest::newRow("basic class") << u"5xx"_s << int(CodeKind::Class);
    QTest::newRow("enhanced class") << u"4.X.X"_s << int(CodeKind::Class);
    QTest::newRow("category") << u"x3x"_s << int(CodeKind::Category);
    QTest::newRow("subject") << u"X.7.X"_s << int(CodeKind::Subject);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("four digits") << u"5355"_s << -1;
    QTest::newRow("first digit 6") << u"650"_s << -1;
    QTest::newRow("enhanced class 3") << u"3.1.1"_s << -1;
    QTest::newRow("too long part") << u"5.1234.1"_s << -1;
    QTest::newRow("trailing dot") << u"5.7."_s << -1;
    QTest::newRow("letters") << u"abc"_s << -1;
    QTest::newRow("category 6") << u"x6x"_s << -1;
}

void tst_Code::kindOf()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    const auto found = Code::kindOf(code);
    QCOMPARE(found ? int(*found) : -1, kind);
}

void tst_Code::registryForm()
{
    QCOMPARE(Code::registryForm(u"5.7.8"), u"X.7.8"_s);
    QCOMPARE(Code::registryForm(u"4.7.8"), u"X.7.8"_s);
    QCOMPARE(Code::registryForm(u"535"), u"535"_s);
    QCOMPARE(Code::registryForm(u"X.7.8"), u"X.7.8"_s);
}

void tst_Code::lessThan_ordersAsAReaderExpects()
{
    QStringList codes = {u"X.7.X"_s, u"5.7.606"_s, u"X.7.10"_s, u"X.7.8"_s,
                         u"535"_s,   u"5xx"_s,     u"250"_s,    u"X.1.1"_s};
    std::sort(codes.begin(), codes.end(), Code::lessThan);
    const QStringList expected = {u"250"_s,    u"535"_s,     u"X.1.1"_s, u"X.7.8"_s,
                                  u"X.7.10"_s, u"5.7.606"_s, u"5xx"_s,   u"X.7.X"_s};
    QCOMPARE(codes, expected);
}

void tst_Code::classAndSubject()
{
    QCOMPARE(Code::classDigit(u"535"), QChar(u'5'));
    QCOMPARE(Code::classDigit(u"X.7.8"), QChar());
    QCOMPARE(Code::subjectNumber(u"535"), 3);
    QCOMPARE(Code::subjectNumber(u"5.7.606"), 7);
    QCOMPARE(Code::subjectNumber(u"5xx"), -1);
}

QTEST_GUILESS_MAIN(tst_Code)
#include "tst_code.moc"
