#pragma once

#include <QLocale>
#include <QSettings>
#include <QString>

namespace SmtpCodes {

struct LanguageChoice
{
    QString code;   // one of LanguageSwitcher::languages()
    QString notice; // what went wrong with the settings, said once in the status bar
};

// The language to start in: --lang wins, then the saved choice, then the system locale.
// A damaged or unreadable settings file, or a saved language we do not have, falls back to
// the defaults and says so in `notice`.
LanguageChoice chooseStartupLanguage(const QSettings &settings, const QString &requested,
                                     const QLocale &system);

} // namespace SmtpCodes
