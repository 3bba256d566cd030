#include "codehistory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

void CodeHistory::load(const std::function<bool(const QString &)> &exists)
{
    const QSettings settings;
    const QStringList saved = settings.value(u"history/codes"_s).toStringList();
    const qsizetype savedPosition = settings.value(u"history/index"_s, -1).toLongLong();
    m_codes.clear();
    m_position = -1;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        if (!exists(saved[i]))
            continue; // a code the catalogue no longer has
        m_codes.append(saved[i]);
        if (i <= savedPosition)
            m_position = m_codes.size() - 1; // the position moves with the codes kept
    }
    const qsizetype dropped = qMax<qsizetype>(0, m_codes.size() - maxSize);
    m_codes.remove(0, dropped);
    m_position -= dropped;
    if (savedPosition < 0 || savedPosition >= saved.size() || m_position < 0)
        m_position = m_codes.size() - 1;
}

void CodeHistory::record(const QString &key)
{
    if (m_codes.value(m_position) == key)
        return;
    m_codes.resize(m_position + 1);
    m_codes.append(key);
    if (m_codes.size() > maxSize)
        m_codes.remove(0, m_codes.size() - maxSize);
    m_position = m_codes.size() - 1;
    save();
}

QString CodeHistory::step(int delta)
{
    const qsizetype target = m_position + delta;
    if (target < 0 || target >= m_codes.size())
        return {};
    m_position = target;
    save();
    return m_codes.at(target);
}

void CodeHistory::clear()
{
    m_codes.clear();
    m_position = -1;
    save();
}

void CodeHistory::save() const
{
    QSettings settings;
    settings.setValue(u"history/codes"_s, m_codes);
    settings.setValue(u"history/index"_s, m_position);
    settings.sync();
}

} // namespace SmtpCodes
