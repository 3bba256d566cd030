// Writes the catalogue's translatable texts as QT_TRANSLATE_NOOP3 lines for lupdate.
// Usage: catalogue-strings OUTPUT.cpp
#include "catalogue.h"
#include "catalogueloader.h"
#include "cataloguestrings.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: catalogue-strings OUTPUT.cpp\n");
        return 2;
    }
    SmtpCodes::CatalogueLoader loader;
    const SmtpCodes::Catalogue catalogue = loader.loadBuiltin();
    for (const QString &problem : loader.problems())
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(problem));
    if (!loader.problems().isEmpty())
        return 1;
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(SmtpCodes::catalogueTranslationSource(catalogue).toUtf8()) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "catalogue-strings: cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
