#include "codefilterproxy.h"
#include "codelistmodel.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

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
    void detailPane_neverRendersMarkup();
    void hostileQueries_showAHint_data();
    void hostileQueries_showAHint();
    void linkInDetail_opensThatCode();
    void languageMenu_switchesLiveAndKeepsState();
    void everyLanguage_retranslatesVisibleTexts_data();
    void everyLanguage_retranslatesVisibleTexts();
    void englishAlongside_showsTheSourceText();
    void wordSearch_worksInTheCurrentLanguage_data();
    void wordSearch_worksInTheCurrentLanguage();
    void languageSwitch_keepsTheScrollPosition();
    void hugePaste_isCappedAndSaysSo();
    void keyboard_slashEscapeEnter();
    void restart_restoresGeometryAndLastCode();
    void zoom_changesTheReadingPanes();
    void otherPages_areBuiltWhenFirstOpened();
    void copyEntry_asTextAndMarkdown();
    void backAndForward_walkTheCodesViewed();
    void history_clearsOnlyAfterConfirmation();
    void filters_byClassAndKind();
    void favourites_persistAndClearOnlyAfterConfirmation();
    void unfavouriting_inTheFavouritesView_showsTheNextFavourite();
    void unwritableSettings_areReportedAndNothingIsLost();
    void about_showsVersionLicenceAndSources();
    void startup_firstPageFollowsTheFirstPaint();

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
    QSettings().clear(); // each run starts from the defaults
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

void tst_MainWindow::hostileQueries_showAHint_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("999") << u"999"_s;
    QTest::newRow("0.0.0") << u"0.0.0"_s;
    QTest::newRow("5.999.999") << u"5.999.999"_s;
    QTest::newRow("NUL") << QString(QChar(0)) + u"zz"_s;
    QTest::newRow("invalid UTF-8") << QString::fromUtf8("\xff\xfe\xc3 zz");
    QTest::newRow("rtl mark") << QString::fromUtf8("\xE2\x80\x8F"
                                                   "zz");
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x93\xA7");
    QTest::newRow("10,000 digits") << QString(10000, u'5');
}

void tst_MainWindow::hostileQueries_showAHint()
{
    QFETCH(QString, text);
    search()->setText(text);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(hint()->isVisible());
    QVERIFY(hint()->text().startsWith(u"No code matches"));
    QCOMPARE(hint()->textFormat(), Qt::PlainText);
}

void tst_MainWindow::detailPane_neverRendersMarkup()
{
    // Catalogue text with angle brackets is escaped, not parsed as a tag.
    m_window->showCode(u"X.1.7"_s);
    QVERIFY(detail()->toPlainText().contains(u"MAIL FROM:<name@example.com>"));
    // What the user types never reaches the detail pane as markup.
    search()->setText(u"<img src=file:///etc/passwd><a href=x>y</a>"_s);
    QVERIFY(!detail()->toHtml().contains(u"<img"));
    QVERIFY(!detail()->toHtml().contains(u"file:///etc/passwd"));
    Q_EMIT detail()->anchorClicked(QUrl(u"code:<b>x</b>"_s));
    QVERIFY(!detail()->toHtml().contains(u"<b>x</b>"));
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
    const QString englishPlaceholder = search()->placeholderText();
    const QString englishDetail = detail()->toPlainText();
    QAction *chinese = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == u"简体中文")
            chinese = action;
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(m_languages.current(), u"zh_CN"_s);
    QTRY_VERIFY(search()->placeholderText() != englishPlaceholder);
    QTRY_VERIFY(detail()->toPlainText() != englishDetail);
    QVERIFY(detail()->toPlainText().contains(u"说明") || detail()->toPlainText().contains(u"描述"));
    QCOMPARE(search()->text(), u"53"_s);
    QCOMPARE(currentKey(), key);
    QVERIFY(chinese->isChecked());

    m_window->switchLanguage(u"en"_s);
    QTRY_COMPARE(search()->placeholderText(), englishPlaceholder);
    QTRY_COMPARE(detail()->toPlainText(), englishDetail);
}

namespace {

// Texts a user can read in menus, tabs, buttons and fields, keyed by where they are.
QMap<QString, QString> visibleTexts(QWidget *window)
{
    QMap<QString, QString> texts;
    for (QAction *action : window->findChildren<QAction *>())
        if (!action->text().isEmpty() && !action->isSeparator() && action->data().isNull())
            texts.insert(u"action:"_s + action->objectName() + action->shortcut().toString() +
                             QString::number(quintptr(action)),
                         action->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (!button->text().isEmpty())
            texts.insert(u"button:"_s + button->objectName(), button->text());
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        if (!edit->placeholderText().isEmpty())
            texts.insert(u"placeholder:"_s + edit->objectName(), edit->placeholderText());
    auto *tabs = window->findChild<QTabWidget *>(u"viewTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        texts.insert(u"tab:"_s + QString::number(i), tabs->tabText(i));
    return texts;
}

} // namespace

void tst_MainWindow::everyLanguage_retranslatesVisibleTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sameAsEnglish"); // words the language writes like English
    QTest::newRow("zh_CN") << u"zh_CN"_s << QStringList();
    QTest::newRow("fr") << u"fr"_s << QStringList{u"&Code"_s};
    QTest::newRow("vi") << u"vi"_s << QStringList();
}

void tst_MainWindow::everyLanguage_retranslatesVisibleTexts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sameAsEnglish);
    QTest::keyClicks(search(), u"535"_s);
    const QMap<QString, QString> english = visibleTexts(m_window);
    const QString englishDetail = detail()->toPlainText();
    m_window->switchLanguage(language);
    QTRY_VERIFY(detail()->toPlainText() != englishDetail);
    const QMap<QString, QString> translated = visibleTexts(m_window);
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        if (translated.value(it.key()) == it.value() && !sameAsEnglish.contains(it.value()))
            untranslated.append(it.value());
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u", ")));
    const QString count = m_window->findChild<QLabel *>(u"matchCount"_s)->text();
    QVERIFY2(!count.contains(u"shown"), qPrintable(count));
}

void tst_MainWindow::englishAlongside_showsTheSourceText()
{
    QTest::keyClicks(search(), u"535"_s);
    m_window->switchLanguage(u"fr"_s);
    QTRY_VERIFY(!detail()->toPlainText().contains(u"The AUTH exchange failed"));
    auto *action = m_window->findChild<QAction *>(u"englishAlongsideAction"_s);
    QVERIFY(action);
    action->setChecked(true);
    QVERIFY(detail()->toPlainText().contains(u"EN · "));
    QVERIFY(detail()->toPlainText().contains(Catalogue::builtin().find(u"535"_s)->description));
    action->setChecked(false);
    QVERIFY(!detail()->toPlainText().contains(u"EN · "));
    m_window->switchLanguage(u"en"_s);
}

void tst_MainWindow::wordSearch_worksInTheCurrentLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::newRow("vi") << u"vi"_s << u"mật khẩu"_s;
    QTest::newRow("vi without tones") << u"vi"_s << u"MAT KHAU"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"密码"_s;
    QTest::newRow("fr") << u"fr"_s << u"mot de passe"_s;
    QTest::newRow("fr without accents") << u"fr"_s << u"ECHANGE AUTH a echoue"_s;
}

void tst_MainWindow::wordSearch_worksInTheCurrentLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, words);
    m_window->switchLanguage(language);
    search()->insert(words); // as an input method would: keyClicks is ASCII only
    QStringList keys;
    for (int row = 0; row < list()->model()->rowCount(); ++row)
        keys.append(list()->model()->index(row, 0).data(CodeListModel::KeyRole).toString());
    QVERIFY2(keys.contains(u"535"_s), qPrintable(keys.join(u' ')));
    m_window->switchLanguage(u"en"_s);
}

void tst_MainWindow::languageSwitch_keepsTheScrollPosition()
{
    m_window->showCode(u"X.7.8"_s);
    QCoreApplication::processEvents();
    const int scrolled = list()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    m_window->switchLanguage(u"vi"_s);
    QTRY_COMPARE(m_languages.current(), u"vi"_s);
    QCoreApplication::processEvents();
    QCOMPARE(list()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(currentKey(), u"X.7.8"_s);
    m_window->switchLanguage(u"en"_s);
}

void tst_MainWindow::keyboard_slashEscapeEnter()
{
    QTest::keyClicks(search(), u"535"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_VERIFY(detail()->hasFocus());
    QCOMPARE(detail()->entryKey(), u"535"_s);
    QTest::keyClick(detail(), Qt::Key_Slash);
    QTRY_VERIFY(search()->hasFocus());
    QCOMPARE(search()->selectedText(), u"535"_s);
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(currentKey(), u"535"_s); // clearing the search keeps what was shown
}

void tst_MainWindow::restart_restoresGeometryAndLastCode()
{
    QTest::keyClicks(search(), u"5.7.8"_s);
    m_window->resize(900, 640);
    m_window->close();
    delete m_window;
    m_window = new MainWindow(Catalogue::builtin(), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(currentKey(), u"X.7.8"_s);
    QCOMPARE(detail()->entryKey(), u"X.7.8"_s);
    QCOMPARE(m_window->size(), QSize(900, 640));
}

void tst_MainWindow::zoom_changesTheReadingPanes()
{
    const qreal before = detail()->font().pointSizeF();
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QVERIFY(detail()->font().pointSizeF() > before);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(detail()->font().pointSizeF(), before);
}

void tst_MainWindow::otherPages_areBuiltWhenFirstOpened()
{
    QSettings().remove(u"window/lastComparison"_s); // else the comparison comes back at start
    MainWindow window(Catalogue::builtin(), m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QWidget *>(u"compareView"_s));
    QVERIFY(!window.findChild<QWidget *>(u"explainView"_s));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QTabBar *tabBar = window.findChild<QTabWidget *>(u"viewTabs"_s)->tabBar();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(1).center());
    auto *compare = window.findChild<QTextBrowser *>(u"compareBrowser"_s);
    QVERIFY(compare && compare->isVisible());
    QVERIFY(compare->toPlainText().startsWith(u"Enter two codes"));
    const qreal zoomed = window.findChild<DetailPane *>()->font().pointSizeF();
    QCOMPARE(compare->font().pointSizeF(), zoomed); // a page built late is zoomed like the rest
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(compare->font().pointSizeF() < zoomed);
}

void tst_MainWindow::copyEntry_asTextAndMarkdown()
{
    QTest::keyClicks(search(), u"535"_s);
    list()->setFocus();
    QTest::keySequence(m_window, QKeySequence::Copy);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"535: Authentication credentials"));
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY(markdown.startsWith(u"## 535: "));
    QVERIFY(markdown.contains(u"\n### How to fix\n"));
}

void tst_MainWindow::backAndForward_walkTheCodesViewed()
{
    QTest::keyClicks(search(), u"235"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    Q_EMIT detail()->anchorClicked(QUrl(u"code:535"_s));
    QCOMPARE(currentKey(), u"535"_s);
    QTest::keySequence(m_window, QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(currentKey(), u"235"_s);
    QTest::keySequence(m_window, QKeySequence(Qt::ALT | Qt::Key_Right));
    QCOMPARE(currentKey(), u"535"_s);
}

void tst_MainWindow::history_clearsOnlyAfterConfirmation()
{
    QTest::keyClicks(search(), u"235"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    Q_EMIT detail()->anchorClicked(QUrl(u"code:535"_s)); // a second visit
    QCOMPARE(currentKey(), u"535"_s);
    QVERIFY(QSettings().value(u"history/codes"_s).toStringList().size() >= 2);
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    };
    auto *clear = m_window->findChild<QAction *>(u"clearHistoryAction"_s);
    answer(QMessageBox::Cancel);
    clear->trigger();
    QVERIFY(!QSettings().value(u"history/codes"_s).toStringList().isEmpty());
    answer(QMessageBox::Yes);
    clear->trigger();
    QVERIFY(QSettings().value(u"history/codes"_s).toStringList().isEmpty());
    QTest::keySequence(m_window, QKeySequence(Qt::ALT | Qt::Key_Left)); // nothing to go back to
    QCOMPARE(currentKey(), u"535"_s);
}

void tst_MainWindow::filters_byClassAndKind()
{
    auto *classFilter = m_window->findChild<QComboBox *>(u"classFilter"_s);
    auto *kindFilter = m_window->findChild<QComboBox *>(u"kindFilter"_s);
    classFilter->setCurrentIndex(classFilter->findData(u"4"_s));
    QVERIFY(list()->model()->rowCount() > 10);
    for (int row = 0; row < list()->model()->rowCount(); ++row) {
        const QString code =
            list()->model()->index(row, 0).data(CodeListModel::CodeRole).toString();
        QVERIFY2(code.startsWith(u'4') || code.startsWith(u"X."), qPrintable(code));
    }
    kindFilter->setCurrentIndex(kindFilter->findData(int(CodeFilterProxy::Kind::Basic)));
    for (int row = 0; row < list()->model()->rowCount(); ++row) {
        const QString code =
            list()->model()->index(row, 0).data(CodeListModel::CodeRole).toString();
        QVERIFY2(code.size() == 3 && code.startsWith(u'4') && code[1].isDigit(), qPrintable(code));
    }
    classFilter->setCurrentIndex(0);
    kindFilter->setCurrentIndex(0);
    QCOMPARE(list()->model()->rowCount(), int(Catalogue::builtin().size()));
}

void tst_MainWindow::favourites_persistAndClearOnlyAfterConfirmation()
{
    QTest::keyClicks(search(), u"535"_s);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_B));
    auto *favourite = m_window->findChild<QAction *>(u"favouriteAction"_s);
    QVERIFY(favourite->isChecked());
    QCOMPARE(QSettings().value(u"favourites"_s).toStringList(), QStringList{u"535"_s});
    search()->clear();
    auto *kindFilter = m_window->findChild<QComboBox *>(u"kindFilter"_s);
    kindFilter->setCurrentIndex(kindFilter->findData(int(CodeFilterProxy::Kind::Favourites)));
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(currentKey(), u"535"_s);

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->button(button)->click();
        });
    };
    QAction *clear = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == u"C&lear Favourites…")
            clear = action;
    QVERIFY(clear);
    answer(QMessageBox::Cancel);
    clear->trigger();
    QCOMPARE(list()->model()->rowCount(), 1);
    answer(QMessageBox::Yes);
    clear->trigger();
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(QSettings().value(u"favourites"_s).toStringList().isEmpty());
    kindFilter->setCurrentIndex(0);
}

void tst_MainWindow::unfavouriting_inTheFavouritesView_showsTheNextFavourite()
{
    for (const QString &code : {u"535"_s, u"550"_s}) {
        search()->clear();
        QTest::keyClicks(search(), code);
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_B));
    }
    search()->clear();
    auto *kindFilter = m_window->findChild<QComboBox *>(u"kindFilter"_s);
    kindFilter->setCurrentIndex(kindFilter->findData(int(CodeFilterProxy::Kind::Favourites)));
    QCOMPARE(list()->model()->rowCount(), 2);
    const QString first = currentKey();
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_B)); // the shown one goes
    QCOMPARE(list()->model()->rowCount(), 1);
    QVERIFY(!currentKey().isEmpty());
    QVERIFY(currentKey() != first);
    QCOMPARE(detail()->entryKey(), currentKey());
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(list()->model()->rowCount(), 0);
    kindFilter->setCurrentIndex(0);
}

void tst_MainWindow::hugePaste_isCappedAndSaysSo()
{
    QString huge = u"550 5.1.1 <bob@example.org>: unknown "_s;
    huge += QString(10 * 1024 * 1024, u'x');
    QElapsedTimer timer;
    timer.start();
    search()->setText(huge);
    QCoreApplication::processEvents();
    QVERIFY(search()->text().size() <= search()->maxLength());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Paste Reply"));
    QVERIFY(m_window->findChild<QWidget *>(u"explainView"_s)->isVisible());
    // Not a timing assertion: the window must still answer to the next keystroke.
    search()->clear();
    QTest::keyClicks(search(), u"235"_s);
    QCOMPARE(currentKey(), u"235"_s);
}

void tst_MainWindow::unwritableSettings_areReportedAndNothingIsLost()
{
    // A settings path under a regular file cannot be created, even by root.
    QTemporaryFile blocker;
    QVERIFY(blocker.open());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, blocker.fileName());
    QTest::keyClicks(search(), u"535"_s);
    m_window->switchLanguage(u"en"_s);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"could not be saved"),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->switchLanguage(u"fr"_s);
    QCOMPARE(m_languages.current(), u"fr"_s); // the switch itself still happened
    QCOMPARE(currentKey(), u"535"_s);
    QCOMPARE(search()->text(), u"535"_s);
    m_window->switchLanguage(u"en"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

void tst_MainWindow::about_showsVersionLicenceAndSources()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    QString text;
    QTimer::singleShot(0, this, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text() + u'\n' + box->informativeText();
        box->accept();
    });
    m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
    QVERIFY2(text.contains(u"SMTP Codes 9.8.7"), qPrintable(text));
    QVERIFY(text.contains(u"GPL-3.0-or-later"));
    for (const char *source : {"RFC 5321", "RFC 3463", "IANA"})
        QVERIFY2(text.contains(QLatin1String(source)), source);
}

void tst_MainWindow::startup_firstPageFollowsTheFirstPaint()
{
    MainWindow window(Catalogue::builtin(), m_languages);
    auto *pane = window.findChild<DetailPane *>(u"detailPane"_s);
    auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(!pane->entryKey().isEmpty());   // the first code is chosen…
    QVERIFY(pane->toPlainText().isEmpty()); // …but not laid out yet, and no "Select a code"
    QVERIFY(!field->isClearButtonEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(pane->toPlainText().startsWith(pane->entryKey()));
    QTRY_VERIFY(field->isClearButtonEnabled()); // once the page is on screen
    QVERIFY(window.property("startupComplete").toBool());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
