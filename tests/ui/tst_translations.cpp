#include "catalogue.h"
#include "cataloguetext.h"
#include "languages.h"

#include <QDir>
#include <QTest>
#include <QTranslator>

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
};

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

void tst_Translations::englishPlurals()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("SmtpCodes::MainWindow", "%n code(s) shown", nullptr, 1),
             u"1 code shown"_s);
    QCOMPARE(QCoreApplication::translate("SmtpCodes::MainWindow", "%n code(s) shown", nullptr, 3),
             u"3 codes shown"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
