#include "comparison.h"

#include "cataloguetext.h"
#include "code.h"
#include "entrylabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

bool qualifies(const CodeEntry &enhanced, const CodeEntry &basic)
{
    return enhanced.associatedBasic.contains(basic.key) || enhanced.related.contains(basic.key) ||
           basic.related.contains(enhanced.key);
}

} // namespace

std::optional<std::pair<QString, QString>> Comparison::parsePair(QStringView text)
{
    static const QRegularExpression pair(
        u"^\\s*([0-9xX.]+(?:@\\w+)?)\\s*(?:\\s[vV][sS]\\.?\\s|/|\\s)\\s*([0-9xX.]+(?:@\\w+)?)\\s*$"_s);
    if (text.size() > 64)
        return std::nullopt;
    const auto match = pair.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QString a = match.captured(1);
    const QString b = match.captured(2);
    auto looksLikeCode = [](const QString &c) {
        return Code::kindOf(c.section(u'@', 0, 0)).has_value();
    };
    if (!looksLikeCode(a) || !looksLikeCode(b))
        return std::nullopt;
    return std::make_pair(a, b);
}

Comparison::Comparison(const Catalogue &catalogue, const QString &left, const QString &right)
    : m_catalogue(catalogue)
    , m_left(makeSide(left))
    , m_right(makeSide(right))
{
}

Comparison::Side Comparison::makeSide(const QString &code) const
{
    Side side{code, m_catalogue.lookup(code)};
    if (side.entry && side.code.contains(u'@'))
        side.code = side.entry->code;
    return side;
}

const Comparison::Side *Comparison::unknownSide() const
{
    for (const Side *side : {&m_left, &m_right})
        if (!side->entry && !Code::kindOf(side->code))
            return side;
    return nullptr;
}

QString Comparison::title(const Side &side) const
{
    return side.entry ? CatalogueText::title(*side.entry)
                      : QCoreApplication::translate("Comparison", "Not in the catalogue");
}

QString Comparison::heading() const
{
    return QCoreApplication::translate("Comparison", "SMTP %1 %2 vs %3 %4")
        .arg(m_left.code, title(m_left), m_right.code, title(m_right));
}

QString Comparison::classText(const Side &side) const
{
    const CodeEntry *entry = m_catalogue.classEntry(side.code);
    if (!entry)
        return QCoreApplication::translate("Comparison",
                                           "a reply whose class depends on the server's reply");
    return EntryLabels::classLine(m_catalogue, *entry);
}

QString Comparison::subjectText(const Side &side) const
{
    const CodeEntry *subject = m_catalogue.subjectEntry(side.code);
    return subject ? EntryLabels::codeAndTitle(*subject) : QString();
}

QString Comparison::summary() const
{
    if (m_left.entry && m_left.entry == m_right.entry)
        return QCoreApplication::translate(
                   "Comparison",
                   "You are comparing %1 with itself: both sides show the same entry.")
            .arg(m_left.code);
    if (m_left.entry && m_right.entry) {
        const CodeEntry &a = *m_left.entry;
        const CodeEntry &b = *m_right.entry;
        if (a.kind == CodeKind::Enhanced && b.kind == CodeKind::Basic && qualifies(a, b))
            return QCoreApplication::translate(
                       "Comparison",
                       "%1 is an enhanced status code that qualifies a %2 reply: servers send "
                       "them together, as in \"%2 %1\".")
                .arg(m_left.code, m_right.code);
        if (b.kind == CodeKind::Enhanced && a.kind == CodeKind::Basic && qualifies(b, a))
            return QCoreApplication::translate(
                       "Comparison",
                       "%1 is an enhanced status code that qualifies a %2 reply: servers send "
                       "them together, as in \"%2 %1\".")
                .arg(m_right.code, m_left.code);
    }
    const QChar a = Code::classDigit(m_left.code);
    const QChar b = Code::classDigit(m_right.code);
    const QString left = classText(m_left);
    const QString right = classText(m_right);
    if (!a.isNull() && a == b)
        return QCoreApplication::translate("Comparison", "Both belong to %1.").arg(left);
    return QCoreApplication::translate("Comparison", "%1 is a %2 reply, while %3 is a %4 reply.")
        .arg(m_left.code, left, m_right.code, right);
}

QString Comparison::description(const Side &side) const
{
    if (side.entry)
        return CatalogueText::description(*side.entry);
    const CodeEntry *classEntry = m_catalogue.classEntry(side.code);
    const CodeEntry *subject = m_catalogue.subjectEntry(side.code);
    QString text = QCoreApplication::translate(
                       "Comparison",
                       "%1 is not registered in the catalogue; its digits still tell its meaning.")
                       .arg(side.code);
    for (const CodeEntry *e : {classEntry, subject})
        if (e)
            text += u' ' + CatalogueText::description(*e);
    return text;
}

QString Comparison::when(const Side &side) const
{
    return side.entry && !side.entry->when.isEmpty()
               ? CatalogueText::when(*side.entry)
               : QCoreApplication::translate("Comparison", "Not documented for this code.");
}

QString Comparison::fix(const Side &side) const
{
    if (!side.entry || side.entry->fix.isEmpty())
        return QCoreApplication::translate(
            "Comparison",
            "Read the server's full reply text: an unregistered code is explained by its "
            "wording and its class.");
    QStringList parts;
    for (auto it = side.entry->fix.cbegin(); it != side.entry->fix.cend(); ++it)
        parts.append(EntryLabels::labelled(EntryLabels::fixRole(it.key()),
                                           CatalogueText::fix(*side.entry, it.key())));
    return parts.join(u'\n');
}

QString Comparison::action(const Side &side) const
{
    if (!side.entry || side.entry->fix.isEmpty())
        return fix(side);
    return CatalogueText::nextStep(*side.entry);
}

QList<Comparison::Row> Comparison::keyDifferences() const
{
    QList<Row> rows;
    auto add = [&rows](const QString &label, const QString &left, const QString &right) {
        rows.append({label, left, right, left == right});
    };
    auto retry = [](const Side &side) {
        const QChar digit = Code::classDigit(side.code);
        if (digit == u'4')
            return QCoreApplication::translate("Comparison",
                                               "Transient: the client should retry later.");
        if (digit == u'5')
            return QCoreApplication::translate(
                "Comparison", "Permanent: do not retry without changing something.");
        if (digit == u'2' || digit == u'3')
            return QCoreApplication::translate("Comparison",
                                               "Success or next step: nothing to retry.");
        return QCoreApplication::translate(
            "Comparison", "Depends on the class of the reply (4 transient, 5 permanent).");
    };
    add(QCoreApplication::translate("Comparison", "Class"),
        classText(m_left) + u"\n"_s + retry(m_left), classText(m_right) + u"\n"_s + retry(m_right));
    add(QCoreApplication::translate("Comparison", "Category or subject"), subjectText(m_left),
        subjectText(m_right));
    auto kind = [](const Side &s) {
        return s.entry ? EntryLabels::kind(s.entry->kind)
                       : QCoreApplication::translate("Comparison", "Unknown code");
    };
    add(QCoreApplication::translate("Comparison", "Kind"), kind(m_left), kind(m_right));
    auto actors = [](const Side &s) {
        return s.entry ? EntryLabels::actors(*s.entry).join(u"; "_s) : QString();
    };
    add(QCoreApplication::translate("Comparison", "Who must act"), actors(m_left), actors(m_right));
    auto provenance = [](const Side &s) {
        return s.entry ? EntryLabels::provenance(*s.entry)
                       : QCoreApplication::translate("Comparison", "Not registered");
    };
    add(QCoreApplication::translate("Comparison", "Provenance"), provenance(m_left),
        provenance(m_right));
    auto commands = [](const Side &s) {
        QStringList list;
        if (s.entry)
            for (const QString &c : s.entry->commands)
                list.append(EntryLabels::command(c));
        return list.isEmpty() ? QCoreApplication::translate("Comparison", "Not applicable.")
                              : list.join(u", "_s);
    };
    add(QCoreApplication::translate("Comparison", "Returned by"), commands(m_left),
        commands(m_right));
    auto session = [](const Side &s) {
        return EntryLabels::session(s.entry ? s.entry->session : SessionEffect::NotApplicable);
    };
    add(QCoreApplication::translate("Comparison", "Ends the session"), session(m_left),
        session(m_right));
    auto rfcs = [](const Side &s) {
        return s.entry && !s.entry->rfcs.isEmpty()
                   ? s.entry->rfcs.join(u", "_s)
                   : QCoreApplication::translate("Comparison", "None");
    };
    add(QCoreApplication::translate("Comparison", "RFC references"), rfcs(m_left), rfcs(m_right));
    return rows;
}

} // namespace SmtpCodes
