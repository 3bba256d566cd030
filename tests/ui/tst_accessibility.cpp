#include "languages.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
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
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextBrowser *>(widget);
        // Qt's own helpers (the line edit's clear button, scroll-area internals) are Qt's to name.
        if (!interactive || widget->objectName().startsWith(u"qt_") ||
            qstrcmp(widget->metaObject()->className(), "QLineEditIconButton") == 0)
            continue;
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(a11y);
        if (a11y->text(QAccessible::Name).trimmed().isEmpty())
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

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
