#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

enum class CodeKind { Basic, Enhanced, Class, Category, Subject };
enum class Provenance { Standard, Vendor, NonStandard };
enum class SessionEffect { NotApplicable, Continues, Closes, MayClose };

// Roles a fix can address, in display order.
enum class FixRole { General, Sender, SendingServer, ReceivingServer };

struct ConfusedWith
{
    QString key;
    QString difference;
};

struct CodeContext
{
    QString context;
    QString meaning;
};

// One catalogue entry. Texts are the English source; translate them through CatalogueText.
struct CodeEntry
{
    QString key; // code, or code@vendor
    QString code;
    QString vendor;
    CodeKind kind = CodeKind::Basic;
    Provenance provenance = Provenance::Standard;
    QString title;
    QString description;
    QString when;
    QMap<FixRole, QString> fix;
    QList<CodeContext> contexts;
    QStringList actors;
    QStringList commands;
    SessionEffect session = SessionEffect::NotApplicable;
    QStringList rfcs;
    QString reference;
    QStringList related;
    QList<ConfusedWith> confusedWith;
    QStringList associatedBasic;
    QString rangeEnd;
    bool deprecated = false;
};

QString fixRoleName(FixRole role);               // JSON field name: "sender", …
QString provenanceName(Provenance provenance);   // JSON value: "standard", "vendor", …
FixRole fixRoleForActor(const QString &actorId); // "sender" -> Sender; "nobody" -> General

} // namespace SmtpCodes
