#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // terminal mode must not need one
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("SMTPCODES_EXE"), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("SMTPCODES_EXE").isEmpty()); }
    void print_showsTheEntry();
    void print_twoCodes_compares();
    void print_unknownCode_exits1();
    void badUsage_exits2_data();
    void badUsage_exits2();
    void list_json_hasEveryKind();
    void explain_json_isOneObjectPerLine();
    void explain_stdin_summary();
    void explain_binaryAndLongLines_doNotBreakIt();
    void lang_translatesOutput();
    void ticket_inTheChosenLanguage();
    void hostileArguments_getAClearAnswer_data();
    void hostileArguments_getAClearAnswer();
};

void tst_Cli::hostileArguments_getAClearAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("999") << u"999"_s;
    QTest::newRow("0.0.0") << u"0.0.0"_s;
    QTest::newRow("5.999.999") << u"5.999.999"_s;
    QTest::newRow("5.7.") << u"5.7."_s;
    QTest::newRow("10,000 digits") << QString(10000, u'5');
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x93\xA7 550?");
    QTest::newRow("rtl mark") << QString::fromUtf8("\xE2\x80\x8F"
                                                   "abc");
    QTest::newRow("markup") << u"<b>x</b><img src=file:///etc/passwd>"_s;
}

void tst_Cli::hostileArguments_getAClearAnswer()
{
    QFETCH(QString, text);
    const Result printed = run({u"--print"_s, text, u"--lang"_s, u"en"_s});
    QCOMPARE(printed.exitCode, 1);
    QVERIFY(printed.err.startsWith(u"smtp-codes: "));
    QVERIFY(printed.err.contains(u"is not in the catalogue"));
    const Result explained = run({u"--explain"_s, text, u"--lang"_s, u"en"_s});
    QCOMPARE(explained.exitCode, 0);
    QCOMPARE(explained.out, u"No SMTP reply code found.\n"_s);
}

void tst_Cli::print_showsTheEntry()
{
    const Result r = run({u"--print"_s, u"535"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"535: "));
    QVERIFY(r.out.contains(u"How to fix"));
    QVERIFY(r.err.isEmpty());
}

void tst_Cli::print_twoCodes_compares()
{
    const Result r = run({u"--print"_s, u"211"_s, u"535"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"SMTP 211 "));
    QVERIFY(r.out.contains(u"Key differences"));
}

void tst_Cli::print_unknownCode_exits1()
{
    const Result r = run({u"--print"_s, u"577"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(u"577 is not in the catalogue"));
    QCOMPARE(r.err.count(u'\n'), 1);
}

void tst_Cli::badUsage_exits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s};
    QTest::newRow("unknown language") << QStringList{u"--list"_s, u"--lang"_s, u"tlh"_s};
    QTest::newRow("two modes") << QStringList{u"--list"_s, u"--print"_s, u"535"_s};
    QTest::newRow("print nothing") << QStringList{u"--print"_s};
    QTest::newRow("print three") << QStringList{u"--print"_s, u"1"_s, u"2"_s, u"3"_s};
    QTest::newRow("summary alone") << QStringList{u"--summary"_s};
    QTest::newRow("ticket nothing") << QStringList{u"--ticket"_s};
    QTest::newRow("ticket json") << QStringList{u"--ticket"_s, u"535"_s, u"--json"_s};
}

void tst_Cli::badUsage_exits2()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(u"smtp-codes: "));
    QCOMPARE(r.err.count(u'\n'), 1);
}

void tst_Cli::list_json_hasEveryKind()
{
    const Result r = run({u"--list"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    int basic = 0, enhanced = 0, vendor = 0;
    QSet<QString> kinds;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(u"title").toString().isEmpty());
        kinds.insert(o.value(u"kind").toString());
        const QString kind = o.value(u"kind").toString();
        const QString provenance = o.value(u"provenance").toString();
        basic += kind == u"basic" && provenance == u"standard";
        enhanced += o.value(u"code").toString().startsWith(u"X.") && kind == u"enhanced";
        vendor += provenance != u"standard";
    }
    QVERIFY2(basic >= 45, qPrintable(QString::number(basic)));
    QVERIFY2(enhanced >= 81, qPrintable(QString::number(enhanced)));
    QVERIFY2(vendor >= 25, qPrintable(QString::number(vendor)));
    for (const char *kind : {"basic", "enhanced", "class", "subject"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void tst_Cli::explain_json_isOneObjectPerLine()
{
    const Result r = run({u"--explain"_s, u"-"_s, u"--json"_s, u"--lang"_s, u"en"_s},
                         "535 5.7.8 Username and Password not accepted\nhello\n571 denied\n");
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(first.value(u"basic").toString(), u"535"_s);
    QCOMPARE(first.value(u"enhanced").toString(), u"5.7.8"_s);
    QVERIFY(!first.value(u"basic_title").toString().isEmpty());
    QCOMPARE(first.value(u"known").toBool(), true);
    const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QVERIFY(second.value(u"basic").isNull());
    QVERIFY(second.value(u"enhanced_title").isNull());
    QCOMPARE(second.value(u"input").toString(), u"hello"_s);
    QCOMPARE(second.value(u"known").toBool(), false);
}

void tst_Cli::explain_stdin_summary()
{
    const Result r = run({u"--explain"_s, u"-"_s, u"--summary"_s, u"--lang"_s, u"en"_s},
                         "550 5.1.1 a\n550 5.1.1 b\n451 4.7.1 greylisted\nnoise\n");
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines[0].trimmed().startsWith(u"2\t550 5.1.1"));
    QVERIFY2(r.out.contains(u"3 replies found; lines read: 4."), qPrintable(r.out));
}

void tst_Cli::explain_binaryAndLongLines_doNotBreakIt()
{
    QByteArray input(2 * 1024 * 1024, 'a'); // one 2 MB line, no newline
    static const char tail[] = "\n\x00\xff\xfe binary\n550 5.1.1 after\n";
    input += QByteArray(tail, sizeof(tail) - 1);
    const Result r = run({u"--explain"_s, u"-"_s, u"--json"_s}, input);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"\"basic\":\"550\""));
}

void tst_Cli::ticket_inTheChosenLanguage()
{
    const Result en = run({u"--ticket"_s, u"5.7.1"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(en.exitCode, 0);
    const QStringList lines = en.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(u"Code: X.7.1 "), qPrintable(en.out));
    for (const char *label : {"Meaning: ", "Likely cause: ", "Next step: ", "Who must act: "})
        QVERIFY2(en.out.contains(u'\n' + QLatin1String(label)), label);
    const Result zh = run({u"--ticket"_s, u"5.7.1"_s, u"--lang"_s, u"zh_CN"_s});
    QVERIFY2(zh.out.startsWith(u"代码：X.7.1 "), qPrintable(zh.out));
    QVERIFY(zh.out.contains(u"\n下一步："));
    const Result unknown = run({u"--ticket"_s, u"577"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
}

void tst_Cli::lang_translatesOutput()
{
    const Result en = run({u"--print"_s, u"535"_s, u"--lang"_s, u"en"_s});
    const Result fr = run({u"--print"_s, u"535"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(fr.exitCode, 0);
    QVERIFY(fr.out != en.out);
    QVERIFY(fr.out.startsWith(u"535"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
