#include "replyparser.h"

#include <QFile>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

namespace {

// The first reply found in `text`. Finding none fails the test, instead of reading past the end.
FoundReply firstReply(const QString &text)
{
    const QList<FoundReply> replies = ReplyParser::parseText(text);
    if (replies.isEmpty())
        QTest::qFail(qPrintable(u"no reply found in: "_s + text), __FILE__, __LINE__);
    return replies.value(0);
}

} // namespace

class tst_ReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realWorldLines_data();
    void realWorldLines();
    void multiLineReply_isOneReply();
    void continuationDigits_areNotANewCode();
    void transcript_readsStageFromClientCommand();
    void postfixLog_readsStageProviderAndCodes();
    void dsn_readsStatusAndDiagnosticCode();
    void classMismatch_isFlagged();
    void extras_retryDelayAndBlockList();
    void hostileInput_isHandled();
    void prefixes_areSkippedBeforeTheCode_data();
    void prefixes_areSkippedBeforeTheCode();
    void clientCommands_inAnyCase_setTheStage();
    void extras_inAnyCase_andBeyondAscii();
    void invalidUtf16_readsNoReply();
};

// tests/data/reply-lines.tsv: input <TAB> basic <TAB> enhanced ("-" for none); "\n" in the
// input separates lines of a multi-line paste. Lines starting with # are comments.
void tst_ReplyParser::realWorldLines_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("basic");
    QTest::addColumn<QString>("enhanced");
    QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/reply-lines.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        QVERIFY2(cols.size() == 3, qPrintable(u"reply-lines.tsv:%1"_s.arg(lineNumber)));
        auto field = [](const QString &s) { return s == u"-" ? QString() : s; };
        QTest::addRow("%d", lineNumber)
            << QString(cols[0]).replace(u"\\n"_s, u"\n"_s) << field(cols[1]) << field(cols[2]);
        ++rows;
    }
    QVERIFY2(rows >= 150, "reply-lines.tsv needs at least 150 real-world lines");
}

void tst_ReplyParser::realWorldLines()
{
    QFETCH(QString, input);
    QFETCH(QString, basic);
    QFETCH(QString, enhanced);
    const auto replies = ReplyParser::parseText(input);
    if (basic.isEmpty() && enhanced.isEmpty()) {
        QVERIFY2(replies.isEmpty(), qPrintable(input));
        return;
    }
    QVERIFY2(!replies.isEmpty(), qPrintable(input));
    QCOMPARE(replies.first().basic, basic);
    QCOMPARE(replies.first().enhanced, enhanced);
}

void tst_ReplyParser::multiLineReply_isOneReply()
{
    const auto replies = ReplyParser::parseText(
        u"250-mx.example.org Hello\n250-PIPELINING\n250-SIZE 52428800\n250 SMTPUTF8\n"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].basic, u"250"_s);
    QCOMPARE(replies[0].lineCount, 4);

    const auto gmail = ReplyParser::parseText(
        u"550-5.7.1 [203.0.113.5] Our system has detected an unusual rate of\n"
        u"550-5.7.1 unsolicited mail originating from your IP address.\n"
        u"550 5.7.1 https://support.google.com/mail/?p=UnsolicitedIPError a1si gsmtp"_s);
    QCOMPARE(gmail.size(), 1);
    QCOMPARE(gmail[0].enhanced, u"5.7.1"_s);
    QCOMPARE(gmail[0].provider, u"Google"_s);
}

void tst_ReplyParser::continuationDigits_areNotANewCode()
{
    const auto replies = ReplyParser::parseText(u"250-234 Text beginning with numbers\n250 OK"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].basic, u"250"_s);
    QCOMPARE(replies[0].enhanced, QString());
}

void tst_ReplyParser::transcript_readsStageFromClientCommand()
{
    const auto replies = ReplyParser::parseText(
        u"S: 220 mx.example.org ESMTP\nC: EHLO client.example.com\nS: 250 mx.example.org\n"
        u"C: MAIL FROM:<alice@example.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<bob@example.org>\n"
        u"S: 550 5.1.1 <bob@example.org>: Recipient address rejected\nC: QUIT\nS: 221 2.0.0 Bye"_s);
    QCOMPARE(replies.size(), 5);
    QCOMPARE(replies[0].stage, QString());
    QCOMPARE(replies[2].stage, u"MAIL FROM"_s);
    QCOMPARE(replies[3].basic, u"550"_s);
    QCOMPARE(replies[3].stage, u"RCPT TO"_s);
    QCOMPARE(replies[3].input.mid(replies[3].basicPos, 3), u"550"_s);
    QCOMPARE(replies[3].input.mid(replies[3].enhancedPos, 5), u"5.1.1"_s);
}

void tst_ReplyParser::postfixLog_readsStageProviderAndCodes()
{
    const auto replies = ReplyParser::parseText(
        u"Nov 23 10:15:01 mail postfix/smtp[1234]: 4B2C81A2: to=<bob@example.org>, "
        u"relay=example-org.mail.protection.outlook.com[203.0.113.7]:25, delay=1.2, "
        u"status=bounced (host example-org.mail.protection.outlook.com[203.0.113.7] said: "
        u"550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod."
        u"outlook.com] (in reply to RCPT TO command))"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].basic, u"550"_s);
    QCOMPARE(replies[0].enhanced, u"5.4.1"_s);
    QCOMPARE(replies[0].stage, u"RCPT TO"_s);
    QCOMPARE(replies[0].provider, u"Microsoft"_s);
}

void tst_ReplyParser::dsn_readsStatusAndDiagnosticCode()
{
    const auto replies = ReplyParser::parseText(
        u"Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n"
        u"Remote-MTA: dns; mx.example.org\n"
        u"Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected"_s);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies[0].basic, QString());
    QCOMPARE(replies[0].enhanced, u"5.1.1"_s);
    QCOMPARE(replies[1].basic, u"550"_s);
    QCOMPARE(replies[1].enhanced, u"5.1.1"_s);
}

void tst_ReplyParser::classMismatch_isFlagged()
{
    const auto replies = ReplyParser::parseText(u"550 4.7.23 SPF validation error"_s);
    QCOMPARE(replies.size(), 1);
    QVERIFY(replies[0].classMismatch());
    QVERIFY(!firstReply(u"550 5.7.23 SPF failed"_s).classMismatch());
}

void tst_ReplyParser::extras_retryDelayAndBlockList()
{
    const auto greylist =
        ReplyParser::parseText(u"450 4.2.0 Greylisted, please try again in 300 seconds"_s);
    QCOMPARE(greylist[0].retryDelay, u"300 seconds"_s);
    const auto listed = ReplyParser::parseText(
        u"554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using "
        u"zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9"_s);
    QCOMPARE(listed[0].blockList.toLower(), u"spamhaus"_s);
}

void tst_ReplyParser::hostileInput_isHandled()
{
    QCOMPARE(ReplyParser::parseText(QString()).size(), 0);
    QCOMPARE(ReplyParser::parseText(QString(1000000, u'5')).size(), 0);
    QCOMPARE(ReplyParser::parseText(u"999 what\n0.0.0\n5.999.999\n5.7.\n"_s).size(), 0);
    QCOMPARE(ReplyParser::parseText(u"\u200F550 5.1.1 rtl mark"_s).size(), 1);
    QCOMPARE(ReplyParser::parseText(QString::fromUtf8("\xF0\x9F\x98\x80 \x00\xFF")).size(), 0);
    const auto withNul = ReplyParser::parseText(QString::fromLatin1("550\0 5.1.1", 10));
    QVERIFY(withNul.size() <= 1);
}

// Timestamps, syslog headers and direction markers before a reply (read by hand, not by an
// expression): the code is found where it stands.
void tst_ReplyParser::prefixes_areSkippedBeforeTheCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("basic");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<qsizetype>("basicPos");
    QTest::newRow("syslog") << u"Nov 23 10:15:01 mail postfix/smtpd[99]: 451 4.3.0 Try again"_s
                            << u"451"_s << u"4.3.0"_s << qsizetype(40);
    QTest::newRow("syslog, one-digit day, no pid") << u"Nov  3 10:15:01 host sm-mta: 250 2.0.0 Ok"_s
                                                   << u"250"_s << u"2.0.0"_s << qsizetype(29);
    QTest::newRow("ISO time, fraction and offset")
        << u"2024-01-01T10:00:00.123+05:30 550 5.1.1 Unknown user"_s << u"550"_s << u"5.1.1"_s
        << qsizetype(30);
    QTest::newRow("bracketed date") << u"[2024-01-01 10:00:00] 421 4.7.0 Try later"_s << u"421"_s
                                    << u"4.7.0"_s << qsizetype(22);
    QTest::newRow("time") << u"10:00:00,5 250 OK"_s << u"250"_s << QString() << qsizetype(11);
    QTest::newRow("time, then S:")
        << u"[12:00:00.123] S: 250 OK"_s << u"250"_s << QString() << qsizetype(18);
    QTest::newRow("SERVER -> CLIENT") << u"SERVER -> CLIENT: 535 5.7.8 Bad credentials"_s
                                      << u"535"_s << u"5.7.8"_s << qsizetype(18);
    QTest::newRow("Server :") << u"Server : 250 OK"_s << u"250"_s << QString() << qsizetype(9);
    QTest::newRow("<<<") << u"<<< 550 5.7.1 Denied"_s << u"550"_s << u"5.7.1"_s << qsizetype(4);
    QTest::newRow("->") << u"-> 250 OK"_s << u"250"_s << QString() << qsizetype(3);
    QTest::newRow("**>") << u"**> 250 OK"_s << u"250"_s << QString() << qsizetype(4);
    QTest::newRow("three-digit day is no syslog header")
        << u"Nov 123 10:15:01 host tag: 250 OK"_s << QString() << QString() << qsizetype(-1);
}

void tst_ReplyParser::prefixes_areSkippedBeforeTheCode()
{
    QFETCH(QString, input);
    QFETCH(QString, basic);
    QFETCH(QString, enhanced);
    QFETCH(qsizetype, basicPos);
    const auto replies = ReplyParser::parseText(input);
    if (basic.isEmpty()) {
        QCOMPARE(replies.size(), 0);
        return;
    }
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].basic, basic);
    QCOMPARE(replies[0].enhanced, enhanced);
    QCOMPARE(replies[0].basicPos, basicPos);
}

void tst_ReplyParser::clientCommands_inAnyCase_setTheStage()
{
    QCOMPARE(firstReply(u"ehlo example.org\n250 OK"_s).stage, u"EHLO"_s);
    QCOMPARE(firstReply(u"mail from:<a@example.org>\n250 2.1.0 Ok"_s).stage, u"MAIL FROM"_s);
    QCOMPARE(firstReply(u"DATAX\n250 OK"_s).stage, QString());
    // Case-insensitive as Unicode has it: U+017F (long s) is an s.
    QCOMPARE(firstReply(u"\u017Ftarttls\n220 Ready"_s).stage, u"STARTTLS"_s);
}

void tst_ReplyParser::extras_inAnyCase_andBeyondAscii()
{
    QCOMPARE(firstReply(u"550 5.7.1 Listed by SPAMHAUS"_s).blockList, u"SPAMHAUS"_s);
    QCOMPARE(firstReply(u"550 5.7.1 listed in spamhausx"_s).blockList, QString());
    QCOMPARE(firstReply(u"450 4.7.1 TRY AGAIN IN 5 MINUTES"_s).retryDelay, u"5 MINUTES"_s);
    QCOMPARE(firstReply(u"450 4.2.0 retry in 5 \u017Fecs"_s).retryDelay, u"5 \u017Fecs"_s);
    QCOMPARE(firstReply(u"550 5.7.1 mail rejected GSMTP"_s).provider, u"Google"_s);
    QCOMPARE(firstReply(u"421 4.7.0 r\u00E9essayez, RESOLVER.RST"_s).provider, u"Microsoft"_s);
}

void tst_ReplyParser::invalidUtf16_readsNoReply()
{
    // A lone surrogate (never from UTF-8 input) makes the whole line unreadable, as before.
    QCOMPARE(ReplyParser::parseText(u"550 5.1.1 x"_s + QChar(0xD800)).size(), 0);
    QCOMPARE(ReplyParser::parseText(u"550 5.1.1 x"_s + QChar(0xD83D) + QChar(0xDE00)).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ReplyParser)
#include "tst_replyparser.moc"
