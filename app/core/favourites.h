#pragma once

#include <QSet>
#include <QString>

#include <functional>

namespace SmtpCodes {

// The starred codes. Every change is written to the settings at once, so that a crash loses
// nothing.
class Favourites final
{
public:
    // Reads the saved favourites, keeping the codes for which `exists` is true.
    void load(const std::function<bool(const QString &)> &exists);
    // Stars or unstars `key`; returns whether it is a favourite now.
    bool toggle(const QString &key);
    void clear();

    bool contains(const QString &key) const { return m_keys.contains(key); }
    const QSet<QString> &keys() const { return m_keys; }
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    void save() const;

    QSet<QString> m_keys;
};

} // namespace SmtpCodes
