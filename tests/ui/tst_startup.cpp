// The parts that keep work off the start-up path: pages built when opened, toolbar icons
// loaded when painted, tall scroll bars painted without helper threads, Fontconfig loaded
// while the display connects, one unshaped font for the whole interface.
#include "appstyle.h"
#include "catalogue.h"
#include "detailpane.h"
#include "fontconfigpreload.h"
#include "lazypage.h"
#include "textlayout.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class tst_Startup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First: it counts the threads of the process, and Qt keeps its painting threads a while.
    void tallScrollBar_isPaintedWithoutHelperThreads();
    void tallScrollBar_paintsTheSamePixels_data();
    void tallScrollBar_paintsTheSamePixels();
    void lazyPage_isBuiltOnceWhenFirstShown();
    void lazyPage_isBuiltWhenAskedFor();
    void fontconfigPreload_loadsTheConfigurationQtUses();
    void deferredIcon_paintsLikeTheBaseStyle();
    void deferredIcon_isReadOnlyWhenDrawn();
    void deferredIcon_servesTheMenuBarOverflowButton();
    void otherIcons_comeFromTheBaseStyle();
    void applicationFont_skipsShapingAndFollowsTheDesktop();
    void readingPane_keepsItsTextWidthBetweenShortAndLongPages();
};

namespace {

QImage paintedScrollBar(QStyle *style, qreal devicePixelRatio, const QRect &clip = QRect())
{
    QScrollBar bar(Qt::Vertical);
    bar.setStyle(style);
    bar.setRange(0, 1000);
    bar.setPageStep(120);
    bar.setValue(420);
    bar.resize(14, 611); // the code list's bar in a window of the default size
    QImage image((QSizeF(bar.size()) * devicePixelRatio).toSize(),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::magenta); // shows any row that a strip would leave unpainted
    bar.render(&image, clip.topLeft(), clip.isNull() ? QRegion() : QRegion(clip));
    return image;
}

int threadsOfThisProcess()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

void tst_Startup::tallScrollBar_isPaintedWithoutHelperThreads()
{
    if (!QDir(u"/proc/self/task"_s).exists())
        QSKIP("needs Linux's /proc to count threads");
    AppStyle style(u"Fusion"_s);
    const int before = threadsOfThisProcess();
    QVERIFY(!paintedScrollBar(&style, 1).isNull());
    QVERIFY(!paintedScrollBar(&style, 2).isNull());
    QCOMPARE(threadsOfThisProcess(), before);
    // The same bar drawn by the base style in one piece makes Qt start its painting threads.
    std::unique_ptr<QStyle> base(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(!paintedScrollBar(base.get(), 1).isNull());
    QCOMPARE_GT(threadsOfThisProcess(), before);
}

void tst_Startup::tallScrollBar_paintsTheSamePixels_data()
{
    QTest::addColumn<qreal>("devicePixelRatio");
    QTest::addColumn<QRect>("clip");
    QTest::newRow("whole bar") << 1.0 << QRect();
    QTest::newRow("whole bar, ratio 2") << 2.0 << QRect();
    QTest::newRow("ratio 1.5: in one piece") << 1.5 << QRect();
    QTest::newRow("a repainted part across strips") << 1.0 << QRect(0, 150, 14, 230);
}

void tst_Startup::tallScrollBar_paintsTheSamePixels()
{
    QFETCH(qreal, devicePixelRatio);
    QFETCH(QRect, clip);
    std::unique_ptr<QStyle> base(QStyleFactory::create(u"Fusion"_s));
    AppStyle style(u"Fusion"_s);
    const QImage expected = paintedScrollBar(base.get(), devicePixelRatio, clip);
    const QImage strips = paintedScrollBar(&style, devicePixelRatio, clip);
    QCOMPARE(strips.size(), expected.size());
    QVERIFY(strips == expected);
    // The bar was drawn, not left as the background.
    QVERIFY(expected.pixel(7, expected.height() / 2) != QColor(Qt::magenta).rgb());
}

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

void tst_Startup::fontconfigPreload_loadsTheConfigurationQtUses()
{
    FontconfigPreload preload;
    QVERIFY(preload.wait());
    QVERIFY(preload.wait()); // a second wait returns at once, with the same answer
    QVERIFY(!QFontDatabase::families().isEmpty());
}

void tst_Startup::deferredIcon_paintsLikeTheBaseStyle()
{
    QStyle *base = QStyleFactory::create(u"Fusion"_s);
    AppStyle style(u"Fusion"_s);
    for (auto which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon deferred = style.standardIcon(which);
        QVERIFY(!deferred.isNull());
        const QImage expected = base->standardIcon(which).pixmap(16).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(deferred.pixmap(16).toImage(), expected);
        QCOMPARE(QIcon(deferred).actualSize(QSize(16, 16)), // copies work too
                 base->standardIcon(which).actualSize(QSize(16, 16)));
    }
    delete base;
}

namespace {

class CountingStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++calls;
        return QProxyStyle::standardIcon(which, option, widget);
    }
    mutable int calls = 0;
};

} // namespace

void tst_Startup::deferredIcon_isReadOnlyWhenDrawn()
{
    auto *base = new CountingStyle(QStyleFactory::create(u"Fusion"_s));
    AppStyle style(base); // takes the base style
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QIcon copy = icon;
    copy.detach();            // a copy of its own, through the engine's clone()
    QCOMPARE(base->calls, 0); // asked for, not read
    QVERIFY(!copy.pixmap(16).isNull());
    QCOMPARE(base->calls, 1);
    QVERIFY(!copy.pixmap(32).isNull());
    QCOMPARE(base->calls, 1); // read once
}

void tst_Startup::deferredIcon_servesTheMenuBarOverflowButton()
{
    QWidget window;
    window.setStyle(new AppStyle(u"Fusion"_s));
    auto *bar = new QMenuBar(&window);
    for (int i = 0; i < 12; ++i)
        bar->addMenu(u"Menu number %1"_s.arg(i));
    window.resize(200, 100);
    bar->resize(200, bar->sizeHint().height());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *overflow = bar->findChild<QToolButton *>(u"qt_menubar_ext_button"_s);
    QVERIFY(overflow);
    QTRY_VERIFY(overflow->isVisible()); // twelve menus do not fit in 200 pixels
    QVERIFY(!overflow->icon().pixmap(16).isNull());
}

void tst_Startup::otherIcons_comeFromTheBaseStyle()
{
    AppStyle style(u"Fusion"_s);
    const QIcon clear = style.standardIcon(QStyle::SP_LineEditClearButton);
    QCOMPARE(clear.pixmap(16).toImage(),
             style.baseStyle()->standardIcon(QStyle::SP_LineEditClearButton).pixmap(16).toImage());
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
