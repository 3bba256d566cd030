// The parts that keep work off the start-up path: pages built when opened, one unshaped font
// for the whole interface, reading panes whose text width does not change. The application
// style and the Fontconfig preload have tests of their own.
#include "catalogue.h"
#include "detailpane.h"
#include "lazypage.h"
#include "textlayout.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class tst_Startup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lazyPage_isBuiltOnceWhenFirstShown();
    void lazyPage_isBuiltWhenAskedFor();
    void applicationFont_skipsShapingAndFollowsTheDesktop();
    void readingPane_keepsItsTextWidthBetweenShortAndLongPages();
};

void tst_Startup::lazyPage_isBuiltOnceWhenFirstShown()
{
    int builds = 0;
    QTabWidget tabs;
    tabs.addTab(new QLabel(u"first"_s), u"First"_s);
    auto *page = new LazyPage([&builds] {
        ++builds;
        return new QLabel(u"built"_s);
    });
    QSignalSpy built(page, &LazyPage::built);
    tabs.addTab(page, u"Second"_s);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QCOMPARE(builds, 0);
    QVERIFY(!page->isBuilt());
    tabs.setCurrentIndex(1);
    QCOMPARE(builds, 1);
    QCOMPARE(built.count(), 1);
    QVERIFY(page->content()->isVisible()); // shown with its page, not a frame later
    tabs.setCurrentIndex(0);
    tabs.setCurrentIndex(1);
    QCOMPARE(builds, 1);
}

void tst_Startup::lazyPage_isBuiltWhenAskedFor()
{
    LazyPage page([] { return new QLabel(u"built"_s); });
    QWidget *content = page.content();
    QCOMPARE(qobject_cast<QLabel *>(content)->text(), u"built"_s);
    QCOMPARE(content->parentWidget(), &page);
    QCOMPARE(page.content(), content);
}

void tst_Startup::applicationFont_skipsShapingAndFollowsTheDesktop()
{
    const QFont desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    QApplication::setFont(QFont(u"Serif"_s, 17), "QMenu"); // as a desktop's menu font
    skipTextShapingInApplication(qApp);
    QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
    QCOMPARE(QApplication::font("QMenu").pointSize(), 17); // kept, and unshaped too
    QVERIFY(QApplication::font("QMenu").styleStrategy() & QFont::PreferNoShaping);
    QCOMPARE(QApplication::font().family(), desktop.family());
    QCOMPARE(QApplication::font().pointSizeF(), desktop.pointSizeF());

    // Qt stops following the desktop once a program sets the font: a theme change must
    // bring the desktop's font back, still without shaping.
    QFont other(u"Serif"_s, 31);
    QApplication::setFont(other);
    QWindow window;
    QEvent themeChange(QEvent::ThemeChange);
    QCoreApplication::sendEvent(&window, &themeChange);
    QCOMPARE(QApplication::font().pointSizeF(), desktop.pointSizeF());
    QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
}

void tst_Startup::readingPane_keepsItsTextWidthBetweenShortAndLongPages()
{
    DetailPane pane(Catalogue::builtin());
    pane.resize(700, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QString shortest, longest;
    qreal least = 1e9, most = 0;
    for (const CodeEntry &entry : Catalogue::builtin().entries()) {
        pane.showEntry(entry.key);
        const qreal height = pane.document()->size().height();
        if (height < least)
            least = height, shortest = entry.key;
        if (height > most)
            most = height, longest = entry.key;
    }
    pane.resize(700, int(least + most) / 2); // the short page fits, the long one does not
    pane.showEntry(shortest);
    const int width = pane.viewport()->width();
    QVERIFY(pane.document()->size().height() < pane.viewport()->height());
    pane.showEntry(longest);
    QVERIFY(pane.document()->size().height() > pane.viewport()->height());
    QCOMPARE(pane.viewport()->width(), width);
}

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
