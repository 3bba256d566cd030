// Validates the catalogue JSON and writes it in binary form for the resources; a catalogue
// that does not validate fails the build, naming the file, the entry and the rule.
// Usage: catalogue-pack OUTPUT.bin FILE.json...
#include "catalogue.h"
#include "cataloguebinary.h"
#include "catalogueloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace SmtpCodes;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: catalogue-pack OUTPUT.bin FILE.json...\n");
        return 2;
    }
    QList<CatalogueLoader::Source> sources;
    for (const QString &path : args.mid(2)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "catalogue-pack: cannot read %s\n", qPrintable(path));
            return 1;
        }
        sources.append({QFileInfo(path).fileName(), file.readAll()});
    }
    CatalogueLoader loader;
    const Catalogue catalogue = loader.load(sources);
    for (const QString &problem : loader.problems())
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(problem));
    if (!loader.problems().isEmpty())
        return 1;

    const QByteArray packed = CatalogueBinary::write(catalogue);
    CatalogueLoader check; // what the program will read
    if (check.loadBinary(args.at(1), packed).size() != catalogue.size()) {
        for (const QString &problem : check.problems())
            std::fprintf(stderr, "catalogue-pack: %s\n", qPrintable(problem));
        return 1;
    }
    QSaveFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(packed) != packed.size() || !out.commit()) {
        std::fprintf(stderr, "catalogue-pack: cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
