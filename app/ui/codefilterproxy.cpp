#include "codefilterproxy.h"

namespace SmtpCodes {

CodeFilterProxy::CodeFilterProxy(const Catalogue &catalogue, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_catalogue(catalogue)
    , m_search(catalogue)
    , m_ranks(m_search.rank(QString()))
{
    setDynamicSortFilter(false);
    sort(0);
}

void CodeFilterProxy::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void CodeFilterProxy::setClassFilter(QChar classDigit)
{
    m_class = classDigit;
    invalidateRowsFilter();
}

void CodeFilterProxy::setKindFilter(Kind kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void CodeFilterProxy::setFavourites(const QSet<QString> &keys)
{
    m_favourites = keys;
    if (m_kind == Kind::Favourites)
        invalidateRowsFilter();
}

bool CodeFilterProxy::passesFilters(const CodeEntry &entry) const
{
    if (!m_class.isNull()) {
        // A registry code (X.7.8) can be sent as 4.7.8 or 5.7.8 (or 2.x.y): it is in each.
        const bool registry = entry.code.startsWith(u"X.");
        const bool enhancedClass = m_class == u'2' || m_class == u'4' || m_class == u'5';
        if (entry.code.front() != m_class && !(registry && enhancedClass))
            return false;
    }
    switch (m_kind) {
    case Kind::All:
        return true;
    case Kind::Basic:
        return entry.kind == CodeKind::Basic;
    case Kind::Enhanced:
        return entry.kind == CodeKind::Enhanced;
    case Kind::Favourites:
        return m_favourites.contains(entry.key);
    }
    return true;
}

void CodeFilterProxy::retranslate()
{
    m_search.rebuild();
    refresh();
}

void CodeFilterProxy::refresh()
{
    m_ranks = m_search.rank(m_query);
    invalidate();
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return sourceRow >= 0 && size_t(sourceRow) < m_ranks.size() &&
           m_ranks[sourceRow] != CodeSearch::NoMatch && passesFilters(m_catalogue.at(sourceRow));
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = m_ranks[left.row()];
    const int b = m_ranks[right.row()];
    return a != b ? a < b : left.row() < right.row();
}

} // namespace SmtpCodes
