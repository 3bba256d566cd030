#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Reads catalogue JSON files and checks every rule of resources/catalogue/SCHEMA.md.
// Problems name the file, the entry and the rule; an entry with a problem is left out.
class CatalogueLoader final
{
public:
    struct Source
    {
        QString name;
        QByteArray json;
    };

    Catalogue loadBuiltin();
    Catalogue load(const QList<Source> &sources);

    const QStringList &problems() const { return m_problems; }

private:
    bool readEntry(const QString &where, const QJsonObject &object, CodeEntry &entry);
    void checkReferences(QList<CodeEntry> &entries);
    void addProblem(const QString &where, const QString &rule);

    QStringList m_problems;
};

} // namespace SmtpCodes
