#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace SmtpCodes {

// The codes viewed, for Back and Forward, like a browser's history. Every change is written to
// the settings at once, so that a crash loses nothing.
class CodeHistory final
{
public:
    static constexpr qsizetype maxSize = 100;

    // Reads the saved history, keeping the codes for which `exists` is true.
    void load(const std::function<bool(const QString &)> &exists);
    // A visit: drops what lay ahead of the current position, then appends.
    void record(const QString &key);
    // Moves `delta` steps back (negative) or forward; returns the code there, or an empty
    // string (and stays) when there is nothing that far.
    QString step(int delta);
    void clear();

    QStringList codes() const { return m_codes; }
    qsizetype position() const { return m_position; }
    bool isEmpty() const { return m_codes.isEmpty(); }

private:
    void save() const;

    QStringList m_codes;
    qsizetype m_position = -1;
};

} // namespace SmtpCodes
