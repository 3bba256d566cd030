#pragma once

#include "catalogue.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace SmtpCodes {

// Two codes side by side: the generated summary, the key-difference rows, the actions.
// Codes that are not in the catalogue are compared by their digits.
class Comparison final
{
public:
    struct Side
    {
        QString code;                     // as the user gave it
        const CodeEntry *entry = nullptr; // null when the code is unknown
    };
    struct Row
    {
        QString label;
        QString left;
        QString right;
        bool same = false;
    };

    // "211 vs 535", "211 535", "211/535", "211 VS 5.7.8"; nullopt when the text is no pair.
    static std::optional<std::pair<QString, QString>> parsePair(QStringView text);

    Comparison(const Catalogue &catalogue, const QString &left, const QString &right);

    const Side &left() const { return m_left; }
    const Side &right() const { return m_right; }
    // A side that is neither in the catalogue nor shaped like a code ("banana"), or nullptr.
    const Side *unknownSide() const;

    QString heading() const;
    QString summary() const;
    QList<Row> keyDifferences() const;
    QString title(const Side &side) const;
    QString description(const Side &side) const;
    QString when(const Side &side) const;
    QString fix(const Side &side) const;
    QString action(const Side &side) const;

private:
    Side makeSide(const QString &code) const;
    QString classText(const Side &side) const;
    QString subjectText(const Side &side) const;

    const Catalogue &m_catalogue;
    Side m_left;
    Side m_right;
};

} // namespace SmtpCodes
