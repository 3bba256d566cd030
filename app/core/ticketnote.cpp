#include "ticketnote.h"

#include "cataloguetext.h"
#include "entrylabels.h"
#include "languages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpCodes::TicketNote {

namespace {

QString render(const Catalogue &catalogue, const CodeEntry &entry)
{
    const std::pair<const char *, QString> fields[] = {
        {QT_TRANSLATE_NOOP("TicketNote", "Code"), EntryLabels::codeAndTitle(entry)},
        {QT_TRANSLATE_NOOP("TicketNote", "Meaning"), CatalogueText::description(entry)},
        {QT_TRANSLATE_NOOP("TicketNote", "Class"), EntryLabels::classLine(catalogue, entry)},
        {QT_TRANSLATE_NOOP("TicketNote", "Likely cause"), CatalogueText::when(entry)},
        {QT_TRANSLATE_NOOP("TicketNote", "Next step"), CatalogueText::nextStep(entry)},
        {QT_TRANSLATE_NOOP("TicketNote", "Who must act"),
         EntryLabels::actors(entry).join(u" / "_s)},
        {QT_TRANSLATE_NOOP("TicketNote", "Reference"), EntryLabels::provenance(entry)},
    };
    QString note;
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            note += EntryLabels::labelled(QCoreApplication::translate("TicketNote", label), value) +
                    u'\n';
    return note;
}

} // namespace

QString text(const Catalogue &catalogue, const CodeEntry &entry, const QString &language)
{
    const TemporaryLanguage scope(language);
    return render(catalogue, entry);
}

} // namespace SmtpCodes::TicketNote
