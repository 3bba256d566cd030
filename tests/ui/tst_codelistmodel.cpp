#include "codefilterproxy.h"
#include "codeitemdelegate.h"
#include "codelistmodel.h"
#include "pagecolors.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QImage>
#include <QListView>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_CodeListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void model_passesTheModelTester();
    void classColour_comesWithItsName();
    void delegate_paintsTheSwatchAndTheText();
    void proxy_filtersAndRanks();
    void proxy_emptyQuery_showsAll();
    void proxy_keepsTheCurrentCodeWhileItIsShown();
    void proxy_followsASourceThatLosesRows();
};

void tst_CodeListModel::model_passesTheModelTester()
{
    CodeListModel model(Catalogue::builtin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Catalogue::builtin().size()));
    const QModelIndex first = model.index(0);
    QVERIFY(first.data().toString().startsWith(first.data(CodeListModel::CodeRole).toString()));
    QVERIFY(!model.index(0).data(CodeListModel::TitleRole).toString().isEmpty());
}

void tst_CodeListModel::classColour_comesWithItsName()
{
    const Catalogue &catalogue = Catalogue::builtin();
    CodeListModel model(catalogue);
    const auto row = [&](const QString &key) { return model.index(int(catalogue.indexOf(key))); };
    QCOMPARE(row(u"535"_s).data(Qt::DecorationRole).value<QColor>(), classTint(u'5'));
    QCOMPARE(row(u"250"_s).data(Qt::DecorationRole).value<QColor>(), classTint(u'2'));
    QVERIFY(classTint(u'4') != classTint(u'5'));
    // The colour is never the only sign: the text starts with the code, and the tooltip and
    // the accessible description name the class.
    QVERIFY(row(u"535"_s).data().toString().startsWith(u"535"));
    QVERIFY(row(u"535"_s).data(Qt::AccessibleDescriptionRole).toString().contains(u"5xx "));
    QVERIFY(row(u"535"_s).data(Qt::ToolTipRole).toString().contains(u"Permanent"));
    // A registry code has no single class: no colour.
    QVERIFY(!row(u"X.7.8"_s).data(Qt::DecorationRole).isValid());
}

void tst_CodeListModel::delegate_paintsTheSwatchAndTheText()
{
    CodeListModel model(Catalogue::builtin());
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new CodeItemDelegate(&view));
    view.setIconSize(QSize(8, 8));
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const QRect row = view.visualRect(model.index(0)); // 211: a success code
    const QColor tint = model.index(0).data(Qt::DecorationRole).value<QColor>();
    bool swatch = false;
    for (int x = row.left(); x < row.left() + 16; ++x)
        swatch = swatch || image.pixelColor(x, row.center().y()) == tint;
    QVERIFY(swatch);
    // Text is drawn after the swatch: some pixels further right differ from the background.
    const QColor background = image.pixelColor(row.right() - 1, row.center().y());
    bool text = false;
    for (int x = row.left() + 16; x < row.left() + 120; ++x)
        for (int y = row.top(); y <= row.bottom(); ++y)
            text = text || image.pixelColor(x, y) != background;
    QVERIFY(text);
}

void tst_CodeListModel::proxy_filtersAndRanks()
{
    CodeListModel model(Catalogue::builtin());
    CodeFilterProxy proxy(Catalogue::builtin());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setQuery(u"535"_s);
    QVERIFY(proxy.rowCount() >= 1);
    QCOMPARE(proxy.index(0, 0).data(CodeListModel::KeyRole).toString(), u"535"_s);
    proxy.setQuery(u"5"_s);
    QVERIFY(proxy.rowCount() > 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(CodeListModel::CodeRole).toString().startsWith(u'5'));
    proxy.setQuery(u"zzqq xylophone"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_CodeListModel::proxy_keepsTheCurrentCodeWhileItIsShown()
{
    CodeListModel model(Catalogue::builtin());
    CodeFilterProxy proxy(Catalogue::builtin());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex current =
        proxy.mapFromSource(model.index(int(Catalogue::builtin().indexOf(u"535"_s))));
    QVERIFY(current.isValid());
    proxy.setQuery(u"5"_s);
    QCOMPARE(current.data(CodeListModel::KeyRole).toString(), u"535"_s); // moved, still there
    QCOMPARE(proxy.mapToSource(current).data(CodeListModel::KeyRole).toString(), u"535"_s);
    proxy.setClassFilter(u'4');
    QVERIFY(!current.isValid()); // filtered out
    proxy.setClassFilter(QChar());
    proxy.setQuery(QString());
    proxy.setKindFilter(CodeFilterProxy::Kind::Enhanced);
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(CodeListModel::CodeRole).toString().contains(u'.'));
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(changed.count(), 1); // the source's new texts reach the view
}

void tst_CodeListModel::proxy_followsASourceThatLosesRows()
{
    // CodeListModel never changes its rows; any other source may, and nothing is read past it.
    QStringList keys;
    for (const CodeEntry &entry : Catalogue::builtin().entries())
        keys.append(entry.key);
    QStringListModel source(keys);
    CodeFilterProxy proxy(Catalogue::builtin());
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex last = proxy.index(proxy.rowCount() - 1, 0);
    QVERIFY(last.isValid());
    source.removeRows(int(keys.size()) - 20, 20);
    QCOMPARE(proxy.rowCount(), source.rowCount());
    proxy.setClassFilter(u'5');
    QVERIFY(proxy.rowCount() <= source.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.mapToSource(proxy.index(row, 0)).row() < source.rowCount());
}

void tst_CodeListModel::proxy_emptyQuery_showsAll()
{
    CodeListModel model(Catalogue::builtin());
    CodeFilterProxy proxy(Catalogue::builtin());
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(proxy.index(0, 0).data(), model.index(0).data());
}

QTEST_MAIN(tst_CodeListModel)
#include "tst_codelistmodel.moc"
