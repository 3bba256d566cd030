// What the app remembers between runs: the history of codes viewed and the favourites.
#include "codehistory.h"
#include "favourites.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_Remembered : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void backAndForward_likeABrowser();
    void aNewVisit_dropsWhatLayAhead();
    void isCappedAndSavedAtOnce();
    void load_skipsUnknownCodesAndBadPositions();
    void clear_isSaved();
    void favourites_toggleClearAndSurviveARestart();
};

void tst_Remembered::backAndForward_likeABrowser()
{
    CodeHistory history;
    QCOMPARE(history.step(-1), QString()); // nothing yet
    for (const QString &key : {u"211"_s, u"535"_s, u"550"_s})
        history.record(key);
    history.record(u"550"_s); // showing the same code again is not a new visit
    QCOMPARE(history.codes(), (QStringList{u"211"_s, u"535"_s, u"550"_s}));
    QCOMPARE(history.step(-1), u"535"_s);
    QCOMPARE(history.step(-1), u"211"_s);
    QCOMPARE(history.step(-1), QString());
    QCOMPARE(history.position(), 0);
    QCOMPARE(history.step(+2), u"550"_s);
    QCOMPARE(history.step(+1), QString());
}

void tst_Remembered::aNewVisit_dropsWhatLayAhead()
{
    CodeHistory history;
    for (const QString &key : {u"211"_s, u"535"_s, u"550"_s})
        history.record(key);
    history.step(-2);
    history.record(u"421"_s);
    QCOMPARE(history.codes(), (QStringList{u"211"_s, u"421"_s}));
    QCOMPARE(history.step(+1), QString());
}

void tst_Remembered::isCappedAndSavedAtOnce()
{
    CodeHistory history;
    for (int i = 0; i < CodeHistory::maxSize + 20; ++i)
        history.record(QString::number(200 + i));
    QCOMPARE(history.codes().size(), CodeHistory::maxSize);
    QCOMPARE(history.codes().constFirst(), u"220"_s);
    // Written already: another instance (a restart after a crash) sees it.
    CodeHistory reloaded;
    reloaded.load([](const QString &) { return true; });
    QCOMPARE(reloaded.codes(), history.codes());
    QCOMPARE(reloaded.position(), history.position());
}

void tst_Remembered::load_skipsUnknownCodesAndBadPositions()
{
    {
        QSettings settings;
        settings.setValue(u"history/codes"_s, QStringList{u"535"_s, u"999"_s, u"550"_s});
        settings.setValue(u"history/index"_s, 42);
    }
    CodeHistory history;
    history.load([](const QString &key) { return key != u"999"; });
    QCOMPARE(history.codes(), (QStringList{u"535"_s, u"550"_s}));
    QCOMPARE(history.position(), 1); // an impossible position falls back to the latest code
    {
        QSettings settings; // the saved position was on 550, after a code now gone
        settings.setValue(u"history/codes"_s, QStringList{u"211"_s, u"999"_s, u"550"_s, u"535"_s});
        settings.setValue(u"history/index"_s, 2);
    }
    history.load([](const QString &key) { return key != u"999"; });
    QCOMPARE(history.codes(), (QStringList{u"211"_s, u"550"_s, u"535"_s}));
    QCOMPARE(history.codes().at(history.position()), u"550"_s);
    QSettings().setValue(u"history/codes"_s, u"not a list"_s);
    history.load([](const QString &) { return false; });
    QVERIFY(history.isEmpty());
    QCOMPARE(history.position(), -1);
}

void tst_Remembered::clear_isSaved()
{
    CodeHistory history;
    history.record(u"535"_s);
    history.clear();
    QVERIFY(history.isEmpty());
    QCOMPARE(history.step(-1), QString());
    CodeHistory reloaded;
    reloaded.load([](const QString &) { return true; });
    QVERIFY(reloaded.isEmpty());
}

void tst_Remembered::favourites_toggleClearAndSurviveARestart()
{
    Favourites favourites;
    QVERIFY(favourites.toggle(u"535"_s));
    QVERIFY(favourites.toggle(u"550"_s));
    QVERIFY(!favourites.toggle(u"550"_s)); // a second star removes it
    Favourites reloaded;                   // written at once: a restart after a crash sees it
    reloaded.load([](const QString &key) { return key != u"999"; });
    QCOMPARE(reloaded.keys(), QSet<QString>{u"535"_s});
    QSettings().setValue(u"favourites"_s, QStringList{u"535"_s, u"999"_s});
    reloaded.load([](const QString &key) { return key != u"999"; }); // unknown codes dropped
    QCOMPARE(reloaded.size(), 1);
    favourites.clear();
    reloaded.load([](const QString &) { return true; });
    QVERIFY(reloaded.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Remembered)
#include "tst_remembered.moc"
