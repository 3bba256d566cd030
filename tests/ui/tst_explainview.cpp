#include "explainview.h"
#include "languages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_ExplainView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastedReplyLine_isExplained();
    void pasteAction_readsTheClipboardAndStepsThrough();
    void markupInPaste_isShownLiterally();
    void hugePaste_isCappedAndSaysSo();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    QString shown() const { return child<QTextBrowser>(u"explainBrowser"_s)->toPlainText(); }
    ExplainView *openExplainTab() const
    {
        child<QTabWidget>(u"viewTabs"_s)->setCurrentIndex(2); // the page is built when opened
        return child<ExplainView>(u"explainView"_s);
    }

    LanguageSwitcher m_languages;
    MainWindow *m_window = nullptr;
};

void tst_ExplainView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // each run starts from the defaults
    m_languages.apply(u"en"_s);
}

void tst_ExplainView::init()
{
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ExplainView::cleanup()
{
    delete m_window;
}

void tst_ExplainView::pastedReplyLine_isExplained()
{
    auto *search = child<QLineEdit>(u"searchField"_s);
    search->setText(u"550 5.1.1 <bob@example.org>: Recipient address rejected"_s);
    QVERIFY(child<QTabWidget>(u"viewTabs"_s)
                ->currentWidget()
                ->isAncestorOf(child<ExplainView>(u"explainView"_s)));
    const QString text = shown();
    QVERIFY2(text.contains(u"550: Mailbox unavailable"), qPrintable(text));
    QVERIFY(text.contains(u"5.1.1: Bad Destination Mailbox Address"));
    QVERIFY(text.contains(u"<bob@example.org>"));
    const QString html = child<QTextBrowser>(u"explainBrowser"_s)->toHtml();
    QVERIFY(html.contains(u"font-weight:700") || html.contains(u"font-weight:600"));
}

void tst_ExplainView::pasteAction_readsTheClipboardAndStepsThrough()
{
    QGuiApplication::clipboard()->setText(
        u"S: 220 mx.example.org ESMTP\nC: AUTH LOGIN\nS: 535 5.7.8 Authentication failed\n"
        u"S: 421 4.7.0 Try again later, closing connection"_s);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    auto *view = child<ExplainView>(u"explainView"_s);
    QCOMPARE(view->replies().size(), 3);
    QCOMPARE(child<QLabel>(u"replyPosition"_s)->text(), u"Reply 1 of 3"_s);
    auto *next = child<QPushButton>(u"nextReply"_s);
    auto *previous = child<QPushButton>(u"previousReply"_s);
    QVERIFY(!previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(child<QLabel>(u"replyPosition"_s)->text(), u"Reply 2 of 3"_s);
    QVERIFY(shown().contains(u"535: Authentication credentials invalid"));
    QVERIFY(shown().contains(u"SMTP stage: AUTH"));
    QVERIFY(shown().contains(u"Summary"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(view->currentIndex(), 1);
}

void tst_ExplainView::markupInPaste_isShownLiterally()
{
    auto *view = openExplainTab();
    view->setText(u"550 5.7.1 <img src=file:///etc/passwd> <b>x</b> <a href=x>y</a>"_s);
    QVERIFY(shown().contains(u"<img src=file:///etc/passwd> <b>x</b> <a href=x>y</a>"));
}

void tst_ExplainView::hugePaste_isCappedAndSaysSo()
{
    auto *view = openExplainTab();
    QString huge = u"550 5.1.1 first\n"_s;
    huge += QString(ExplainView::maxTextLength + 10, u'x');
    QCOMPARE(view->setText(huge), 1);
    QVERIFY(shown().contains(u"only its first"));
}

QTEST_MAIN(tst_ExplainView)
#include "tst_explainview.moc"
