#include "startupsettings.h"

#include "languages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

LanguageChoice chooseStartupLanguage(const QSettings &settings, const QString &requested,
                                     const QLocale &system)
{
    const QString fallback = LanguageSwitcher::fromLocale(system);
    if (LanguageSwitcher::isSupported(requested))
        return {requested, {}};
    switch (settings.status()) {
    case QSettings::NoError:
        break;
    case QSettings::FormatError:
        return {fallback, QCoreApplication::translate(
                              "StartupSettings",
                              "The settings file is damaged; the defaults are used instead.")};
    case QSettings::AccessError:
        return {fallback, QCoreApplication::translate(
                              "StartupSettings",
                              "The settings file cannot be read; the defaults are used instead.")};
    }
    const QString saved = settings.value(u"language"_s).toString();
    if (saved.isEmpty() || LanguageSwitcher::isSupported(saved))
        return {saved.isEmpty() ? fallback : saved, {}};
    return {fallback,
            QCoreApplication::translate("StartupSettings",
                                        "The saved language \"%1\" is not available; using %2.")
                .arg(saved.left(40), fallback)};
}

} // namespace SmtpCodes
