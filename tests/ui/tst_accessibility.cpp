#include "languages.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyInteractiveWidget_hasAnAccessibleName();
    void detailPane_isReadableByAScreenReader();
    void tab_walksTheWindowInReadingOrder();
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_Accessibility::everyInteractiveWidget_hasAnAccessibleName()
{
    LanguageSwitcher languages;
    languages.apply(u"en"_s);
    MainWindow window(Catalogue::builtin(), languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
    for (int i = tabs->count() - 1; i >= 0; --i)
        tabs->setCurrentIndex(i); // a page is built when first opened
    QVERIFY(window.findChild<QWidget *>(u"compareView"_s));
    QVERIFY(window.findChild<QWidget *>(u"explainView"_s));
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextBrowser *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QTabWidget *>(widget);
        // Qt's own helpers (the line edit's clear button, scroll-area internals) are Qt's to name.
        if (!interactive || widget->objectName().startsWith(u"qt_") ||
            qstrcmp(widget->metaObject()->className(), "QLineEditIconButton") == 0)
            continue;
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(a11y);
        // A combo box's line edit and popup list are parts of the combo box, named by it.
        // So are the tab bar's scroll buttons.
        if (qobject_cast<QComboBox *>(widget->parentWidget()) ||
            widget->parentWidget()->inherits("QComboBoxPrivateContainer") ||
            qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        if (a11y->text(QAccessible::Name).trimmed().isEmpty() ||
            a11y->text(QAccessible::Description).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u'/' +
                           widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void tst_Accessibility::detailPane_isReadableByAScreenReader()
{
    LanguageSwitcher languages;
    languages.apply(u"en"_s);
    MainWindow window(Catalogue::builtin(), languages);
    window.show();
    window.showCode(u"535"_s);
    auto *detail = window.findChild<QTextBrowser *>(u"detailPane"_s);
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(detail);
    QVERIFY(a11y && a11y->textInterface());
    const QString text = a11y->textInterface()->text(0, a11y->textInterface()->characterCount());
    QVERIFY2(text.contains(u"Authentication credentials invalid"), qPrintable(text.left(80)));
    QVERIFY(text.contains(u"How to fix"));
}

void tst_Accessibility::tab_walksTheWindowInReadingOrder()
{
    LanguageSwitcher languages;
    languages.apply(u"en"_s);
    MainWindow window(Catalogue::builtin(), languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    const auto walk = [&window](const QString &from, int steps) {
        window.findChild<QWidget *>(from)->setFocus();
        QStringList order{from};
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                     : QString());
        }
        return order;
    };
    // The tab bar and the pages' own widgets follow the list, top to bottom, left to right.
    QCOMPARE(walk(u"searchField"_s, 4),
             (QStringList{u"searchField"_s, u"classFilter"_s, u"kindFilter"_s, u"codeList"_s,
                          u"qt_tabwidget_tabbar"_s}));
    window.showComparison(u"450"_s, u"550"_s);
    QCOMPARE(walk(u"compareLeft"_s, 3), (QStringList{u"compareLeft"_s, u"swapButton"_s,
                                                     u"compareRight"_s, u"compareBrowser"_s}));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
