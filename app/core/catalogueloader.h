#pragma once

#include "catalogue.h"
#include "cataloguebinary.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Reads catalogue JSON files and checks every rule of resources/catalogue/SCHEMA.md.
// Problems name the file, the entry and the rule; an entry with a problem is left out.
// The built-in catalogue is the same JSON, validated and packed at build time by
// catalogue-pack (see CatalogueBinary), so start-up reads it without parsing JSON.
class CatalogueLoader final
{
public:
    struct Source
    {
        QString name;
        QByteArray json;
    };

    // The catalogue compiled into the resources (:/catalogue/catalogue.bin).
    Catalogue loadBuiltin();
    Catalogue load(const QList<Source> &sources);
    // A catalogue in binary form; a damaged one gives one problem and no entries.
    Catalogue loadBinary(const QString &name, QByteArrayView data,
                         CatalogueBinary::Strings strings = CatalogueBinary::Strings::Copied);

    const QStringList &problems() const { return m_problems; }

private:
    bool readEntry(const QString &where, const QJsonObject &object, CodeEntry &entry);
    void checkReferences(QList<CodeEntry> &entries);
    void addProblem(const QString &where, const QString &rule);

    QStringList m_problems;
};

} // namespace SmtpCodes
