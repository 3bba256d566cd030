#include "cataloguetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

FixRole fixRoleForActor(const QString &actorId)
{
    if (actorId == u"sender")
        return FixRole::Sender;
    if (actorId == u"sendingServer")
        return FixRole::SendingServer;
    if (actorId == u"receivingServer")
        return FixRole::ReceivingServer;
    return FixRole::General;
}

} // namespace SmtpCodes

namespace SmtpCodes::CatalogueText {

QString disambiguation(const CodeEntry &entry, const QString &field)
{
    return entry.key + u'/' + field;
}

QString translate(const QString &english, const QString &disambiguationText)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate(context, english.toUtf8().constData(),
                                       disambiguationText.toUtf8().constData());
}

QString title(const CodeEntry &entry)
{
    return translate(entry.title, disambiguation(entry, u"title"_s));
}

QString description(const CodeEntry &entry)
{
    return translate(entry.description, disambiguation(entry, u"description"_s));
}

QString when(const CodeEntry &entry)
{
    return translate(entry.when, disambiguation(entry, u"when"_s));
}

QString fix(const CodeEntry &entry, FixRole role)
{
    return translate(entry.fix.value(role), disambiguation(entry, u"fix/"_s + fixRoleName(role)));
}

QString nextStep(const CodeEntry &entry)
{
    if (entry.fix.isEmpty())
        return {};
    for (const QString &actor : entry.actors) {
        const FixRole role = fixRoleForActor(actor);
        if (entry.fix.contains(role))
            return fix(entry, role);
    }
    return fix(entry, entry.fix.firstKey());
}

QString contextLabel(const CodeEntry &entry, int index)
{
    return translate(entry.contexts.at(index).context,
                     disambiguation(entry, u"contexts/%1/context"_s.arg(index)));
}

QString contextMeaning(const CodeEntry &entry, int index)
{
    return translate(entry.contexts.at(index).meaning,
                     disambiguation(entry, u"contexts/%1/meaning"_s.arg(index)));
}

QString difference(const CodeEntry &entry, const ConfusedWith &item)
{
    return translate(item.difference, disambiguation(entry, u"confusedWith/"_s + item.key));
}

} // namespace SmtpCodes::CatalogueText
