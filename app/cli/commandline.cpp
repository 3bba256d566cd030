#include "commandline.h"

#include "catalogue.h"
#include "cataloguetext.h"
#include "comparison.h"
#include "entrylabels.h"
#include "entrytext.h"
#include "languages.h"
#include "replyparser.h"
#include "ticketnote.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace SmtpCodes::CommandLine {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
}

QString kindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Basic:
        return u"basic"_s;
    case CodeKind::Enhanced:
        return u"enhanced"_s;
    case CodeKind::Class:
        return u"class"_s;
    case CodeKind::Category:
        return u"category"_s;
    case CodeKind::Subject:
        return u"subject"_s;
    }
    return {};
}

// What --list --json prints for an entry; --print --json adds the texts.
QJsonObject entryJson(const CodeEntry &e)
{
    QJsonObject o{{u"code"_s, e.code},
                  {u"key"_s, e.key},
                  {u"kind"_s, kindName(e.kind)},
                  {u"title"_s, CatalogueText::title(e)},
                  {u"provenance"_s, provenanceName(e.provenance)}};
    if (!e.vendor.isEmpty())
        o.insert(u"vendor"_s, e.vendor);
    if (!e.rfcs.isEmpty())
        o.insert(u"rfc"_s, QJsonArray::fromStringList(e.rfcs));
    return o;
}

int list(const Catalogue &catalogue, bool json, std::FILE *out)
{
    if (!json) {
        for (const CodeEntry &e : catalogue.entries())
            write(out, EntryLabels::displayCode(e) + u'\t' + CatalogueText::title(e) + u'\n');
        return 0;
    }
    QJsonArray array;
    for (const CodeEntry &e : catalogue.entries()) {
        array.append(entryJson(e));
    }
    write(out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

// Says on `err` that `code` is not in the catalogue, and what its digits mean; exit status 1.
int notInCatalogue(const Catalogue &catalogue, const QString &code, std::FILE *err)
{
    write(err, QCoreApplication::translate("CommandLine",
                                           "smtp-codes: %1 is not in the catalogue (%2).\n")
                   .arg(code, EntryText::meaning(catalogue, code)));
    return 1;
}

int print(const Catalogue &catalogue, const QStringList &codes, bool json, std::FILE *out,
          std::FILE *err)
{
    for (const QString &code : codes)
        if (!catalogue.lookup(code))
            return notInCatalogue(catalogue, code, err);
    if (codes.size() == 2) {
        write(out, EntryText::comparison(Comparison(catalogue, codes[0], codes[1])));
        return 0;
    }
    const CodeEntry *entry = catalogue.find(codes[0]);
    const auto found = catalogue.resolve(codes[0]);
    QList<const CodeEntry *> entries;
    if (entry)
        entries.append(entry);
    else
        for (qsizetype i : found)
            entries.append(&catalogue.at(i));
    for (const CodeEntry *e : entries) {
        if (json) {
            QJsonObject o = entryJson(*e);
            o.insert(u"description"_s, CatalogueText::description(*e));
            o.insert(u"when"_s, CatalogueText::when(*e));
            o.insert(u"rfc"_s, QJsonArray::fromStringList(e->rfcs));
            QJsonObject fix;
            for (auto it = e->fix.cbegin(); it != e->fix.cend(); ++it)
                fix.insert(fixRoleName(it.key()), CatalogueText::fix(*e, it.key()));
            o.insert(u"fix"_s, fix);
            write(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            write(out, EntryText::entry(catalogue, *e) + u'\n');
        }
    }
    return 0;
}

int ticket(const Catalogue &catalogue, const QString &code, const QString &language, std::FILE *out,
           std::FILE *err)
{
    const CodeEntry *entry = catalogue.lookup(code);
    if (!entry)
        return notInCatalogue(catalogue, code, err);
    write(out, TicketNote::text(catalogue, *entry, language));
    return 0;
}

// Explains text line by line without holding more than one line (capped) in memory.
class Explainer
{
public:
    Explainer(const Catalogue &catalogue, bool json, bool summary, std::FILE *out)
        : m_catalogue(catalogue)
        , m_json(json)
        , m_summary(summary)
        , m_out(out)
    {
    }

    void line(const QString &text)
    {
        ++m_lines;
        if (m_json && !m_summary) {
            writeJsonLine(text);
            return;
        }
        for (const FoundReply &reply : m_parser.addLine(text))
            take(reply);
    }

    void finish()
    {
        if (!m_json || m_summary)
            for (const FoundReply &reply : m_parser.finish())
                take(reply);
        if (m_summary)
            writeSummary();
        else if (!m_json && m_found == 0)
            write(m_out, QCoreApplication::translate("CommandLine", "No SMTP reply code found.\n"));
    }

private:
    void take(const FoundReply &reply)
    {
        ++m_found;
        if (m_summary)
            ++m_groups[qMakePair(reply.basic, reply.enhanced)];
        else
            write(m_out, EntryText::reply(m_catalogue, reply));
    }

    QJsonValue title(const QString &code, bool &known) const
    {
        if (code.isEmpty())
            return QJsonValue::Null;
        bool found = false;
        const QString meaning = EntryText::meaning(m_catalogue, code, &found);
        known = known && found;
        return found ? QJsonValue(meaning) : QJsonValue(QJsonValue::Null);
    }

    void writeJsonLine(const QString &text)
    {
        const auto replies = ReplyParser::parseText(text);
        const FoundReply reply = replies.isEmpty() ? FoundReply() : replies.constFirst();
        bool known = !replies.isEmpty();
        auto code = [](const QString &c) { return c.isEmpty() ? QJsonValue() : QJsonValue(c); };
        QJsonObject o{{u"input"_s, text},
                      {u"basic"_s, code(reply.basic)},
                      {u"enhanced"_s, code(reply.enhanced)}};
        o.insert(u"basic_title"_s, title(reply.basic, known));
        o.insert(u"enhanced_title"_s, title(reply.enhanced, known));
        o.insert(u"known"_s, known);
        if (reply.classMismatch())
            o.insert(u"class_mismatch"_s, true);
        write(m_out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    }

    void writeSummary()
    {
        QList<std::pair<QPair<QString, QString>, int>> groups;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
            groups.append({it.key(), it.value()});
        std::stable_sort(groups.begin(), groups.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QJsonArray array;
        for (const auto &[codes, count] : groups) {
            const QString label = QStringList{codes.first, codes.second}.join(u' ').trimmed();
            QStringList meanings;
            for (const QString &code : {codes.first, codes.second})
                if (!code.isEmpty())
                    meanings.append(EntryText::meaning(m_catalogue, code));
            const QString meaning = meanings.join(u" / "_s);
            if (m_json)
                array.append(QJsonObject{
                    {u"basic"_s, codes.first.isEmpty() ? QJsonValue() : codes.first},
                    {u"enhanced"_s, codes.second.isEmpty() ? QJsonValue() : codes.second},
                    {u"count"_s, count},
                    {u"title"_s, meaning}});
            else
                write(m_out, u"%1\t%2\t%3\n"_s.arg(count, 6).arg(label, -12).arg(meaning));
        }
        if (m_json)
            write(m_out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        else
            write(m_out, QCoreApplication::translate("CommandLine",
                                                     "%n reply(ies) found; lines read: %1.\n",
                                                     nullptr, m_found)
                             .arg(m_lines));
    }

    const Catalogue &m_catalogue;
    const bool m_json;
    const bool m_summary;
    std::FILE *m_out;
    ReplyParser m_parser;
    QMap<QPair<QString, QString>, int> m_groups;
    int m_found = 0;
    qint64 m_lines = 0;
};

// Reads standard input in fixed chunks and hands over one line at a time; a line longer than
// ReplyParser::maxLineLength keeps only its start, so memory stays flat whatever comes in.
// A line that lies within one chunk is decoded from it directly; only a line that spans chunks
// is put together in `line` first.
void explainStream(Explainer &explainer, std::FILE *in)
{
    std::vector<char> chunk(64 * 1024);
    QByteArray line;
    auto emitLine = [&](QByteArrayView bytes) {
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        explainer.line(QString::fromUtf8(bytes));
    };
    while (const size_t n = std::fread(chunk.data(), 1, chunk.size(), in)) {
        const char *p = chunk.data();
        const char *end = p + n;
        while (p < end) {
            const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = newline ? newline : end;
            const qsizetype room = ReplyParser::maxLineLength - line.size();
            if (newline && line.isEmpty()) {
                emitLine(QByteArrayView(p, std::min<qsizetype>(room, stop - p)));
            } else {
                if (room > 0)
                    line.append(p, std::min<qsizetype>(room, stop - p));
                if (newline) {
                    emitLine(line);
                    line.clear();
                }
            }
            p = newline ? newline + 1 : end;
        }
    }
    if (!line.isEmpty())
        emitLine(line);
    explainer.finish();
}

} // namespace

bool isTerminalMode(const QStringList &arguments)
{
    // Any long option but --lang belongs to the terminal: an unknown one gets a usage message
    // there instead of needing a display first. Qt's own -platform style options stay GUI.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--lang") {
            ++i;
            continue;
        }
        if ((a.startsWith(u"--") && !a.startsWith(u"--lang=")) || a == u"-h" || a == u"-v" ||
            a == u"-?")
            return true;
    }
    return false;
}

int run(const QStringList &arguments, std::FILE *out, std::FILE *err, std::FILE *in)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "SMTP Codes: what an SMTP reply code means, when it happens and how to fix it."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption printOption(
        u"print"_s, QCoreApplication::translate(
                        "CommandLine", "Print the entry for CODE, or compare CODE and CODE2."));
    const QCommandLineOption explainOption(
        u"explain"_s,
        QCoreApplication::translate(
            "CommandLine", "Explain every reply found in TEXT; \"-\" reads standard input."));
    const QCommandLineOption ticketOption(
        u"ticket"_s,
        QCoreApplication::translate("CommandLine", "Print a ticket note for CODE: meaning, likely "
                                                   "cause, next step and who must act."));
    const QCommandLineOption listOption(
        u"list"_s, QCoreApplication::translate("CommandLine", "List every catalogue entry."));
    const QCommandLineOption jsonOption(
        u"json"_s,
        QCoreApplication::translate("CommandLine", "Print JSON (JSON Lines for --explain)."));
    const QCommandLineOption summaryOption(
        u"summary"_s,
        QCoreApplication::translate("CommandLine", "With --explain: count the replies by code."));
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("CommandLine", "Language: en, zh_CN, fr or vi."),
        u"language"_s);
    parser.addOptions({printOption, explainOption, ticketOption, listOption, jsonOption,
                       summaryOption, langOption});
    parser.addPositionalArgument(
        u"codes"_s,
        QCoreApplication::translate(
            "CommandLine", "CODE [CODE2] for --print, CODE for --ticket, TEXT for --explain."));

    auto usage = [&](const QString &message) {
        write(err, u"smtp-codes: "_s + message + u'\n');
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        write(out, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        write(out, QCoreApplication::applicationName() + u' ' +
                       QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    LanguageSwitcher languages;
    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !LanguageSwitcher::isSupported(lang))
        return usage(
            QCoreApplication::translate("CommandLine", "unknown language \"%1\"; use one of: %2.")
                .arg(lang, LanguageSwitcher::supportedList()));
    languages.apply(lang.isEmpty() ? LanguageSwitcher::fromLocale(QLocale::system()) : lang);

    const Catalogue &catalogue = Catalogue::builtin();
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(jsonOption);
    const int modes = int(parser.isSet(printOption)) + int(parser.isSet(explainOption)) +
                      int(parser.isSet(listOption)) + int(parser.isSet(ticketOption));
    if (modes != 1)
        return usage(QCoreApplication::translate(
            "CommandLine", "choose exactly one of --print, --ticket, --explain and --list."));
    if (parser.isSet(summaryOption) && !parser.isSet(explainOption))
        return usage(QCoreApplication::translate("CommandLine", "--summary goes with --explain."));
    if (parser.isSet(listOption))
        return positional.isEmpty() ? list(catalogue, json, out)
                                    : usage(QCoreApplication::translate(
                                          "CommandLine", "--list takes no arguments."));
    if (parser.isSet(printOption)) {
        if (positional.isEmpty() || positional.size() > 2)
            return usage(QCoreApplication::translate(
                "CommandLine", "--print takes one code, or two codes to compare."));
        return print(catalogue, positional, json, out, err);
    }
    if (parser.isSet(ticketOption)) {
        if (positional.size() != 1 || json)
            return usage(QCoreApplication::translate("CommandLine",
                                                     "--ticket takes one code and no --json."));
        return ticket(catalogue, positional[0], languages.current(), out, err);
    }
    if (positional.size() != 1)
        return usage(QCoreApplication::translate(
            "CommandLine", "--explain takes one TEXT argument, or \"-\" for standard input."));
    Explainer explainer(catalogue, json, parser.isSet(summaryOption), out);
    if (positional[0] == u"-") {
        explainStream(explainer, in);
    } else {
        for (QStringView line : QStringView(positional[0]).split(u'\n'))
            explainer.line(line.toString());
        explainer.finish();
    }
    return 0;
}

} // namespace SmtpCodes::CommandLine
