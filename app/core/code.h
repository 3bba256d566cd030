#pragma once

#include "codeentry.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpCodes {

// Facts read from the shape of a code string alone.
namespace Code {

std::optional<CodeKind> kindOf(QStringView code);

// True for "ddd" and "c.d.d"-style codes a server can actually send (no X wildcard).
bool isBasic(QStringView code);
bool isConcreteEnhanced(QStringView code);

// First digit ('2', '4', '5'…) or QChar() when the code has no concrete class (X.7.8, x3x).
QChar classDigit(QStringView code);

// Second digit of a basic code, or the subject of an enhanced code; -1 when not applicable.
int subjectNumber(QStringView code);

// "5.7.8" -> "X.7.8"; other codes unchanged.
QString registryForm(QStringView code);

// Orders codes as a reader expects: basic numerically, then enhanced by parts, then digit entries.
struct SortKey
{
    int group = 0;
    int subject = 0;
    int detail = 0;
    int first = 0;
    QString code;
    bool operator<(const SortKey &other) const;
};
SortKey sortKey(const QString &code);
bool lessThan(const QString &a, const QString &b);

} // namespace Code
} // namespace SmtpCodes
