#include "compareview.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_CompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingAPair_opensTheComparison();
    void swap_exchangesTheSides();
    void changingOneSide_rerenders();
    void confusedWithLink_opensComparisonAtOnce();
    void compareAction_startsFromTheShownCode();
    void markup_isNeverRendered();
    void darkPalette_keepsRowsReadable();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    QString shown() const { return child<QTextBrowser>(u"compareBrowser"_s)->toPlainText(); }

    LanguageSwitcher m_languages;
    MainWindow *m_window = nullptr;
};

void tst_CompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // each run starts from the defaults
    m_languages.apply(u"en"_s);
}

void tst_CompareView::init()
{
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_CompareView::cleanup()
{
    delete m_window;
}

void tst_CompareView::typingAPair_opensTheComparison()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"450 vs 550"_s);
    auto *tabs = child<QTabWidget>(u"viewTabs"_s);
    QVERIFY(tabs->currentWidget()->isAncestorOf(child<CompareView>(u"compareView"_s)));
    QCOMPARE(child<QLineEdit>(u"compareLeft"_s)->text(), u"450"_s);
    QCOMPARE(child<QLineEdit>(u"compareRight"_s)->text(), u"550"_s);
    const QString text = shown();
    QVERIFY2(text.startsWith(u"SMTP 450 "), qPrintable(text.left(100)));
    QVERIFY(text.contains(u"Key differences"));
    QVERIFY(text.contains(u"Class\t≠ differs") || text.contains(u"Class\n≠ differs"));
    QVERIFY(text.contains(u"Description"));
    QVERIFY(text.contains(u"What to do"));
}

void tst_CompareView::swap_exchangesTheSides()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"450 vs 550"_s);
    QTest::mouseClick(child<QPushButton>(u"swapButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(u"compareLeft"_s)->text(), u"550"_s);
    QCOMPARE(child<QLineEdit>(u"compareRight"_s)->text(), u"450"_s);
    QVERIFY(shown().startsWith(u"SMTP 550 "));
}

void tst_CompareView::changingOneSide_rerenders()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"450 vs 550"_s);
    auto *right = child<QLineEdit>(u"compareRight"_s);
    right->setFocus();
    right->selectAll();
    QTest::keyClicks(right, u"421"_s);
    QTest::keyClick(right, Qt::Key_Return);
    QVERIFY2(shown().contains(u" vs 421 "), qPrintable(shown().left(100)));
    QVERIFY(shown().contains(u"Both belong to 4xx"));
}

void tst_CompareView::confusedWithLink_opensComparisonAtOnce()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"535"_s);
    auto *detail = child<DetailPane>(u"detailPane"_s);
    Q_EMIT detail->anchorClicked(QUrl(u"compare:530"_s));
    QVERIFY(child<QTabWidget>(u"viewTabs"_s)
                ->currentWidget()
                ->isAncestorOf(child<CompareView>(u"compareView"_s)));
    QVERIFY(shown().startsWith(u"SMTP 535 "));
    QVERIFY(shown().contains(u" vs 530 "));
}

void tst_CompareView::compareAction_startsFromTheShownCode()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"235"_s);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(child<QLineEdit>(u"compareLeft"_s)->text(), u"235"_s);
    QTRY_VERIFY(child<QLineEdit>(u"compareRight"_s)->hasFocus());
}

void tst_CompareView::markup_isNeverRendered()
{
    child<QTabWidget>(u"viewTabs"_s)->setCurrentIndex(1); // the page is built when opened
    auto *view = child<CompareView>(u"compareView"_s);
    view->setCodes(u"<b>x</b>"_s, u"535"_s);
    QVERIFY(shown().contains(u"\"<b>x</b>\" is not a reply code"));
}

void tst_CompareView::darkPalette_keepsRowsReadable()
{
    QTest::keyClicks(child<QLineEdit>(u"searchField"_s), u"450 vs 550"_s);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_window->setPalette(dark);
    const QString html = child<QTextBrowser>(u"compareBrowser"_s)->toHtml();
    static const QRegularExpression background(u"background-color:(#[0-9a-f]{6})"_s);
    int rows = 0;
    for (auto it = background.globalMatch(html); it.hasNext();) {
        const QColor color(it.next().captured(1));
        QVERIFY2(color.lightness() < 110, qPrintable(color.name())); // light text stays legible
        ++rows;
    }
    QVERIFY(rows >= 7);
    m_window->setPalette(QPalette());
}

QTEST_MAIN(tst_CompareView)
#include "tst_compareview.moc"
