#include "startupsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_StartupSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requested_winsOverEverything();
    void savedLanguage_isUsed();
    void noSettings_followsTheLocale();
    void corruptFile_usesDefaultsAndSaysSo();
    void unknownSavedLanguage_fallsBackAndSaysSo();
    void unreadableFile_usesDefaultsAndSaysSo();

private:
    QString writeIni(const QByteArray &content);
    QTemporaryDir m_dir;
};

QString tst_StartupSettings::writeIni(const QByteArray &content)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"settings%1.ini"_s.arg(++n));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void tst_StartupSettings::requested_winsOverEverything()
{
    const QSettings settings(writeIni("language=vi\n"), QSettings::IniFormat);
    const auto choice = chooseStartupLanguage(settings, u"fr"_s, QLocale(u"zh_CN"_s));
    QCOMPARE(choice.code, u"fr"_s);
    QVERIFY(choice.notice.isEmpty());
}

void tst_StartupSettings::savedLanguage_isUsed()
{
    const QSettings settings(writeIni("language=vi\n"), QSettings::IniFormat);
    QCOMPARE(chooseStartupLanguage(settings, {}, QLocale(u"fr_FR"_s)).code, u"vi"_s);
}

void tst_StartupSettings::noSettings_followsTheLocale()
{
    const QSettings settings(writeIni(""), QSettings::IniFormat);
    QCOMPARE(chooseStartupLanguage(settings, {}, QLocale(u"zh_CN"_s)).code, u"zh_CN"_s);
    QCOMPARE(chooseStartupLanguage(settings, {}, QLocale(u"de_DE"_s)).code, u"en"_s);
}

void tst_StartupSettings::corruptFile_usesDefaultsAndSaysSo()
{
    const QString path = writeIni("[General\nlanguage=\"fr\n\x01\x02garbage=[[[\n");
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.status(), QSettings::FormatError);
    const auto choice = chooseStartupLanguage(settings, {}, QLocale(u"vi_VN"_s));
    QCOMPARE(choice.code, u"vi"_s);
    QVERIFY(choice.notice.contains(u"damaged"));
}

void tst_StartupSettings::unknownSavedLanguage_fallsBackAndSaysSo()
{
    const QSettings settings(writeIni("language=<b>tlh</b>\n"), QSettings::IniFormat);
    const auto choice = chooseStartupLanguage(settings, {}, QLocale(u"fr_CA"_s));
    QCOMPARE(choice.code, u"fr"_s);
    QVERIFY(choice.notice.contains(u"\"<b>tlh</b>\" is not available"));
}

void tst_StartupSettings::unreadableFile_usesDefaultsAndSaysSo()
{
    // A directory where the file should be cannot be read, even by root.
    const QString path = m_dir.filePath(u"unreadable.ini"_s);
    QVERIFY(QDir().mkpath(path));
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.status(), QSettings::AccessError);
    const auto choice = chooseStartupLanguage(settings, {}, QLocale(u"en_US"_s));
    QCOMPARE(choice.code, u"en"_s);
    QVERIFY(choice.notice.contains(u"cannot be read"));
}

QTEST_GUILESS_MAIN(tst_StartupSettings)
#include "tst_startupsettings.moc"
