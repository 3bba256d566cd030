#include "catalogue.h"
#include "catalogueloader.h"

#include <QRegularExpression>
#include <QTest>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

class tst_CatalogueQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtin_hasNoProblems();
    void everyExpectedCode_isPresent();
    void vendorAndNonStandard_areMarked();
    void everyDetailedEntry_hasEveryField();
    void texts_areCompleteSentences();
    void registryEntries_resolveFromBothClasses();
};

void tst_CatalogueQuality::builtin_hasNoProblems()
{
    CatalogueLoader loader;
    loader.loadBuiltin();
    QVERIFY2(loader.problems().isEmpty(), qPrintable(loader.problems().join(u'\n')));
}

void tst_CatalogueQuality::everyExpectedCode_isPresent()
{
    const QStringList basic =
        u"211 214 220 221 250 251 252 354 421 450 451 452 455 500 501 502 503 504 550 551 552 553 "
        u"554 555 235 334 432 454 530 534 535 538 521 556 253 458 459 453 355 422 430 523 524 525 "
        u"533"_s.split(u' ');
    QCOMPARE(basic.size(), 45);
    QStringList enhanced = {u"X.0.0"_s};
    const int lastDetail[] = {0, 10, 4, 6, 7, 6, 10, 30}; // X.1.0–X.1.10 … X.7.0–X.7.30
    for (int subject = 1; subject <= 7; ++subject)
        for (int detail = 0; detail <= lastDetail[subject]; ++detail)
            enhanced.append(u"X.%1.%2"_s.arg(subject).arg(detail));
    QCOMPARE(enhanced.size(), 81);
    QStringList digits = {u"2.X.X"_s, u"4.X.X"_s, u"5.X.X"_s};
    for (int i = 0; i <= 7; ++i)
        digits.append(u"X.%1.X"_s.arg(i));
    for (int i = 1; i <= 5; ++i)
        digits.append(u"%1xx"_s.arg(i));
    for (int i = 0; i <= 5; ++i)
        digits.append(u"x%1x"_s.arg(i));

    const Catalogue &catalogue = Catalogue::builtin();
    QStringList missing;
    for (const QStringList &list : {basic, enhanced, digits})
        for (const QString &key : list)
            if (!catalogue.find(key))
                missing.append(key);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QVERIFY(catalogue.find(u"X.6.10"_s)->deprecated);
}

void tst_CatalogueQuality::vendorAndNonStandard_areMarked()
{
    int count = 0;
    QSet<QString> vendors;
    for (const CodeEntry &e : Catalogue::builtin().entries()) {
        if (e.provenance == Provenance::Standard)
            continue;
        ++count;
        QVERIFY2(!e.reference.isEmpty(), qPrintable(e.key));
        if (e.provenance == Provenance::Vendor)
            vendors.insert(e.vendor);
    }
    QVERIFY2(count >= 25, qPrintable(QString::number(count)));
    QVERIFY(vendors.contains(u"Microsoft"_s));
    QVERIFY(vendors.contains(u"Google"_s));
    for (const char *key : {"5.7.606@Microsoft", "5.1.10@Microsoft", "5.4.1@Microsoft",
                            "4.7.28@Google", "5.7.26@Google", "571"})
        QVERIFY2(Catalogue::builtin().find(QString::fromLatin1(key)), key);
}

void tst_CatalogueQuality::everyDetailedEntry_hasEveryField()
{
    for (const CodeEntry &e : Catalogue::builtin().entries()) {
        if (e.kind != CodeKind::Basic && e.kind != CodeKind::Enhanced)
            continue;
        QVERIFY2(!e.when.isEmpty() && !e.fix.isEmpty() && !e.actors.isEmpty(), qPrintable(e.key));
        QVERIFY2(!e.confusedWith.isEmpty(), qPrintable(e.key));
        if (e.kind == CodeKind::Basic) {
            QVERIFY2(!e.commands.isEmpty(), qPrintable(e.key));
            QVERIFY2(e.session != SessionEffect::NotApplicable, qPrintable(e.key));
        }
        if (e.provenance == Provenance::Standard)
            QVERIFY2(!e.rfcs.isEmpty(), qPrintable(e.key));
    }
}

void tst_CatalogueQuality::texts_areCompleteSentences()
{
    static const QRegularExpression doubled(u"\\b(\\w+)\\s+\\1\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markup(
        u"</?(?:a|b|i|p|br|img|div|span|script|table)\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    for (const CodeEntry &e : Catalogue::builtin().entries()) {
        QStringList sentences = {e.description, e.when};
        for (const QString &fix : e.fix)
            sentences.append(fix);
        for (const ConfusedWith &c : e.confusedWith)
            sentences.append(c.difference);
        for (const CodeContext &c : e.contexts)
            sentences.append(c.meaning);
        for (const QString &s : std::as_const(sentences)) {
            if (s.isEmpty())
                continue;
            const QChar last = s.back();
            if (last != u'.' && last != u')' && last != u'"' && last != u'!' && last != u'?')
                problems.append(e.key + u": unfinished sentence: "_s + s.right(40));
            if (s.front().isLower())
                problems.append(e.key + u": starts in lower case: "_s + s.left(40));
        }
        sentences.append(e.title);
        for (const QString &s : std::as_const(sentences)) {
            const auto match = doubled.match(s);
            if (match.hasMatch())
                problems.append(e.key + u": doubled word \""_s + match.captured() + u'"');
            if (markup.match(s).hasMatch() && !s.contains(u"<bob@") && !s.contains(u"MAIL FROM:<"))
                problems.append(e.key + u": looks like markup: "_s + s.left(40));
        }
        if (e.title.endsWith(u'.'))
            problems.append(e.key + u": title ends with a period"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_CatalogueQuality::registryEntries_resolveFromBothClasses()
{
    const Catalogue &catalogue = Catalogue::builtin();
    for (const char *code : {"4.7.8", "5.7.8", "4.2.2", "5.2.2", "5.1.1"}) {
        const auto found = catalogue.resolve(QString::fromLatin1(code));
        QVERIFY2(!found.isEmpty(), code);
        QVERIFY(catalogue.at(found.first()).code.startsWith(u"X."));
    }
}

QTEST_GUILESS_MAIN(tst_CatalogueQuality)
#include "tst_cataloguequality.moc"
