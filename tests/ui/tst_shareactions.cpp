// Copying, printing and exporting what the window shows, and the ticket note in any language.
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"
#include "shareactions.h"
#include "ticketnote.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

namespace {

// Counts the LanguageChange events a widget receives: a ticket note must cause none.
struct LanguageChangeCounter : QObject
{
    explicit LanguageChangeCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::LanguageChange;
        return false;
    }
    int count = 0;
};

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class tst_ShareActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ticketNote_hasEveryPart_data();
    void ticketNote_hasEveryPart();
    void ticketNote_inAnotherLanguage_leavesTheWindowAlone();
    void ticketNote_englishWhileTheWindowIsFrench();
    void ticketNote_unknownLanguageFallsBackToEnglish();
    void ticketLanguage_isRemembered();
    void exportHtml_isAStandalonePage();
    void exportHtml_ofAComparison();
    void exportPdf_writesAPdf();
    void print_toAFilePrinter();
    void export_toAnUnwritablePath_saysWhy();
    void actions_followTheShownPage();
    void restart_restoresHistoryAndComparison();

private:
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }
    ShareActions *share() const { return m_window->findChild<ShareActions *>(); }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"viewTabs"_s); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    LanguageSwitcher m_languages;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void tst_ShareActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_ShareActions::init()
{
    m_languages.apply(u"en"_s);
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ShareActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_languages.apply(u"en"_s);
}

void tst_ShareActions::ticketNote_hasEveryPart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Code: "_s, u"Meaning: "_s, u"Likely cause: "_s,
                                       u"Next step: "_s, u"Who must act: "_s};
    QTest::newRow("fr") << u"fr"_s
                        << QStringList{u"Code\u00a0: "_s, u"Signification\u00a0: "_s,
                                       u"Cause probable\u00a0: "_s, u"Étape suivante\u00a0: "_s,
                                       u"Qui doit agir\u00a0: "_s};
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList{u"代码："_s, u"含义："_s, u"可能原因："_s, u"下一步："_s,
                                          u"需处理方："_s};
    QTest::newRow("vi") << u"vi"_s
                        << QStringList{u"Mã: "_s, u"Ý nghĩa: "_s, u"Nguyên nhân có thể: "_s,
                                       u"Bước tiếp theo: "_s, u"Ai cần xử lý: "_s};
}

void tst_ShareActions::ticketNote_hasEveryPart()
{
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    const Catalogue &catalogue = Catalogue::builtin();
    const QString note = TicketNote::text(catalogue, *catalogue.find(u"550"_s), language);
    for (const QString &label : labels)
        QVERIFY2(note.contains(u'\n' + label) || note.startsWith(label),
                 qPrintable(label + u" missing from\n"_s + note));
    QVERIFY(note.contains(u"550"));
    QVERIFY(note.contains(u"RCPT TO")); // commands stay as they are
    QVERIFY(!note.contains(u'<'));
}

void tst_ShareActions::ticketNote_inAnotherLanguage_leavesTheWindowAlone()
{
    QTest::keyClicks(search(), u"535"_s);
    share()->setTicketLanguage(u"zh_CN"_s);
    const QString title = m_window->windowTitle();
    const QString shown = m_window->findChild<DetailPane *>()->toPlainText();
    LanguageChangeCounter counter(m_window);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    const QString note = QGuiApplication::clipboard()->text();
    QVERIFY2(note.startsWith(u"代码：535 "), qPrintable(note));
    QVERIFY(note.contains(u"身份验证")); // the catalogue text is Chinese too
    QCoreApplication::processEvents();   // a LanguageChange would be delivered here
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->findChild<DetailPane *>()->toPlainText(), shown);
    QCOMPARE(QCoreApplication::translate("TicketNote", "Code"), u"Code"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"535"));
}

void tst_ShareActions::ticketNote_englishWhileTheWindowIsFrench()
{
    m_window->switchLanguage(u"fr"_s);
    QCoreApplication::processEvents();
    QTest::keyClicks(search(), u"421"_s);
    share()->setTicketLanguage(u"en"_s);
    share()->copyTicketNote();
    const QString note = QGuiApplication::clipboard()->text();
    QVERIFY2(note.startsWith(u"Code: 421 "), qPrintable(note));
    // Text the English .qm lacks must come from the source, not from the French UI.
    QVERIFY2(!note.contains(u"serveur"), qPrintable(note));
    QCOMPARE(QCoreApplication::translate("TicketNote", "Meaning"), u"Signification"_s);
}

void tst_ShareActions::ticketNote_unknownLanguageFallsBackToEnglish()
{
    m_languages.apply(u"fr"_s); // the fallback is English, not the interface's French
    const TemporaryLanguage klingon(u"tlh"_s);
    QVERIFY(!klingon.isLoaded());
    QCOMPARE(QCoreApplication::translate("TicketNote", "Meaning"), u"Meaning"_s);
    const TemporaryLanguage missing(u"vi"_s, m_dir.path());
    QVERIFY(!missing.isLoaded());
    QCOMPARE(QCoreApplication::translate("TicketNote", "Meaning"), u"Meaning"_s);
}

void tst_ShareActions::ticketLanguage_isRemembered()
{
    auto *menu = m_window->findChild<QMenu *>(u"ticketLanguageMenu"_s);
    QVERIFY(menu);
    QAction *vietnamese = nullptr;
    for (QAction *item : menu->actions())
        if (item->data().toString() == u"vi")
            vietnamese = item;
    QVERIFY(vietnamese);
    vietnamese->trigger();
    QCOMPARE(share()->ticketLanguage(), u"vi"_s);
    delete m_window;
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    QCOMPARE(share()->ticketLanguage(), u"vi"_s);
    share()->setTicketLanguage(QString());
}

void tst_ShareActions::exportHtml_isAStandalonePage()
{
    QTest::keyClicks(search(), u"5.1.1"_s);
    const QString path = m_dir.filePath(u"entry.html"_s);
    QVERIFY(share()->exportHtml(path));
    const QString html = readUtf8(path);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(html.contains(u"<html lang=\"en\">"));
    QVERIFY(html.contains(u"<title>X.1.1 Bad Destination Mailbox Address</title>"));
    QVERIFY(html.contains(u"How to fix"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"entry.html"));
}

void tst_ShareActions::exportHtml_ofAComparison()
{
    m_window->switchLanguage(u"vi"_s);
    m_window->showComparison(u"450"_s, u"550"_s);
    const QString path = m_dir.filePath(u"compare.html"_s);
    QVERIFY(share()->exportHtml(path));
    const QString html = readUtf8(path);
    QVERIFY(html.contains(u"<html lang=\"vi\">"));
    QVERIFY(html.contains(u"450"));
    QVERIFY(html.contains(u"550"));
    QVERIFY(html.contains(u"<table"));
}

void tst_ShareActions::exportPdf_writesAPdf()
{
    QTest::keyClicks(search(), u"535"_s);
    const QString path = m_dir.filePath(u"entry.pdf"_s);
    QVERIFY(share()->exportPdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
    file.close();
    // Exporting again over it replaces the whole file with a complete PDF.
    QVERIFY(share()->exportPdf(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().trimmed().endsWith("%%EOF"));
}

void tst_ShareActions::print_toAFilePrinter()
{
    m_window->showComparison(u"211"_s, u"535"_s);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    share()->printTo(&printer);
    QVERIFY(QFile(path).size() > 2000);
    QVERIFY(action(u"printAction"_s)->shortcut() == QKeySequence::Print);
}

void tst_ShareActions::export_toAnUnwritablePath_saysWhy()
{
    QTest::keyClicks(search(), u"535"_s);
    const QString path = m_dir.filePath(u"no/such/folder/entry.pdf"_s);
    QVERIFY(!share()->exportPdf(path));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Could not write"));
    QVERIFY(!share()->exportHtml(m_dir.filePath(u"no/such/folder/entry.html"_s)));
    QVERIFY(!QFile::exists(path));
}

void tst_ShareActions::actions_followTheShownPage()
{
    QTest::keyClicks(search(), u"535"_s);
    QVERIFY(action(u"printAction"_s)->isEnabled());
    QVERIFY(action(u"copyTicketNoteAction"_s)->isEnabled());
    m_window->explainText(u"550 5.1.1 <bob@example.org>: Recipient address rejected"_s);
    QVERIFY(!action(u"printAction"_s)->isEnabled()); // nothing to print from the Explain tab
    QVERIFY(!action(u"exportPdfAction"_s)->isEnabled());
    m_window->showComparison(u"450"_s, u"550"_s);
    QVERIFY(action(u"exportHtmlAction"_s)->isEnabled());
    QVERIFY(!action(u"copyTicketNoteAction"_s)->isEnabled()); // a note is about one code
    m_window->showComparison(u"450"_s, u"banana"_s);
    QVERIFY(!action(u"exportHtmlAction"_s)->isEnabled());
}

void tst_ShareActions::restart_restoresHistoryAndComparison()
{
    QTest::keyClicks(search(), u"235"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    m_window->findChild<DetailPane *>()->setFocus();
    m_window->showCode(u"535"_s);
    m_window->showComparison(u"421"_s, u"554"_s);
    m_window->close();
    delete m_window;
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(tabs()->currentIndex(), 1);
    QCOMPARE(share()->exportHtml(m_dir.filePath(u"again.html"_s)), true);
    QVERIFY(readUtf8(m_dir.filePath(u"again.html"_s)).contains(u"<title>SMTP 421 "));
    QTest::keySequence(m_window, QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(m_window->findChild<DetailPane *>()->entryKey(), u"235"_s);
    QCOMPARE(tabs()->currentIndex(), 0);
    // A code asked for (`smtp-codes 535`) shows its page, even if it was current behind the
    // restored comparison.
    m_window->showComparison(u"421"_s, u"554"_s);
    m_window->showCode(m_window->findChild<DetailPane *>()->entryKey());
    QCOMPARE(tabs()->currentIndex(), 0);
}

QTEST_MAIN(tst_ShareActions)
#include "tst_shareactions.moc"
