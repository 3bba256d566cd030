#include "languages.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

LanguageSwitcher::~LanguageSwitcher()
{
    removeInstalled();
}

const QList<Language> &LanguageSwitcher::languages()
{
    static const QList<Language> list = {
        {u"en"_s, u"English"_s},
        {u"zh_CN"_s, u"简体中文"_s},
        {u"fr"_s, u"Français"_s},
        {u"vi"_s, u"Tiếng Việt"_s},
    };
    return list;
}

bool LanguageSwitcher::isSupported(const QString &code)
{
    for (const Language &language : languages())
        if (language.code == code)
            return true;
    return false;
}

QString LanguageSwitcher::supportedList()
{
    QStringList codes;
    for (const Language &language : languages())
        codes.append(language.code);
    return codes.join(u", "_s);
}

QString LanguageSwitcher::fromLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        // Traditional-script locales have no translation of their own; Simplified is closer
        // than English for most readers, but only the Simplified locales ask for it.
        return locale.script() == QLocale::TraditionalChineseScript ? u"en"_s : u"zh_CN"_s;
    case QLocale::French:
        return u"fr"_s;
    case QLocale::Vietnamese:
        return u"vi"_s;
    default:
        return u"en"_s;
    }
}

QString LanguageSwitcher::translationFile(const QString &directory, const QString &code)
{
    return directory + u"/smtpcodes_"_s + code + u".qm"_s;
}

void LanguageSwitcher::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool LanguageSwitcher::apply(const QString &code)
{
    m_error.clear();
    QString target = code;
    if (!isSupported(code)) {
        m_error = QCoreApplication::translate("LanguageSwitcher",
                                              "Unknown language \"%1\". Available: %2.")
                      .arg(code, supportedList());
        target = u"en"_s;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(translationFile(m_directory, target))) {
        if (m_error.isEmpty())
            m_error =
                QCoreApplication::translate(
                    "LanguageSwitcher", "The translation for \"%1\" is missing; showing English.")
                    .arg(target);
        app.reset();
        target = u"en"_s;
    }
    auto qt = std::make_unique<QTranslator>();
    if (target == u"en" ||
        !qt->load(u"qtbase_"_s + target, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    removeInstalled();
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    m_current = target;
    return m_error.isEmpty();
}

class TemporaryLanguage::Translator final : public QTranslator
{
public:
    // Answering with the source text stops QCoreApplication from asking the UI's translators.
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }
};

// Installing a translator tells every widget to retranslate itself; a temporary one must not.
class TemporaryLanguage::LanguageChangeBlocker final : public QObject
{
public:
    LanguageChangeBlocker() { QCoreApplication::instance()->installEventFilter(this); }
    ~LanguageChangeBlocker() override { QCoreApplication::instance()->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(LanguageChangeBlocker)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange;
    }
};

TemporaryLanguage::TemporaryLanguage(const QString &code, const QString &directory)
    : m_blocker(std::make_unique<LanguageChangeBlocker>())
    , m_translator(std::make_unique<Translator>())
{
    const QString target = LanguageSwitcher::isSupported(code) ? code : u"en"_s;
    m_loaded = LanguageSwitcher::isSupported(code) &&
               m_translator->load(LanguageSwitcher::translationFile(directory, target));
    // Installed even when empty: English must still shadow the UI language.
    QCoreApplication::installTranslator(m_translator.get());
}

TemporaryLanguage::~TemporaryLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace SmtpCodes
