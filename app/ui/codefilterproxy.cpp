#include "codefilterproxy.h"

namespace SmtpCodes {

CodeFilterProxy::CodeFilterProxy(const Catalogue &catalogue, QObject *parent)
    : QSortFilterProxyModel(parent)
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
           m_ranks[sourceRow] != CodeSearch::NoMatch;
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = m_ranks[left.row()];
    const int b = m_ranks[right.row()];
    return a != b ? a < b : left.row() < right.row();
}

} // namespace SmtpCodes
