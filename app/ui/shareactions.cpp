#include "shareactions.h"

#include "catalogue.h"
#include "comparison.h"
#include "entrytext.h"
#include "languages.h"
#include "ticketnote.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ShareActions::ShareActions(const Catalogue &catalogue, const LanguageSwitcher &languages,
                           ShownPageProvider shownPage, QWidget *window)
    : QObject(window)
    , m_catalogue(catalogue)
    , m_languages(languages)
    , m_shownPage(std::move(shownPage))
    , m_window(window)
{
    m_copyText = new QAction(this);
    m_copyText->setShortcut(QKeySequence::Copy); // text fields keep Ctrl+C for themselves
    connect(m_copyText, &QAction::triggered, this, [this] { copyText(false); });
    m_copyMarkdown = new QAction(this);
    m_copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyMarkdown, &QAction::triggered, this, [this] { copyText(true); });
    m_copyTicket = new QAction(this);
    m_copyTicket->setObjectName(u"copyTicketNoteAction"_s);
    m_copyTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_copyTicket, &QAction::triggered, this, &ShareActions::copyTicketNote);

    m_ticketLanguageMenu = new QMenu(window);
    m_ticketLanguageMenu->setObjectName(u"ticketLanguageMenu"_s);
    m_ticketLanguageGroup = new QActionGroup(this);
    m_sameAsInterface = m_ticketLanguageMenu->addAction(QString());
    m_sameAsInterface->setCheckable(true);
    m_ticketLanguageGroup->addAction(m_sameAsInterface);
    m_ticketLanguageMenu->addSeparator();
    for (const Language &language : LanguageSwitcher::languages()) {
        QAction *action = m_ticketLanguageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        m_ticketLanguageGroup->addAction(action);
    }
    connect(m_ticketLanguageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setTicketLanguage(action->data().toString()); });
    const QString saved = QSettings().value(u"ticketLanguage"_s).toString();
    m_ticketLanguage = LanguageSwitcher::isSupported(saved) ? saved : QString();
    checkTicketLanguage();

    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ShareActions::print);
    m_exportPdf = new QAction(this);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdf, &QAction::triggered, this, [this] { askAndExport(u"pdf"_s); });
    m_exportHtml = new QAction(this);
    m_exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportHtml, &QAction::triggered, this, [this] { askAndExport(u"html"_s); });
    for (QAction *action : {m_print, m_exportPdf, m_exportHtml})
        action->setObjectName(action == m_print       ? u"printAction"_s
                              : action == m_exportPdf ? u"exportPdfAction"_s
                                                      : u"exportHtmlAction"_s);
}

void ShareActions::addFileActions(QMenu *menu) const
{
    menu->addActions({m_print, m_exportPdf, m_exportHtml});
}

void ShareActions::addCopyActions(QMenu *menu) const
{
    menu->addActions({m_copyText, m_copyMarkdown, m_copyTicket});
    menu->addMenu(m_ticketLanguageMenu);
}

void ShareActions::retranslate()
{
    m_copyText->setText(tr("Copy as &Text"));
    m_copyMarkdown->setText(tr("Copy as &Markdown"));
    m_copyTicket->setText(tr("Copy as T&icket Note"));
    m_copyTicket->setStatusTip(
        tr("Copy the code, its meaning, the likely cause, the next step and who must act."));
    m_ticketLanguageMenu->setTitle(tr("Tic&ket Note Language"));
    m_sameAsInterface->setText(tr("Same as the Interface"));
    m_print->setText(tr("&Print…"));
    m_exportPdf->setText(tr("Export as P&DF…"));
    m_exportHtml->setText(tr("Export as &HTML…"));
}

void ShareActions::updateEnabled()
{
    const ShownPage page = m_shownPage();
    for (QAction *action : {m_print, m_exportPdf, m_exportHtml, m_copyText, m_copyMarkdown})
        action->setEnabled(page.kind != ShownPage::Kind::None);
    m_copyTicket->setEnabled(entryOf(page) != nullptr);
}

void ShareActions::setTicketLanguage(const QString &code)
{
    m_ticketLanguage = LanguageSwitcher::isSupported(code) ? code : QString();
    checkTicketLanguage();
    QSettings().setValue(u"ticketLanguage"_s, m_ticketLanguage);
}

void ShareActions::checkTicketLanguage()
{
    for (QAction *action : m_ticketLanguageGroup->actions())
        action->setChecked(action->data().toString() == m_ticketLanguage);
}

const CodeEntry *ShareActions::entryOf(const ShownPage &page) const
{
    return page.kind == ShownPage::Kind::Entry ? m_catalogue.find(page.key) : nullptr;
}

void ShareActions::copyText(bool markdown) const
{
    const ShownPage page = m_shownPage();
    if (page.kind == ShownPage::Kind::Comparison) {
        QGuiApplication::clipboard()->setText(
            EntryText::comparison(Comparison(m_catalogue, page.left, page.right)));
        return;
    }
    if (const CodeEntry *entry = entryOf(page))
        QGuiApplication::clipboard()->setText(
            EntryText::entry(m_catalogue, *entry,
                             markdown ? EntryText::Format::Markdown : EntryText::Format::Plain));
}

void ShareActions::copyTicketNote()
{
    const CodeEntry *entry = entryOf(m_shownPage());
    if (!entry)
        return;
    const QString language = m_ticketLanguage.isEmpty() ? m_languages.current() : m_ticketLanguage;
    QGuiApplication::clipboard()->setText(TicketNote::text(m_catalogue, *entry, language));
    Q_EMIT message(tr("Ticket note for %1 copied.").arg(entry->code));
}

bool ShareActions::exportHtml(const QString &path)
{
    QString error;
    return reportExport(
        PageOutput::writeHtml(m_catalogue, m_shownPage(), m_languages.current(), path, &error),
        path, error);
}

bool ShareActions::exportPdf(const QString &path)
{
    QString error;
    return reportExport(PageOutput::writePdf(m_catalogue, m_shownPage(), path, &error), path,
                        error);
}

bool ShareActions::reportExport(bool written, const QString &path, const QString &error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    Q_EMIT message(written ? tr("Saved %1.").arg(shownPath)
                           : tr("Could not write %1: %2").arg(shownPath, error));
    return written;
}

void ShareActions::printTo(QPrinter *printer) const
{
    PageOutput::print(m_catalogue, m_shownPage(), printer);
}

void ShareActions::askAndExport(const QString &suffix)
{
    const ShownPage page = m_shownPage();
    if (page.kind == ShownPage::Kind::None)
        return;
    QSettings settings;
    const QString folder = settings.value(u"exportFolder"_s, QDir::homePath()).toString();
    const bool pdf = suffix == u"pdf";
    const QString path = QFileDialog::getSaveFileName(
        m_window, pdf ? tr("Export as PDF") : tr("Export as HTML"),
        QDir(folder).filePath(PageOutput::suggestedFileName(page, suffix)),
        pdf ? tr("PDF documents (*.pdf)") : tr("HTML pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"exportFolder"_s, QFileInfo(path).absolutePath());
    if (pdf)
        exportPdf(path);
    else
        exportHtml(path);
}

void ShareActions::print()
{
    if (m_shownPage().kind == ShownPage::Kind::None)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(PageOutput::title(m_catalogue, m_shownPage())));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace SmtpCodes
