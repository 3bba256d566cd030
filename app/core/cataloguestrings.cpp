#include "cataloguestrings.h"

#include "cataloguetext.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

QString cStringLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    out += u'"';
    return out;
}

void addLine(QString &out, const CodeEntry &entry, const QString &field, const QString &text)
{
    if (text.isEmpty())
        return;
    out += u"QT_TRANSLATE_NOOP3(\"%1\", %2, %3);\n"_s.arg(
        QLatin1String(CatalogueText::context), cStringLiteral(text),
        cStringLiteral(CatalogueText::disambiguation(entry, field)));
}

} // namespace

QString catalogueTranslationSource(const Catalogue &catalogue)
{
    QString out =
        u"// Generated from resources/catalogue/*.json by catalogue-strings. Do not edit.\n"
        u"// lupdate reads this file; it is never compiled.\n\n"_s;
    for (const CodeEntry &entry : catalogue.entries()) {
        out += u"// "_s + entry.key + u'\n';
        addLine(out, entry, u"title"_s, entry.title);
        addLine(out, entry, u"description"_s, entry.description);
        addLine(out, entry, u"when"_s, entry.when);
        for (auto it = entry.fix.cbegin(); it != entry.fix.cend(); ++it)
            addLine(out, entry, u"fix/"_s + fixRoleName(it.key()), it.value());
        for (int i = 0; i < entry.contexts.size(); ++i) {
            addLine(out, entry, u"contexts/%1/context"_s.arg(i), entry.contexts[i].context);
            addLine(out, entry, u"contexts/%1/meaning"_s.arg(i), entry.contexts[i].meaning);
        }
        for (const ConfusedWith &item : entry.confusedWith)
            addLine(out, entry, u"confusedWith/"_s + item.key, item.difference);
    }
    return out;
}

} // namespace SmtpCodes
