#pragma once

#include "pageoutput.h"

#include <QObject>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QPrinter;
class QWidget;

namespace SmtpCodes {

class Catalogue;
class LanguageSwitcher;
struct CodeEntry;

// Everything that takes the shown page elsewhere: the clipboard (text, Markdown, ticket note),
// the printer, and PDF or HTML files.
class ShareActions final : public QObject
{
    Q_OBJECT
public:
    using ShownPageProvider = std::function<ShownPage()>;

    ShareActions(const Catalogue &catalogue, const LanguageSwitcher &languages,
                 ShownPageProvider shownPage, QWidget *window);

    void addFileActions(QMenu *menu) const;
    void addCopyActions(QMenu *menu) const;
    void retranslate();
    // Enables what applies to the page now shown.
    void updateEnabled();

    // The language of ticket notes: "en", "zh_CN", "fr", "vi", or empty for the UI language.
    QString ticketLanguage() const { return m_ticketLanguage; }
    void setTicketLanguage(const QString &code);

    void copyText(bool markdown) const;
    void copyTicketNote();
    bool exportHtml(const QString &path);
    bool exportPdf(const QString &path);
    void printTo(QPrinter *printer) const;

Q_SIGNALS:
    // A result or a problem to show in the status bar.
    void message(const QString &text);

private:
    void askAndExport(const QString &suffix);
    void checkTicketLanguage();
    bool reportExport(bool written, const QString &path, const QString &error);
    void print();
    // The entry a page shows; nullptr for a comparison or nothing.
    const CodeEntry *entryOf(const ShownPage &page) const;

    const Catalogue &m_catalogue;
    const LanguageSwitcher &m_languages;
    ShownPageProvider m_shownPage;
    QWidget *m_window;
    QString m_ticketLanguage;
    QAction *m_copyText = nullptr;
    QAction *m_copyMarkdown = nullptr;
    QAction *m_copyTicket = nullptr;
    QMenu *m_ticketLanguageMenu = nullptr;
    QActionGroup *m_ticketLanguageGroup = nullptr;
    QAction *m_sameAsInterface = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
};

} // namespace SmtpCodes
