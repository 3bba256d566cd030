#include "entrylabels.h"

#include "cataloguetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes::EntryLabels {

QString description()
{
    return QCoreApplication::translate("EntryLabels", "Description");
}

QString whenYouSeeIt()
{
    return QCoreApplication::translate("EntryLabels", "When you see it");
}

QString howToFix()
{
    return QCoreApplication::translate("EntryLabels", "How to fix");
}

QString fixRole(FixRole role)
{
    switch (role) {
    case FixRole::General:
        return QCoreApplication::translate("EntryLabels", "For everyone");
    case FixRole::Sender:
        return QCoreApplication::translate("EntryLabels", "If you are sending");
    case FixRole::SendingServer:
        return QCoreApplication::translate("EntryLabels", "If you run the sending server");
    case FixRole::ReceivingServer:
        return QCoreApplication::translate("EntryLabels", "If you run the receiving server");
    }
    return {};
}

QString actor(const QString &actorId)
{
    if (actorId == u"nobody")
        return QCoreApplication::translate("EntryLabels", "Nobody: no action is needed");
    if (actorId == u"sender")
        return QCoreApplication::translate("EntryLabels", "The sender");
    if (actorId == u"sendingServer")
        return QCoreApplication::translate("EntryLabels", "The sending server's administrator");
    if (actorId == u"receivingServer")
        return QCoreApplication::translate("EntryLabels", "The receiving server's administrator");
    return actorId;
}

QStringList actors(const CodeEntry &entry)
{
    QStringList names;
    for (const QString &actorId : entry.actors)
        names.append(actor(actorId));
    return names;
}

QString command(const QString &commandId)
{
    if (commandId == u"CONNECT")
        return QCoreApplication::translate("EntryLabels", "Connection greeting");
    if (commandId == u"DATA-END")
        return QCoreApplication::translate("EntryLabels", "End of message data");
    if (commandId == u"ANY")
        return QCoreApplication::translate("EntryLabels", "Any command");
    return commandId;
}

QString session(SessionEffect effect)
{
    switch (effect) {
    case SessionEffect::Continues:
        return QCoreApplication::translate("EntryLabels", "The session continues.");
    case SessionEffect::Closes:
        return QCoreApplication::translate("EntryLabels",
                                           "The server closes the connection after this reply.");
    case SessionEffect::MayClose:
        return QCoreApplication::translate("EntryLabels",
                                           "The server may close the connection after this reply.");
    case SessionEffect::NotApplicable:
        break;
    }
    return QCoreApplication::translate("EntryLabels", "Not applicable.");
}

QString provenance(const CodeEntry &entry)
{
    switch (entry.provenance) {
    case Provenance::Standard:
        return QCoreApplication::translate("EntryLabels", "Standard: %1")
            .arg(entry.rfcs.join(u", "_s));
    case Provenance::Vendor:
        return QCoreApplication::translate("EntryLabels", "Specific to %1 (%2)")
            .arg(entry.vendor, entry.reference);
    case Provenance::NonStandard:
        return QCoreApplication::translate("EntryLabels", "Not standard, but widely seen (%1)")
            .arg(entry.reference);
    }
    return {};
}

QString kind(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Basic:
        return QCoreApplication::translate("EntryLabels", "Basic reply code");
    case CodeKind::Enhanced:
        return QCoreApplication::translate("EntryLabels", "Enhanced status code");
    case CodeKind::Class:
        return QCoreApplication::translate("EntryLabels", "Class (first digit)");
    case CodeKind::Category:
        return QCoreApplication::translate("EntryLabels", "Category (second digit)");
    case CodeKind::Subject:
        return QCoreApplication::translate("EntryLabels", "Subject (enhanced code)");
    }
    return {};
}

QString displayCode(const CodeEntry &entry)
{
    if (entry.vendor.isEmpty())
        return entry.code;
    return QCoreApplication::translate("EntryLabels", "%1 (%2)", "code (vendor)")
        .arg(entry.code, entry.vendor);
}

QString labelled(const QString &label, const QString &text)
{
    return QCoreApplication::translate("EntryLabels", "%1: %2", "a label and its text")
        .arg(label, text);
}

QString codeAndTitle(const CodeEntry &entry)
{
    return QCoreApplication::translate("EntryLabels", "%1 %2", "code and its title")
        .arg(displayCode(entry), CatalogueText::title(entry));
}

QString classLine(const Catalogue &catalogue, const CodeEntry &entry)
{
    if (entry.kind == CodeKind::Enhanced && entry.code.startsWith(u'X')) {
        const QString rest = entry.code.mid(1);
        return QCoreApplication::translate("EntryLabels",
                                           "Class by reply: %1 is transient (retry later), %2 is "
                                           "permanent (do not retry unchanged).")
            .arg(u'4' + rest, u'5' + rest);
    }
    const CodeEntry *classEntry = catalogue.classEntry(entry.code);
    if (!classEntry)
        return {};
    return codeAndTitle(*classEntry);
}

QString subjectLine(const Catalogue &catalogue, const CodeEntry &entry)
{
    const CodeEntry *subject = catalogue.subjectEntry(entry.code);
    if (!subject || subject == &entry)
        return {};
    return codeAndTitle(*subject);
}

} // namespace SmtpCodes::EntryLabels
