#include "catalogue.h"
#include "cataloguetext.h"
#include "languages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLanguage_isEmbedded();
    void localeFallback_data();
    void localeFallback();
    void unknownLanguage_keepsEnglishAndSaysWhy();
    void englishPlurals();
    void missingTranslation_fallsBackToEnglishAndSaysWhy();
    void placeholdersCodesAndCommands_surviveTranslation_data();
    void placeholdersCodesAndCommands_surviveTranslation();
    void catalogueText_isTranslatedInEveryLanguage();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = {context, {}, {}};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
            messages.append(current);
        } else if (xml.name() == u"translation") {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty()) {
                current.translations = {text};
                messages.append(current);
            }
        }
    }
    return messages;
}

// Tokens that must appear unchanged: placeholders, codes, SMTP commands.
QStringList protectedTokens(const QString &text)
{
    static const QRegularExpression tokens(
        u"%[1-9n]|(?<!\\w)(?<![0-9]\\.)(?:[245X]\\.[0-9X]{1,3}\\.[0-9X]{1,3}|[1-5][0-9]{2})"
        u"(?!\\w|\\.[0-9])"
        u"|\\b(?:EHLO|HELO|MAIL FROM|RCPT TO|STARTTLS|AUTH)\\b"_s);
    QStringList found;
    for (auto it = tokens.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

} // namespace

void tst_Translations::everyLanguage_isEmbedded()
{
    for (const Language &language : LanguageSwitcher::languages()) {
        QTranslator translator;
        QVERIFY2(translator.load(u":/i18n/smtpcodes_"_s + language.code + u".qm"_s),
                 qPrintable(language.code));
    }
}

void tst_Translations::localeFallback_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("zh_SG") << u"zh_SG"_s << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"en"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("vi_VN") << u"vi_VN"_s << u"vi"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void tst_Translations::localeFallback()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageSwitcher::fromLocale(QLocale(locale)), language);
}

void tst_Translations::unknownLanguage_keepsEnglishAndSaysWhy()
{
    LanguageSwitcher switcher;
    QVERIFY(!switcher.apply(u"klingon"_s));
    QCOMPARE(switcher.current(), u"en"_s);
    QVERIFY(switcher.errorString().contains(u"klingon"));
    QVERIFY(switcher.errorString().contains(u"zh_CN"));
}

void tst_Translations::missingTranslation_fallsBackToEnglishAndSaysWhy()
{
    LanguageSwitcher switcher;
    switcher.setTranslationDirectory(QStringLiteral(SMTPCODES_TEST_DATA "/no-translations"));
    QVERIFY(!switcher.apply(u"fr"_s));
    QCOMPARE(switcher.current(), u"en"_s);
    QVERIFY(switcher.errorString().contains(u"missing"));
    QCOMPARE(QCoreApplication::translate("EntryLabels", "How to fix"), u"How to fix"_s);
}

void tst_Translations::englishPlurals()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("SmtpCodes::MainWindow", "%n code(s) shown", nullptr, 1),
             u"1 code shown"_s);
    QCOMPARE(QCoreApplication::translate("SmtpCodes::MainWindow", "%n code(s) shown", nullptr, 3),
             u"3 codes shown"_s);
}

void tst_Translations::placeholdersCodesAndCommands_surviveTranslation_data()
{
    QTest::addColumn<QString>("language");
    for (const Language &language : LanguageSwitcher::languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void tst_Translations::placeholdersCodesAndCommands_surviveTranslation()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(
        QStringLiteral(SMTPCODES_SOURCE_DIR "/translations/smtpcodes_") + language + u".ts"_s);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &m : messages) {
        const QStringList expected = protectedTokens(m.source);
        for (const QString &translation : m.translations) {
            QStringList found = protectedTokens(translation);
            // A token may appear more often in the translation, never less.
            for (const QString &token : expected) {
                if (!found.removeOne(token)) {
                    problems.append(u"%1: \"%2\" lost %3 in \"%4\""_s.arg(
                        m.context, m.source.left(60), token, translation.left(80)));
                    break;
                }
            }
            // The catalogue views skip OpenType shaping (skipTextShaping), which is right only
            // for precomposed text without combining marks.
            const bool combining =
                std::any_of(translation.cbegin(), translation.cend(), [](QChar c) {
                    return c.category() == QChar::Mark_NonSpacing ||
                           c.category() == QChar::Mark_Enclosing;
                });
            if (combining || translation != translation.normalized(QString::NormalizationForm_C))
                problems.append(u"%1: \"%2\" is not precomposed (NFC) text"_s.arg(
                    m.context, translation.left(60)));
            if (m.source.count(u'&') == 1 && !m.source.contains(u"& ") &&
                translation.count(u'&') != 1)
                problems.append(u"%1: \"%2\" needs one accelerator"_s.arg(m.context, m.source));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void tst_Translations::catalogueText_isTranslatedInEveryLanguage()
{
    const Catalogue &catalogue = Catalogue::builtin();
    for (const Language &language : LanguageSwitcher::languages()) {
        if (language.code == u"en")
            continue;
        LanguageSwitcher switcher;
        QVERIFY(switcher.apply(language.code));
        int untranslated = 0;
        QString example;
        for (const CodeEntry &entry : catalogue.entries()) {
            if (CatalogueText::description(entry) == entry.description) {
                ++untranslated;
                example = entry.key;
            }
        }
        QVERIFY2(untranslated == 0,
                 qPrintable(u"%1: %2 descriptions untranslated, e.g. %3"_s.arg(language.code)
                                .arg(untranslated)
                                .arg(example)));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
