#include "codelistmodel.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingACode_selectsAndShowsIt();
    void typingADigit_narrowsToItsClass();
    void arrowKeys_moveThroughTheList();
    void nonsense_showsAHintAndNoCrash();
    void markupInSearch_isShownLiterally();
    void linkInDetail_opensThatCode();
    void languageMenu_switchesLiveAndKeepsState();

private:
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }
    QListView *list() const { return m_window->findChild<QListView *>(u"codeList"_s); }
    DetailPane *detail() const { return m_window->findChild<DetailPane *>(u"detailPane"_s); }
    QLabel *hint() const { return m_window->findChild<QLabel *>(u"matchHint"_s); }
    QString currentKey() const
    {
        return list()->currentIndex().data(CodeListModel::KeyRole).toString();
    }

    LanguageSwitcher m_languages;
    MainWindow *m_window = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::init()
{
    m_languages.apply(u"en"_s);
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void tst_MainWindow::typingACode_selectsAndShowsIt()
{
    QTest::keyClicks(search(), u"235"_s);
    QCOMPARE(currentKey(), u"235"_s);
    QCOMPARE(detail()->entryKey(), u"235"_s);
    const QString shown = detail()->toPlainText();
    QVERIFY2(shown.startsWith(u"235: "), qPrintable(shown.left(80)));
    QVERIFY(shown.contains(u"2xx"));
    for (const char *heading : {"Description", "When you see it", "How to fix"})
        QVERIFY2(shown.contains(QString::fromLatin1(heading)), heading);
}

void tst_MainWindow::typingADigit_narrowsToItsClass()
{
    const int all = list()->model()->rowCount();
    QTest::keyClicks(search(), u"5"_s);
    const int narrowed = list()->model()->rowCount();
    QVERIFY(narrowed > 1 && narrowed < all);
    for (int row = 0; row < narrowed; ++row)
        QVERIFY(list()
                    ->model()
                    ->index(row, 0)
                    .data(CodeListModel::CodeRole)
                    .toString()
                    .startsWith(u'5'));
}

void tst_MainWindow::arrowKeys_moveThroughTheList()
{
    QTest::keyClicks(search(), u"5"_s);
    const QString first = currentKey();
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 1);
    QVERIFY(currentKey() != first);
    QCOMPARE(detail()->entryKey(), currentKey());
    QTest::keyClick(search(), Qt::Key_Up);
    QCOMPARE(currentKey(), first);
    QCOMPARE(detail()->entryKey(), first);
    QVERIFY(search()->hasFocus());
}

void tst_MainWindow::nonsense_showsAHintAndNoCrash()
{
    QTest::keyClicks(search(), u"zzqq"_s);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(hint()->isVisible());
    QCOMPARE(hint()->text(), u"No code matches \"zzqq\"."_s);
    search()->clear();
    QVERIFY(!hint()->isVisible());
    QVERIFY(list()->model()->rowCount() > 0);
}

void tst_MainWindow::markupInSearch_isShownLiterally()
{
    QTest::keyClicks(search(), u"<b>x</b><img src=file:///etc/passwd>"_s);
    QCOMPARE(hint()->textFormat(), Qt::PlainText);
    QVERIFY(hint()->text().contains(u"<img src=file:///etc/passwd>"));
}

void tst_MainWindow::linkInDetail_opensThatCode()
{
    QTest::keyClicks(search(), u"235"_s);
    QSignalSpy spy(detail(), &DetailPane::codeActivated);
    Q_EMIT detail()->anchorClicked(QUrl(u"code:535"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(currentKey(), u"535"_s);
    QCOMPARE(detail()->entryKey(), u"535"_s);
    Q_EMIT detail()->anchorClicked(QUrl(u"https://example.org"_s));
    QCOMPARE(spy.count(), 1);
}

void tst_MainWindow::languageMenu_switchesLiveAndKeepsState()
{
    QTest::keyClicks(search(), u"53"_s);
    const QString key = currentKey();
    const QString englishTitle = m_window->windowTitle();
    const QString englishDetail = detail()->toPlainText();
    QAction *chinese = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == u"简体中文")
            chinese = action;
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(m_languages.current(), u"zh_CN"_s);
    QTRY_VERIFY(m_window->windowTitle() != englishTitle);
    QTRY_VERIFY(detail()->toPlainText() != englishDetail);
    QVERIFY(detail()->toPlainText().contains(u"说明") || detail()->toPlainText().contains(u"描述"));
    QCOMPARE(search()->text(), u"53"_s);
    QCOMPARE(currentKey(), key);
    QVERIFY(chinese->isChecked());

    m_window->switchLanguage(u"en"_s);
    QTRY_COMPARE(m_window->windowTitle(), englishTitle);
    QTRY_COMPARE(detail()->toPlainText(), englishDetail);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
