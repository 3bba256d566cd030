#include "entryhtml.h"

#include "cataloguetext.h"
#include "code.h"
#include "entrylabels.h"
#include "pagecolors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes::EntryHtml {

namespace {

QString section(const QString &heading, const QString &bodyHtml)
{
    return u"<h3>"_s + escaped(heading) + u"</h3>"_s + bodyHtml;
}

// With "Show English alongside", the English source follows each translated text.
struct English
{
    bool shown;
    QString color;
};

QString english(const English &options, const QString &translated, const QString &source)
{
    if (!options.shown || translated == source)
        return {};
    return u"<p style=\"color:"_s + options.color + u"\"><i>EN · "_s + source.toHtmlEscaped() +
           u"</i></p>"_s;
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + escaped(text) + u"</p>"_s;
}

QString codeLink(const Catalogue &catalogue, const QString &key, const QUrl &url)
{
    const CodeEntry *target = catalogue.find(key);
    const QString label = target ? EntryLabels::displayCode(*target) : key;
    return u"<a href=\""_s + escaped(url.toString()) + u"\">"_s + escaped(label) + u"</a>"_s;
}

QString codeLink(const Catalogue &catalogue, const QString &key)
{
    return codeLink(catalogue, key, linkTo(key));
}

QString fixSection(const CodeEntry &entry, const English &withEnglish)
{
    QString html;
    for (auto it = entry.fix.cbegin(); it != entry.fix.cend(); ++it) {
        if (entry.fix.size() > 1 || it.key() != FixRole::General)
            html += u"<p><b>"_s + escaped(EntryLabels::fixRole(it.key())) + u"</b></p>"_s;
        const QString text = CatalogueText::fix(entry, it.key());
        html += paragraph(text) + english(withEnglish, text, it.value());
    }
    return section(EntryLabels::howToFix(), html);
}

QString factsTable(const Catalogue &catalogue, const CodeEntry &entry)
{
    QString rows;
    auto row = [&rows](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            rows += (rows.isEmpty() ? QString() : u"<br>"_s) +
                    EntryLabels::labelled(u"<b>"_s + escaped(label) + u"</b>"_s, valueHtml);
    };
    row(QCoreApplication::translate("EntryHtml", "Kind"), escaped(EntryLabels::kind(entry.kind)));
    row(QCoreApplication::translate("EntryHtml", "Provenance"),
        escaped(EntryLabels::provenance(entry)));
    QStringList commands;
    for (const QString &command : entry.commands)
        commands.append(EntryLabels::command(command));
    row(QCoreApplication::translate("EntryHtml", "Returned by"), escaped(commands.join(u", "_s)));
    if (entry.session != SessionEffect::NotApplicable)
        row(QCoreApplication::translate("EntryHtml", "Session"),
            escaped(EntryLabels::session(entry.session)));
    row(QCoreApplication::translate("EntryHtml", "Who must act"),
        escaped(EntryLabels::actors(entry).join(u"; "_s)));
    QStringList basics;
    for (const QString &key : entry.associatedBasic)
        basics.append(codeLink(catalogue, key));
    row(QCoreApplication::translate("EntryHtml", "Usual basic codes"), basics.join(u", "_s));
    QStringList related;
    for (const QString &key : entry.related)
        related.append(codeLink(catalogue, key));
    row(QCoreApplication::translate("EntryHtml", "Related codes"), related.join(u", "_s));
    return u"<p>"_s + rows + u"</p>"_s;
}

} // namespace

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Internal links are "code:<key>" (open the entry) and "compare:<key>" (compare with it).
static QUrl internalLink(const QString &scheme, const QString &key)
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(key);
    return url;
}

QUrl linkTo(const QString &key)
{
    return internalLink(u"code"_s, key);
}

QUrl compareLinkTo(const QString &key)
{
    return internalLink(u"compare"_s, key);
}

QString keyFromLink(const QUrl &url)
{
    return url.scheme() == u"code" ? url.path() : QString();
}

QString compareKeyFromLink(const QUrl &url)
{
    return url.scheme() == u"compare" ? url.path() : QString();
}

QString page(const Catalogue &catalogue, const CodeEntry &entry, bool showEnglish,
             const PageColors &colors)
{
    const English withEnglish{showEnglish, colors.muted};
    QString html = u"<h2>"_s +
                   escaped(QCoreApplication::translate("EntryHtml", "%1: %2", "code: title")
                               .arg(EntryLabels::displayCode(entry), CatalogueText::title(entry))) +
                   u"</h2>"_s;
    // The class colour is never alone: it is the background of the class's own label.
    const QString classColor = colors.forClass(Code::classDigit(entry.code));
    const QString classLine = EntryLabels::classLine(catalogue, entry);
    if (!classLine.isEmpty())
        html += classColor.isEmpty()
                    ? u"<p><i>"_s + escaped(classLine) + u"</i></p>"_s
                    : u"<p><span style=\"background-color:"_s + classColor + u"\">&nbsp;"_s +
                          escaped(classLine) + u"&nbsp;</span></p>"_s;
    const QString subjectLine = EntryLabels::subjectLine(catalogue, entry);
    if (!subjectLine.isEmpty())
        html += u"<p><i>"_s + escaped(subjectLine) + u"</i></p>"_s;
    if (entry.deprecated)
        html += paragraph(QCoreApplication::translate(
            "EntryHtml", "Deprecated: the registry no longer recommends this code."));
    html += section(EntryLabels::description(),
                    paragraph(CatalogueText::description(entry)) +
                        english(withEnglish, CatalogueText::description(entry), entry.description));
    if (!entry.contexts.isEmpty()) {
        QString list = u"<ul>"_s;
        for (int i = 0; i < entry.contexts.size(); ++i)
            list += u"<li>"_s +
                    EntryLabels::labelled(
                        u"<b>"_s + escaped(CatalogueText::contextLabel(entry, i)) + u"</b>"_s,
                        escaped(CatalogueText::contextMeaning(entry, i))) +
                    english(withEnglish, CatalogueText::contextMeaning(entry, i),
                            entry.contexts[i].meaning) +
                    u"</li>"_s;
        html += section(QCoreApplication::translate("EntryHtml", "Meaning by context"),
                        list + u"</ul>"_s);
    }
    if (!entry.when.isEmpty())
        html += section(EntryLabels::whenYouSeeIt(),
                        paragraph(CatalogueText::when(entry)) +
                            english(withEnglish, CatalogueText::when(entry), entry.when));
    if (!entry.fix.isEmpty())
        html += fixSection(entry, withEnglish);
    if (!entry.confusedWith.isEmpty()) {
        QString list = u"<ul>"_s;
        for (const ConfusedWith &item : entry.confusedWith)
            list += u"<li>"_s +
                    EntryLabels::labelled(codeLink(catalogue, item.key, compareLinkTo(item.key)),
                                          escaped(CatalogueText::difference(entry, item))) +
                    english(withEnglish, CatalogueText::difference(entry, item), item.difference) +
                    u"</li>"_s;
        html += section(QCoreApplication::translate("EntryHtml", "Often confused with"),
                        list + u"</ul>"_s);
    }
    html +=
        section(QCoreApplication::translate("EntryHtml", "Facts"), factsTable(catalogue, entry));
    return html;
}

} // namespace SmtpCodes::EntryHtml
