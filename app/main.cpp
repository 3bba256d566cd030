#include "afterfirstpaint.h"
#include "appstyle.h"
#include "catalogue.h"
#include "commandline.h"
#include "firstpaintprobe.h"
#include "fontconfigpreload.h"
#include "languages.h"
#include "mainwindow.h"
#include "startupsettings.h"
#include "textlayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"SMTP Codes"_s);
    QCoreApplication::setApplicationName(u"smtp-codes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPCODES_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isTerminalMode(arguments)) {
        QCoreApplication app(argc, argv); // no display needed
        setApplicationNames();
        return CommandLine::run(QCoreApplication::arguments());
    }

    FontconfigPreload fontconfig;
    QApplication app(argc, argv); // meanwhile waits for the display server
    fontconfig.wait();
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    skipTextShapingInApplication(&app);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(u"SMTP Codes"_s);
    QGuiApplication::setDesktopFileName(u"org.smtpcodes.SmtpCodes"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SMTP Codes: a reference for SMTP reply codes."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: en, zh_CN, fr or vi."_s,
                                        u"language"_s);
    parser.addOption(langOption);
    parser.addPositionalArgument(u"codes"_s,
                                 u"A code to show (535, 5.7.8), or two codes to compare."_s);
    parser.process(app);

    const QString requested = parser.value(langOption);
    if (!requested.isEmpty() && !LanguageSwitcher::isSupported(requested)) {
        std::fprintf(stderr, "smtp-codes: unknown language \"%s\"; use one of: %s\n",
                     qPrintable(requested), qPrintable(LanguageSwitcher::supportedList()));
        return 2;
    }

    LanguageSwitcher languages;
    const LanguageChoice choice = chooseStartupLanguage(QSettings(), requested, QLocale::system());
    QString warning = choice.notice;
    if (!languages.apply(choice.code))
        warning = languages.errorString();

    const Catalogue &catalogue = Catalogue::builtin();
    MainWindow window(catalogue, languages);
    const QStringList codes = parser.positionalArguments();
    if (codes.size() >= 2) {
        window.showComparison(codes.at(0), codes.at(1));
    } else if (codes.size() == 1) {
        if (const CodeEntry *entry = catalogue.lookup(codes.constFirst()))
            window.showCode(entry->key);
        else
            warning = QCoreApplication::translate("main", "No code matches \"%1\".")
                          .arg(codes.constFirst());
    }
    if (!warning.isEmpty())
        window.statusBar()->showMessage(warning);
    FirstPaintProbe::watch(&window);
    window.show();
    // The first paint does not need the icon: decoding it afterwards keeps start-up short.
    runAfterFirstPaint(&window, [] {
        QIcon icon;
        for (int size : {32, 64, 128, 256})
            icon.addFile(u":/icons/%1.png"_s.arg(size), QSize(size, size));
        QGuiApplication::setWindowIcon(icon);
    });
    return app.exec();
}
