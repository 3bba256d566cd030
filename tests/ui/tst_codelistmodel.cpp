#include "codefilterproxy.h"
#include "codelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_CodeListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void model_passesTheModelTester();
    void proxy_filtersAndRanks();
    void proxy_emptyQuery_showsAll();
};

void tst_CodeListModel::model_passesTheModelTester()
{
    CodeListModel model(Catalogue::builtin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Catalogue::builtin().size()));
    const QModelIndex first = model.index(0);
    QVERIFY(first.data().toString().startsWith(first.data(CodeListModel::CodeRole).toString()));
    QVERIFY(!model.index(0).data(CodeListModel::TitleRole).toString().isEmpty());
    QCOMPARE(model.index(0).data(Qt::DecorationRole), QVariant());
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
