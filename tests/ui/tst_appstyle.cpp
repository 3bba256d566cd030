// The application style: toolbar icons loaded when painted, and tall scroll bars painted in
// strips, without Qt's painting threads, to exactly the pixels the base style paints.
#include "appstyle.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class tst_AppStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First: it counts the threads of the process, and Qt keeps its painting threads a while.
    void tallScrollBar_isPaintedWithoutHelperThreads();
    void tallScrollBar_paintsTheSamePixels_data();
    void tallScrollBar_paintsTheSamePixels();
    void inactivePainter_isLeftToTheBaseStyle();
    void deferredIcon_paintsLikeTheBaseStyle();
    void deferredIcon_isReadOnlyWhenDrawn();
    void deferredIcon_servesTheMenuBarOverflowButton();
    void otherIcons_comeFromTheBaseStyle();
};

namespace {

// How a scroll bar is painted: each case is painted by the base style and by AppStyle.
struct BarCase
{
    qreal ratio = 1;
    QImage::Format format = QImage::Format_ARGB32_Premultiplied; // the window's image
    QSize size{14, 611}; // the code list's bar in a window of the default size
    QRect repainted;     // a part repainted, or the whole bar
    QString styleSheet;
    bool translucent = false; // a palette that lets the background through
    bool transient = false;   // a base style whose scroll bars are transient
    bool oneLayer = false;    // a base style that paints one translucent layer
    // Set before the bar paints itself, as a QScrollBar subclass might.
    std::function<void(QPainter &)> painterState;
    std::function<void(QStyleOptionSlider &)> optionChange;
    // Painted by calling the style directly, with a painter of the test's own on an image of
    // this size, rather than by the bar (QWidget::render).
    QSize directOnto;
};

// A scroll bar that paints itself like QScrollBar does, with a painter state and a style option
// of the test's choosing.
class PaintingScrollBar final : public QScrollBar
{
public:
    explicit PaintingScrollBar(const BarCase &with)
        : QScrollBar(Qt::Vertical)
        , m_with(with)
    {
    }
    QStyleOptionSlider styleOption() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        option.subControls = QStyle::SC_All; // as QScrollBar::paintEvent sets
        if (m_with.optionChange)
            m_with.optionChange(option);
        return option;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (m_with.painterState)
            m_with.painterState(painter);
        const QStyleOptionSlider option = styleOption();
        style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
    }

private:
    const BarCase &m_with;
};

class TransientStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        return hint == SH_ScrollBar_Transient
                   ? 1
                   : QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

// Paints a scroll bar as one translucent layer: strips start clear, or this shows.
class OneLayerStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        if (control != CC_ScrollBar)
            return QProxyStyle::drawComplexControl(control, option, painter, widget);
        painter->fillRect(option->rect, QColor(20, 60, 200, 70));
    }
};

QImage paintedScrollBar(QStyle *style, const BarCase &with)
{
    // Qt's own QScrollBar, unless the case asks for a painter state or an option of its own.
    const bool own = with.painterState || with.optionChange || with.directOnto.isValid();
    const std::unique_ptr<QScrollBar> made(own ? new PaintingScrollBar(with)
                                               : new QScrollBar(Qt::Vertical));
    QScrollBar &bar = *made;
    bar.setStyle(style);
    bar.setRange(0, 1000);
    bar.setPageStep(120);
    bar.setValue(420);
    bar.resize(with.size);
    if (with.translucent) {
        QPalette palette = bar.palette();
        for (auto role : {QPalette::Window, QPalette::Button, QPalette::Base, QPalette::Light,
                          QPalette::Mid, QPalette::Dark, QPalette::Shadow})
            palette.setColor(role, QColor(40, 90, 160, 90));
        bar.setPalette(palette);
    }
    if (!with.styleSheet.isEmpty())
        bar.setStyleSheet(with.styleSheet);
    const QSize canvas = with.directOnto.isValid() ? with.directOnto : with.size;
    QImage image((QSizeF(canvas) * with.ratio).toSize(), with.format);
    image.setDevicePixelRatio(with.ratio);
    image.fill(Qt::magenta); // shows any row that a strip would leave unpainted
    if (with.directOnto.isValid()) {
        QPainter painter(&image);
        const QStyleOptionSlider option = static_cast<PaintingScrollBar &>(bar).styleOption();
        style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, &bar);
        return image;
    }
    const QRect part = with.repainted.isNull() ? QRect(QPoint(), with.size) : with.repainted;
    bar.render(&image, part.topLeft(), QRegion(part));
    return image;
}

int threadsOfThisProcess()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

QList<std::pair<const char *, BarCase>> barCases()
{
    auto with = [](auto change) {
        BarCase c;
        change(c);
        return c;
    };
    return {
        {"whole bar", {}},
        {"ratio 2", with([](BarCase &c) { c.ratio = 2; })},
        {"a repainted part across strips",
         with([](BarCase &c) { c.repainted = QRect(0, 150, 14, 230); })},
        {"translucent palette", with([](BarCase &c) { c.translucent = true; })},
        {"a translucent layer", with([](BarCase &c) { c.oneLayer = true; })},
        {"translucent palette in the style option", with([](BarCase &c) {
             c.optionChange = [](QStyleOptionSlider &o) {
                 for (auto role : {QPalette::Button, QPalette::Window}) {
                     QColor color = o.palette.color(role);
                     color.setAlpha(128);
                     o.palette.setColor(role, color);
                 }
             };
         })},
        {"painted by a subclass", with([](BarCase &c) { c.painterState = [](QPainter &) {}; })},
        {"brush origin moved",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.setBrushOrigin(3, 2); }; })},
        {"painter moved by whole pixels", with([](BarCase &c) {
             c.size = QSize(14, 600);
             c.painterState = [](QPainter &p) { p.translate(0, 7); };
         })},
        // The cases below are painted in one piece.
        {"ratio 1.5", with([](BarCase &c) { c.ratio = 1.5; })},
        {"painted directly onto a larger image",
         with([](BarCase &c) { c.directOnto = QSize(20, 620); })},
        {"painted directly onto a larger image, ratio 2", with([](BarCase &c) {
             c.ratio = 2;
             c.directOnto = QSize(20, 620);
         })},
        {"ratio 50, more than a strip's rows", with([](BarCase &c) {
             c.ratio = 50;
             c.size = QSize(14, 20);
         })},
        {"16-bit window", with([](BarCase &c) { c.format = QImage::Format_RGB16; })},
        {"transient bar", with([](BarCase &c) { c.transient = true; })},
        {"style sheet with margins", with([](BarCase &c) {
             c.styleSheet = u"QScrollBar:vertical { margin: 3px 0 3px 0; }"_s;
         })},
        {"painter opacity",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.setOpacity(0.5); }; })},
        {"composition mode", with([](BarCase &c) {
             c.painterState = [](QPainter &p) {
                 p.setCompositionMode(QPainter::CompositionMode_Multiply);
             };
         })},
        {"moved by half a pixel across",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.translate(0.5, 0); }; })},
        {"moved by half a pixel down",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.translate(0, 0.5); }; })},
        {"sheared painter",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.shear(0.01, 0); }; })},
        {"transient bar, hovered", with([](BarCase &c) {
             c.transient = true;
             c.optionChange = [](QStyleOptionSlider &o) {
                 o.state |= QStyle::State_MouseOver;
                 o.activeSubControls = QStyle::SC_ScrollBarSlider;
             };
         })},
        {"painter clip", with([](BarCase &c) {
             c.painterState = [](QPainter &p) { p.setClipRect(QRect(0, 40, 14, 500)); };
         })},
        {"painter scaled by 1.5",
         with([](BarCase &c) { c.painterState = [](QPainter &p) { p.scale(1.5, 1.5); }; })},
    };
}

QStyle *baseStyle(const BarCase &with)
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    if (with.oneLayer)
        return new OneLayerStyle(fusion);
    return with.transient ? new TransientStyle(fusion) : fusion;
}

} // namespace

void tst_AppStyle::tallScrollBar_isPaintedWithoutHelperThreads()
{
    if (!QDir(u"/proc/self/task"_s).exists())
        QSKIP("needs Linux's /proc to count threads");
    AppStyle style(u"Fusion"_s);
    const int before = threadsOfThisProcess();
    BarCase ratio2;
    ratio2.ratio = 2;
    QVERIFY(!paintedScrollBar(&style, {}).isNull());
    QVERIFY(!paintedScrollBar(&style, ratio2).isNull());
    QCOMPARE(threadsOfThisProcess(), before);
    // The same bar drawn by the base style in one piece makes Qt start its painting threads.
    std::unique_ptr<QStyle> base(baseStyle({}));
    QVERIFY(!paintedScrollBar(base.get(), {}).isNull());
    QCOMPARE_GT(threadsOfThisProcess(), before);
}

void tst_AppStyle::tallScrollBar_paintsTheSamePixels_data()
{
    QTest::addColumn<int>("index");
    const auto cases = barCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].first) << i;
}

void tst_AppStyle::tallScrollBar_paintsTheSamePixels()
{
    QFETCH(int, index);
    const BarCase with = barCases().at(index).second;
    std::unique_ptr<QStyle> base(baseStyle(with));
    AppStyle style(baseStyle(with)); // takes the base style
    const QImage expected = paintedScrollBar(base.get(), with);
    const QImage strips = paintedScrollBar(&style, with);
    QCOMPARE(strips.size(), expected.size());
    QVERIFY(strips == expected);
    // The bar was drawn, not left as the background.
    const QImage probe = expected.convertToFormat(QImage::Format_ARGB32);
    QVERIFY(probe.pixel(probe.width() / 2, probe.height() / 2) != QColor(Qt::magenta).rgb());
}

namespace {
int g_warnings = 0;
}

void tst_AppStyle::inactivePainter_isLeftToTheBaseStyle()
{
    AppStyle style(u"Fusion"_s);
    const BarCase plain;
    PaintingScrollBar bar(plain);
    bar.resize(plain.size);
    const QStyleOptionSlider option = bar.styleOption();
    QPainter inactive;
    g_warnings = 0;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
            g_warnings += type == QtWarningMsg;
        });
    style.drawComplexControl(QStyle::CC_ScrollBar, &option, &inactive, &bar);
    qInstallMessageHandler(previous);
    QVERIFY(g_warnings > 0); // the base style was asked, and said that the painter is not active
}

void tst_AppStyle::deferredIcon_paintsLikeTheBaseStyle()
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

void tst_AppStyle::deferredIcon_isReadOnlyWhenDrawn()
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

void tst_AppStyle::deferredIcon_servesTheMenuBarOverflowButton()
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

void tst_AppStyle::otherIcons_comeFromTheBaseStyle()
{
    AppStyle style(u"Fusion"_s);
    const QIcon clear = style.standardIcon(QStyle::SP_LineEditClearButton);
    QCOMPARE(clear.pixmap(16).toImage(),
             style.baseStyle()->standardIcon(QStyle::SP_LineEditClearButton).pixmap(16).toImage());
}

QTEST_MAIN(tst_AppStyle)
#include "tst_appstyle.moc"
