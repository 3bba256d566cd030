#include "code.h"

#include <QList>

#include <tuple>

namespace SmtpCodes::Code {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Splits "5.7.606" into parts; returns empty when the shape is not a.b.c.
QList<QStringView> dottedParts(QStringView code)
{
    const auto parts = code.split(u'.');
    if (parts.size() != 3)
        return {};
    return parts;
}

bool allDigits(QStringView s, int minLen, int maxLen)
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (QChar c : s)
        if (!isDigit(c))
            return false;
    return true;
}

bool isEnhancedClass(QChar c)
{
    return c == u'2' || c == u'4' || c == u'5';
}

} // namespace

bool isBasic(QStringView code)
{
    return code.size() == 3 && allDigits(code, 3, 3) && code[0] >= u'1' && code[0] <= u'5';
}

bool isConcreteEnhanced(QStringView code)
{
    const auto parts = dottedParts(code);
    return !parts.isEmpty() && parts[0].size() == 1 && isEnhancedClass(parts[0][0]) &&
           allDigits(parts[1], 1, 3) && allDigits(parts[2], 1, 3);
}

std::optional<CodeKind> kindOf(QStringView code)
{
    if (isBasic(code))
        return CodeKind::Basic;
    if (code.size() == 3 && code[0] >= u'1' && code[0] <= u'5' && code.mid(1) == u"xx")
        return CodeKind::Class;
    if (code.size() == 3 && code[0] == u'x' && code[1] >= u'0' && code[1] <= u'5' &&
        code[2] == u'x')
        return CodeKind::Category;
    const auto parts = dottedParts(code);
    if (parts.isEmpty() || parts[0].size() != 1)
        return std::nullopt;
    const QChar first = parts[0][0];
    if (isEnhancedClass(first) && parts[1] == u"X" && parts[2] == u"X")
        return CodeKind::Class;
    if (first == u'X' && allDigits(parts[1], 1, 1) && parts[2] == u"X")
        return CodeKind::Subject;
    if ((first == u'X' || isEnhancedClass(first)) && allDigits(parts[1], 1, 3) &&
        allDigits(parts[2], 1, 3))
        return CodeKind::Enhanced;
    return std::nullopt;
}

QChar classDigit(QStringView code)
{
    if (code.isEmpty() || !isDigit(code[0]))
        return {};
    return code[0];
}

int subjectNumber(QStringView code)
{
    if (code.size() == 3 && isDigit(code[1]))
        return code[1].digitValue();
    const auto parts = dottedParts(code);
    if (!parts.isEmpty() && allDigits(parts[1], 1, 3))
        return parts[1].toInt();
    return -1;
}

QString registryForm(QStringView code)
{
    if (!isConcreteEnhanced(code))
        return code.toString();
    return u'X' + code.mid(1).toString();
}

SortKey sortKey(const QString &code)
{
    // Group: 0 basic, 1 enhanced, 2 digit entries; then numeric parts, then the text.
    const auto kind = kindOf(code).value_or(CodeKind::Class);
    SortKey key;
    key.group = kind == CodeKind::Basic ? 0 : kind == CodeKind::Enhanced ? 1 : 2;
    int n[3] = {0, 0, 0};
    if (kind == CodeKind::Basic) {
        n[0] = code.toInt();
    } else {
        const auto parts = QStringView(code).split(u'.');
        for (int i = 0; i < 3 && i < parts.size(); ++i)
            n[i] = allDigits(parts[i], 1, 3) ? parts[i].toInt() : -1;
    }
    key.subject = n[1];
    key.detail = n[2];
    key.first = n[0];
    key.code = code;
    return key;
}

bool SortKey::operator<(const SortKey &other) const
{
    return std::tie(group, subject, detail, first, code) <
           std::tie(other.group, other.subject, other.detail, other.first, other.code);
}

bool lessThan(const QString &a, const QString &b)
{
    return sortKey(a) < sortKey(b);
}

} // namespace SmtpCodes::Code
