#include "comparehtml.h"

#include "comparison.h"
#include "entryhtml.h"
#include "entrylabels.h"
#include "pagecolors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes::CompareHtml {

namespace {

QString cell(const QString &text, const QString &attributes = {})
{
    QString html = EntryHtml::escaped(text);
    html.replace(u'\n', u"<br>"_s);
    return u"<td valign=\"top\" "_s + attributes + u">"_s + html + u"</td>"_s;
}

QString headerCell(const QString &text)
{
    return u"<th align=\"left\" valign=\"top\">"_s + EntryHtml::escaped(text) + u"</th>"_s;
}

} // namespace

QString page(const Comparison &c, const PageColors &colors)
{
    using S = const Comparison::Side &;
    const auto &l = c.left();
    const auto &r = c.right();
    QString html = u"<h2>"_s + EntryHtml::escaped(c.heading()) + u"</h2>"_s;
    html += u"<p>"_s + EntryHtml::escaped(c.summary()) + u"</p>"_s;

    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"_s;
    html += u"<tr><th></th>"_s + headerCell(l.code) + headerCell(r.code) + u"</tr>"_s;
    auto row = [&](const QString &label, QString (Comparison::*field)(S) const) {
        html +=
            u"<tr>"_s + headerCell(label) + cell((c.*field)(l)) + cell((c.*field)(r)) + u"</tr>"_s;
    };
    row(EntryLabels::description(), &Comparison::description);
    row(EntryLabels::whenYouSeeIt(), &Comparison::when);
    row(EntryLabels::howToFix(), &Comparison::fix);
    html += u"</table>"_s;

    html += u"<h3>"_s +
            EntryHtml::escaped(QCoreApplication::translate("CompareHtml", "Key differences")) +
            u"</h3>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"_s;
    const QString same = QCoreApplication::translate("CompareHtml", "= same");
    const QString differs = QCoreApplication::translate("CompareHtml", "≠ differs");
    for (const Comparison::Row &d : c.keyDifferences()) {
        // Colour plus a text marker: never colour alone.
        const QString shade = u"bgcolor=\""_s + (d.same ? colors.same : colors.differs) + u'"';
        html += u"<tr>"_s + headerCell(d.label) + cell(d.same ? same : differs, shade) +
                cell(d.left) + cell(d.right) + u"</tr>"_s;
    }
    html += u"</table>"_s;

    html += u"<h3>"_s +
            EntryHtml::escaped(QCoreApplication::translate("CompareHtml", "What to do")) +
            u"</h3><ul>"_s;
    for (const Comparison::Side *side : {&l, &r})
        html += u"<li>"_s +
                EntryLabels::labelled(u"<b>"_s + EntryHtml::escaped(side->code) + u"</b>"_s,
                                      EntryHtml::escaped(c.action(*side))) +
                u"</li>"_s;
    html += u"</ul>"_s;
    return html;
}

} // namespace SmtpCodes::CompareHtml
