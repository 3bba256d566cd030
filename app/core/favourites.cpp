#include "favourites.h"

#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

void Favourites::load(const std::function<bool(const QString &)> &exists)
{
    m_keys.clear();
    for (const QString &key : QSettings().value(u"favourites"_s).toStringList())
        if (exists(key))
            m_keys.insert(key);
}

bool Favourites::toggle(const QString &key)
{
    const bool starred = !m_keys.remove(key);
    if (starred)
        m_keys.insert(key);
    save();
    return starred;
}

void Favourites::clear()
{
    m_keys.clear();
    save();
}

void Favourites::save() const
{
    QStringList keys(m_keys.cbegin(), m_keys.cend());
    keys.sort();
    QSettings settings;
    settings.setValue(u"favourites"_s, keys);
    settings.sync();
}

} // namespace SmtpCodes
