// The built-in catalogue: kept apart from the loader, which catalogue-pack also links
// before these resources exist.
#include "catalogue.h"
#include "catalogueloader.h"

#include <QDebug>
#include <QResource>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initCatalogueResource()
{
    Q_INIT_RESOURCE(catalogue);
}

using namespace Qt::StringLiterals;

namespace SmtpCodes {

Catalogue CatalogueLoader::loadBuiltin()
{
    initCatalogueResource();
    const QString name = u":/catalogue/catalogue.bin"_s;
    const QResource resource(name);
    if (!resource.isValid()) {
        addProblem(name, u"is missing from the resources"_s);
        return {};
    }
    // Built with -no-compress: the data is the program's own, and the strings can point into it.
    if (resource.compressionAlgorithm() == QResource::NoCompression)
        return loadBinary(
            name, QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size()),
            CatalogueBinary::Strings::Borrowed);
    return loadBinary(name, resource.uncompressedData());
}

const Catalogue &Catalogue::builtin()
{
    static const Catalogue catalogue = [] {
        CatalogueLoader loader;
        Catalogue loaded = loader.loadBuiltin();
        for (const QString &problem : loader.problems())
            qWarning().noquote() << "catalogue:" << problem;
        return loaded;
    }();
    return catalogue;
}

} // namespace SmtpCodes
