#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace SmtpCodes {

struct Language
{
    QString code;       // "en", "zh_CN", "fr", "vi"
    QString nativeName; // shown in the Language menu, never translated
};

// Installs the translators for one of the four languages on the running application.
// Works with QCoreApplication, so the command-line mode shares it.
class LanguageSwitcher final
{
public:
    LanguageSwitcher() = default;
    ~LanguageSwitcher();
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

    static const QList<Language> &languages();
    static bool isSupported(const QString &code);
    // "en, zh_CN, fr, vi", for messages.
    static QString supportedList();
    // zh_CN/zh_* -> zh_CN, fr_* -> fr, vi_* -> vi, anything else -> en.
    static QString fromLocale(const QLocale &locale);
    // "<directory>/smtpcodes_<code>.qm"
    static QString translationFile(const QString &directory, const QString &code);

    // Replaces the installed translators. On failure (unknown code, missing .qm) it keeps
    // English, returns false and says why in errorString().
    bool apply(const QString &code);
    // Where the .qm files are looked up; ":/i18n" (the embedded ones) unless a test says so.
    void setTranslationDirectory(const QString &directory) { m_directory = directory; }
    QString current() const { return m_current; }
    QString errorString() const { return m_error; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
    QString m_error;
    QString m_directory = QStringLiteral(":/i18n");
};

// Renders text in one of the four languages for a moment, whatever the UI language is: a ticket
// note in French while the window stays in English. While it lives, QCoreApplication::translate
// answers in that language only (missing entries fall back to the English source, not to the UI
// language), and the widgets are not told that anything changed.
class TemporaryLanguage final
{
public:
    explicit TemporaryLanguage(const QString &code,
                               const QString &directory = QStringLiteral(":/i18n"));
    ~TemporaryLanguage();
    Q_DISABLE_COPY_MOVE(TemporaryLanguage)

    // False when the code is unknown or its translation is missing; the text is then English.
    bool isLoaded() const { return m_loaded; }

private:
    class Translator;
    class LanguageChangeBlocker;
    std::unique_ptr<LanguageChangeBlocker> m_blocker;
    std::unique_ptr<Translator> m_translator;
    bool m_loaded = false;
};

} // namespace SmtpCodes
