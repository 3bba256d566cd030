#include "catalogueloader.h"

#include "cataloguebinary.h"
#include "code.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

const QSet<QString> &allowedFields()
{
    static const QSet<QString> fields = {
        u"code"_s,        u"vendor"_s,    u"provenance"_s,   u"title"_s,
        u"description"_s, u"when"_s,      u"fix"_s,          u"contexts"_s,
        u"actors"_s,      u"commands"_s,  u"session"_s,      u"rfc"_s,
        u"reference"_s,   u"related"_s,   u"confusedWith"_s, u"associatedBasic"_s,
        u"rangeEnd"_s,    u"deprecated"_s};
    return fields;
}

const QSet<QString> &allowedCommands()
{
    static const QSet<QString> commands = {
        u"CONNECT"_s, u"EHLO"_s,     u"HELO"_s, u"MAIL"_s, u"RCPT"_s, u"DATA"_s, u"DATA-END"_s,
        u"BDAT"_s,    u"RSET"_s,     u"VRFY"_s, u"EXPN"_s, u"HELP"_s, u"NOOP"_s, u"QUIT"_s,
        u"AUTH"_s,    u"STARTTLS"_s, u"ETRN"_s, u"ATRN"_s, u"ANY"_s};
    return commands;
}

const QSet<QString> &allowedActors()
{
    static const QSet<QString> actors = {u"nobody"_s, u"sender"_s, u"sendingServer"_s,
                                         u"receivingServer"_s};
    return actors;
}

bool isRfcReference(const QString &text)
{
    static const QRegularExpression pattern(u"^RFC \\d{3,4}( §\\d+(\\.\\d+)*)?$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<FixRole> fixRoleFromName(const QString &name)
{
    for (FixRole role :
         {FixRole::General, FixRole::Sender, FixRole::SendingServer, FixRole::ReceivingServer})
        if (fixRoleName(role) == name)
            return role;
    return std::nullopt;
}

std::optional<Provenance> provenanceFromName(const QString &name)
{
    for (Provenance provenance :
         {Provenance::Standard, Provenance::Vendor, Provenance::NonStandard})
        if (provenanceName(provenance) == name)
            return provenance;
    return std::nullopt;
}

} // namespace

QString provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Standard:
        return u"standard"_s;
    case Provenance::Vendor:
        return u"vendor"_s;
    case Provenance::NonStandard:
        return u"nonstandard"_s;
    }
    return {};
}

QString fixRoleName(FixRole role)
{
    switch (role) {
    case FixRole::General:
        return u"general"_s;
    case FixRole::Sender:
        return u"sender"_s;
    case FixRole::SendingServer:
        return u"sendingServer"_s;
    case FixRole::ReceivingServer:
        return u"receivingServer"_s;
    }
    return {};
}

Catalogue CatalogueLoader::load(const QList<Source> &sources)
{
    QList<CodeEntry> entries;
    QSet<QString> keys;
    for (const Source &source : sources) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(source.json, &error);
        if (error.error != QJsonParseError::NoError) {
            addProblem(
                source.name,
                u"is not valid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()));
            continue;
        }
        const QJsonObject root = document.object();
        if (!document.isObject() || root.keys() != QStringList{u"entries"_s} ||
            !root.value(u"entries").isArray()) {
            addProblem(source.name, u"must be an object with one array \"entries\""_s);
            continue;
        }
        const QJsonArray array = root.value(u"entries").toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString code = object.value(u"code").toString();
            const QString where = u"%1: entry %2 (%3)"_s.arg(source.name)
                                      .arg(i + 1)
                                      .arg(code.isEmpty() ? u"no code"_s : code);
            CodeEntry entry;
            if (!array.at(i).isObject()) {
                addProblem(where, u"is not an object"_s);
                continue;
            }
            if (!readEntry(where, object, entry))
                continue;
            if (keys.contains(entry.key)) {
                addProblem(where, u"duplicates the key %1"_s.arg(entry.key));
                continue;
            }
            keys.insert(entry.key);
            entries.append(std::move(entry));
        }
    }
    checkReferences(entries);
    return Catalogue(std::move(entries));
}

Catalogue CatalogueLoader::loadBinary(const QString &name, QByteArrayView data,
                                      CatalogueBinary::Strings strings)
{
    QString error;
    std::optional<QList<CodeEntry>> entries = CatalogueBinary::read(data, &error, strings);
    if (!entries) {
        addProblem(name, error);
        return {};
    }
    return Catalogue(std::move(*entries));
}

void CatalogueLoader::addProblem(const QString &where, const QString &rule)
{
    m_problems.append(where + u": "_s + rule);
}

bool CatalogueLoader::readEntry(const QString &where, const QJsonObject &object, CodeEntry &entry)
{
    const int problemsBefore = m_problems.size();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowedFields().contains(it.key()))
            addProblem(where, u"has the unknown field \"%1\""_s.arg(it.key()));

    entry.code = object.value(u"code").toString();
    const auto kind = Code::kindOf(entry.code);
    if (!kind) {
        addProblem(where, u"has a malformed code \"%1\""_s.arg(entry.code));
        return false;
    }
    entry.kind = *kind;
    const bool detailed = entry.kind == CodeKind::Basic || entry.kind == CodeKind::Enhanced;

    auto text = [&](const QJsonValue &value, const QString &field) {
        const QString s = value.toString();
        if (!value.isString() || s.trimmed().isEmpty())
            addProblem(where, u"misses the text field \"%1\""_s.arg(field));
        return s;
    };
    auto strings = [&](const QString &field, bool required) {
        QStringList list;
        const QJsonValue value = object.value(field);
        if (value.isUndefined()) {
            if (required)
                addProblem(where, u"misses the field \"%1\""_s.arg(field));
            return list;
        }
        if (!value.isArray()) {
            addProblem(where, u"field \"%1\" must be an array of strings"_s.arg(field));
            return list;
        }
        for (const QJsonValue &item : value.toArray())
            list.append(text(item, field));
        return list;
    };

    if (const auto provenance = provenanceFromName(object.value(u"provenance").toString()))
        entry.provenance = *provenance;
    else
        addProblem(where, u"needs provenance standard, vendor or nonstandard"_s);

    entry.vendor = object.value(u"vendor").toString();
    if ((entry.provenance == Provenance::Vendor) != !entry.vendor.isEmpty())
        addProblem(where, u"must name a vendor exactly when its provenance is vendor"_s);
    entry.key = entry.vendor.isEmpty() ? entry.code : entry.code + u'@' + entry.vendor;

    entry.title = text(object.value(u"title"), u"title"_s);
    entry.description = text(object.value(u"description"), u"description"_s);
    entry.rfcs = strings(u"rfc"_s, true);
    for (const QString &rfc : std::as_const(entry.rfcs))
        if (!isRfcReference(rfc))
            addProblem(where, u"has a malformed RFC reference \"%1\""_s.arg(rfc));
    if (entry.provenance == Provenance::Standard && entry.rfcs.isEmpty())
        addProblem(where, u"is standard but names no RFC"_s);
    if (entry.provenance != Provenance::Standard)
        entry.reference = text(object.value(u"reference"), u"reference"_s);

    if (detailed) {
        entry.when = text(object.value(u"when"), u"when"_s);
        const QJsonObject fix = object.value(u"fix").toObject();
        if (fix.isEmpty())
            addProblem(where, u"misses the field \"fix\""_s);
        for (auto it = fix.begin(); it != fix.end(); ++it) {
            const auto role = fixRoleFromName(it.key());
            if (!role)
                addProblem(where, u"has the unknown fix role \"%1\""_s.arg(it.key()));
            else
                entry.fix.insert(*role, text(it.value(), u"fix."_s + it.key()));
        }
        entry.actors = strings(u"actors"_s, true);
        for (const QString &actor : std::as_const(entry.actors))
            if (!allowedActors().contains(actor))
                addProblem(where, u"has the unknown actor \"%1\""_s.arg(actor));
        if (entry.actors.isEmpty())
            addProblem(where, u"names no actor"_s);
        entry.related = strings(u"related"_s, true);
        const QJsonValue confused = object.value(u"confusedWith");
        if (!confused.isArray() || confused.toArray().isEmpty())
            addProblem(where, u"needs at least one \"confusedWith\" item"_s);
        for (const QJsonValue &item : confused.toArray()) {
            const QJsonObject o = item.toObject();
            if (o.size() != 2)
                addProblem(where, u"has a confusedWith item without exactly code and difference"_s);
            entry.confusedWith.append({text(o.value(u"code"), u"confusedWith.code"_s),
                                       text(o.value(u"difference"), u"confusedWith.difference"_s)});
        }
    }
    for (const QJsonValue &item : object.value(u"contexts").toArray()) {
        const QJsonObject o = item.toObject();
        if (o.size() != 2)
            addProblem(where, u"has a contexts item without exactly context and meaning"_s);
        entry.contexts.append({text(o.value(u"context"), u"contexts.context"_s),
                               text(o.value(u"meaning"), u"contexts.meaning"_s)});
    }

    if (entry.kind == CodeKind::Basic) {
        entry.commands = strings(u"commands"_s, true);
        for (const QString &command : std::as_const(entry.commands))
            if (!allowedCommands().contains(command))
                addProblem(where, u"has the unknown command \"%1\""_s.arg(command));
        const QString session = object.value(u"session").toString();
        if (session == u"continues")
            entry.session = SessionEffect::Continues;
        else if (session == u"closes")
            entry.session = SessionEffect::Closes;
        else if (session == u"may-close")
            entry.session = SessionEffect::MayClose;
        else
            addProblem(where, u"needs session continues, closes or may-close"_s);
    }
    const bool registryEntry = entry.kind == CodeKind::Enhanced && entry.code.startsWith(u'X');
    entry.associatedBasic = strings(u"associatedBasic"_s, registryEntry);
    entry.rangeEnd = object.value(u"rangeEnd").toString();
    if (object.contains(u"rangeEnd") &&
        (!Code::isConcreteEnhanced(entry.rangeEnd) || !Code::isConcreteEnhanced(entry.code) ||
         entry.rangeEnd.section(u'.', 0, 1) != entry.code.section(u'.', 0, 1) ||
         !Code::lessThan(entry.code, entry.rangeEnd)))
        addProblem(where, u"has a rangeEnd that does not extend its code"_s);
    entry.deprecated = object.value(u"deprecated").toBool(false);
    return m_problems.size() == problemsBefore;
}

void CatalogueLoader::checkReferences(QList<CodeEntry> &entries)
{
    QSet<QString> keys;
    for (const CodeEntry &entry : std::as_const(entries))
        keys.insert(entry.key);
    for (const CodeEntry &entry : std::as_const(entries)) {
        auto check = [&](const QString &key, const QString &field) {
            if (!keys.contains(key))
                addProblem(entry.key,
                           u"%1 names %2, which is not in the catalogue"_s.arg(field, key));
            else if (key == entry.key)
                addProblem(entry.key, u"%1 names the entry itself"_s.arg(field));
        };
        for (const QString &key : entry.related)
            check(key, u"related"_s);
        for (const ConfusedWith &item : entry.confusedWith)
            check(item.key, u"confusedWith"_s);
        for (const QString &key : entry.associatedBasic)
            check(key, u"associatedBasic"_s);
    }
}

} // namespace SmtpCodes
