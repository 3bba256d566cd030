#include "pageoutput.h"

#include "catalogue.h"
#include "comparehtml.h"
#include "comparison.h"
#include "entryhtml.h"
#include "entrylabels.h"
#include "pagecolors.h"

#include <QCoreApplication>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace SmtpCodes::PageOutput {

namespace {

QString fileNamePart(const QString &code)
{
    static const QRegularExpression unsafe(u"[^0-9A-Za-z.]+"_s);
    return QString(code).replace(unsafe, u"-"_s);
}

} // namespace

PageColors paperColors()
{
    QPalette paper(Qt::black, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Highlight, QColor(0xff, 0xe0, 0x82));
    paper.setColor(QPalette::HighlightedText, Qt::black);
    return PageColors::fromPalette(paper);
}

QString title(const Catalogue &catalogue, const ShownPage &page)
{
    switch (page.kind) {
    case ShownPage::Kind::Entry:
        if (const CodeEntry *entry = catalogue.find(page.key))
            return EntryLabels::codeAndTitle(*entry);
        return {};
    case ShownPage::Kind::Comparison:
        return Comparison(catalogue, page.left, page.right).heading();
    case ShownPage::Kind::None:
        break;
    }
    return {};
}

QString bodyHtml(const Catalogue &catalogue, const ShownPage &page)
{
    switch (page.kind) {
    case ShownPage::Kind::Entry:
        if (const CodeEntry *entry = catalogue.find(page.key))
            return EntryHtml::page(catalogue, *entry, page.englishAlongside, paperColors());
        return {};
    case ShownPage::Kind::Comparison:
        return CompareHtml::page(Comparison(catalogue, page.left, page.right), paperColors());
    case ShownPage::Kind::None:
        break;
    }
    return {};
}

QString standaloneHtml(const Catalogue &catalogue, const ShownPage &page, const QString &language)
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + QString(language).replace(u'_', u'-') +
           u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s +
           EntryHtml::escaped(title(catalogue, page)) +
           u"</title>\n<style>body { font-family: sans-serif; max-width: 50em; margin: 2em auto; "
           "color: #000; background: #fff; }</style>\n</head>\n<body>\n"_s +
           bodyHtml(catalogue, page) + u"\n</body>\n</html>\n"_s;
}

QString suggestedFileName(const ShownPage &page, const QString &suffix)
{
    const QString stem = page.kind == ShownPage::Kind::Comparison
                             ? fileNamePart(page.left) + u"-vs-"_s + fileNamePart(page.right)
                             : fileNamePart(page.key);
    return u"smtp-"_s + stem + u'.' + suffix;
}

bool writeHtml(const Catalogue &catalogue, const ShownPage &page, const QString &language,
               const QString &path, QString *error)
{
    QSaveFile file(path); // never leaves half a file behind
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(standaloneHtml(catalogue, page, language).toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writePdf(const Catalogue &catalogue, const ShownPage &page, const QString &path,
              QString *error)
{
    // QPrinter reports no write error, so it writes a scratch file that is checked to be a
    // complete PDF before it replaces the target in one step: a full disk or a failed write
    // never leaves half a PDF, nor empties a file that was there.
    QTemporaryFile scratch;
    if (!scratch.open()) {
        *error = scratch.errorString();
        return false;
    }
    scratch.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(scratch.fileName());
    printer.setDocName(title(catalogue, page));
    printer.setCreator(QCoreApplication::applicationName());
    print(catalogue, page, &printer);
    if (!scratch.open()) {
        *error = scratch.errorString();
        return false;
    }
    const QByteArray pdf = scratch.readAll();
    if (!pdf.startsWith("%PDF-") || !pdf.trimmed().endsWith("%%EOF")) {
        *error = QCoreApplication::translate("PageOutput", "The PDF could not be written.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void print(const Catalogue &catalogue, const ShownPage &page, QPrinter *printer)
{
    QTextDocument document; // print() lays it out on the page with 2 cm margins
    document.setHtml(bodyHtml(catalogue, page));
    document.print(printer);
}

} // namespace SmtpCodes::PageOutput
