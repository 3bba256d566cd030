#include "entrytext.h"

#include "cataloguetext.h"
#include "comparison.h"
#include "entrylabels.h"
#include "replyparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes::EntryText {

namespace {

void appendSection(QString &out, const QString &heading, const QString &body,
                   Format format = Format::Plain)
{
    if (body.isEmpty())
        return;
    if (format == Format::Markdown) {
        out += u"\n### "_s + heading + u"\n\n"_s;
        for (const QString &line : body.split(u'\n'))
            out += line + u"\n\n"_s;
        return;
    }
    out += u'\n' + heading + u'\n';
    for (const QString &line : body.split(u'\n'))
        out += u"  "_s + line + u'\n';
}

} // namespace

QString entry(const Catalogue &catalogue, const CodeEntry &e, Format format)
{
    const bool markdown = format == Format::Markdown;
    QString out = (markdown ? u"## "_s : QString()) +
                  QCoreApplication::translate("EntryHtml", "%1: %2", "code: title")
                      .arg(EntryLabels::displayCode(e), CatalogueText::title(e)) +
                  (markdown ? u"\n\n"_s : u"\n"_s);
    for (const QString &line :
         {EntryLabels::classLine(catalogue, e), EntryLabels::subjectLine(catalogue, e)})
        if (!line.isEmpty())
            out += markdown ? u'*' + line + u"*\n\n"_s : line + u'\n';
    const auto section = [&out, format](const QString &heading, const QString &body) {
        appendSection(out, heading, body, format);
    };
    section(EntryLabels::description(), CatalogueText::description(e));
    QStringList contexts;
    for (int i = 0; i < e.contexts.size(); ++i)
        contexts.append(EntryLabels::labelled(CatalogueText::contextLabel(e, i),
                                              CatalogueText::contextMeaning(e, i)));
    section(QCoreApplication::translate("EntryHtml", "Meaning by context"), contexts.join(u'\n'));
    section(EntryLabels::whenYouSeeIt(), CatalogueText::when(e));
    QStringList fixes;
    for (auto it = e.fix.cbegin(); it != e.fix.cend(); ++it)
        fixes.append(
            EntryLabels::labelled(EntryLabels::fixRole(it.key()), CatalogueText::fix(e, it.key())));
    section(EntryLabels::howToFix(), fixes.join(u'\n'));
    QStringList confused;
    for (const ConfusedWith &item : e.confusedWith)
        confused.append(EntryLabels::labelled(item.key, CatalogueText::difference(e, item)));
    section(QCoreApplication::translate("EntryHtml", "Often confused with"), confused.join(u'\n'));
    section(QCoreApplication::translate("EntryHtml", "Provenance"), EntryLabels::provenance(e));
    return out;
}

QString comparison(const Comparison &c)
{
    QString out = c.heading() + u"\n\n"_s + c.summary() + u'\n';
    using Field = QString (Comparison::*)(const Comparison::Side &) const;
    const std::pair<QString, Field> fields[] = {
        {EntryLabels::description(), &Comparison::description},
        {EntryLabels::whenYouSeeIt(), &Comparison::when},
        {EntryLabels::howToFix(), &Comparison::fix}};
    for (const auto &[label, field] : fields)
        appendSection(out, label,
                      EntryLabels::labelled(c.left().code, (c.*field)(c.left())) + u'\n' +
                          EntryLabels::labelled(c.right().code, (c.*field)(c.right())));
    QStringList rows;
    for (const Comparison::Row &row : c.keyDifferences())
        rows.append((row.same ? u"= "_s : u"≠ "_s) +
                    EntryLabels::labelled(row.label, QString(row.left).replace(u'\n', u' ') +
                                                         u" | "_s +
                                                         QString(row.right).replace(u'\n', u' ')));
    appendSection(out, QCoreApplication::translate("CompareHtml", "Key differences"),
                  rows.join(u'\n'));
    appendSection(out, QCoreApplication::translate("CompareHtml", "What to do"),
                  EntryLabels::labelled(c.left().code, c.action(c.left())) + u'\n' +
                      EntryLabels::labelled(c.right().code, c.action(c.right())));
    return out;
}

QString meaning(const Catalogue &catalogue, const QString &code, bool *known)
{
    const auto found = catalogue.resolve(code);
    if (known)
        *known = !found.isEmpty();
    if (!found.isEmpty()) {
        QStringList titles;
        for (qsizetype i : found) {
            const CodeEntry &e = catalogue.at(i);
            titles.append(e.vendor.isEmpty() ? CatalogueText::title(e)
                                             : QCoreApplication::translate(
                                                   "EntryText", "%1 (at %2)", "title (at vendor)")
                                                   .arg(CatalogueText::title(e), e.vendor));
        }
        return titles.join(u"; "_s);
    }
    const CodeEntry *classEntry = catalogue.classEntry(code);
    const CodeEntry *subject = catalogue.subjectEntry(code);
    QStringList digits;
    for (const CodeEntry *e : {classEntry, subject})
        if (e)
            digits.append(EntryLabels::codeAndTitle(*e));
    if (digits.isEmpty())
        return QCoreApplication::translate("EntryText", "not a known reply code");
    return QCoreApplication::translate("EntryText", "not registered; by its digits: %1")
        .arg(digits.join(u"; "_s));
}

QString reply(const Catalogue &catalogue, const FoundReply &r)
{
    QStringList codes;
    for (const QString &code : {r.basic, r.enhanced})
        if (!code.isEmpty())
            codes.append(code);
    QString out = codes.join(u' ');
    QStringList facts;
    if (!r.stage.isEmpty())
        facts.append(QCoreApplication::translate("EntryText", "stage: %1").arg(r.stage));
    if (!r.provider.isEmpty())
        facts.append(QCoreApplication::translate("EntryText", "provider: %1").arg(r.provider));
    if (!r.retryDelay.isEmpty())
        facts.append(QCoreApplication::translate("EntryText", "retry after: %1").arg(r.retryDelay));
    if (!r.blockList.isEmpty())
        facts.append(QCoreApplication::translate("EntryText", "block list: %1").arg(r.blockList));
    if (!facts.isEmpty())
        out += u"  ("_s + facts.join(u", "_s) + u')';
    out += u'\n';
    for (const QString &code : std::as_const(codes))
        out += u"  "_s + EntryLabels::labelled(code, meaning(catalogue, code)) + u'\n';
    if (r.classMismatch())
        out += u"  "_s +
               QCoreApplication::translate(
                   "EntryText", "Warning: the basic code %1 and the enhanced code %2 disagree "
                                "on the class; trust the basic code for retry decisions.")
                   .arg(r.basic, r.enhanced) +
               u'\n';
    return out;
}

} // namespace SmtpCodes::EntryText
