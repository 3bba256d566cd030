#include "codefilterproxy.h"

#include <algorithm>

namespace SmtpCodes {

CodeFilterProxy::CodeFilterProxy(const Catalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
    , m_search(catalogue)
    , m_ranks(m_search.rank(QString()))
{
}

void CodeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_source)
        m_source->disconnect(this);
    m_source = model;
    if (model) {
        // New texts (a language switch) keep the rows: the view repaints them.
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_rows.empty())
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
        // Anything else that moves the source's rows resets the list: CodeListModel never does.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            setRows(shownRows());
            endResetModel();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::rowsMoved, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        connect(model, &QObject::destroyed, this, [this] { setSourceModel(nullptr); });
    }
    setRows(shownRows());
    endResetModel();
}

QModelIndex CodeFilterProxy::mapToSource(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this ||
        size_t(index.row()) >= m_rows.size())
        return {};
    return m_source->index(m_rows[index.row()], 0);
}

QModelIndex CodeFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source ||
        size_t(sourceIndex.row()) >= m_rowOfSource.size())
        return {};
    const int row = m_rowOfSource[sourceIndex.row()];
    return row < 0 ? QModelIndex() : index(row);
}

QHash<int, QByteArray> CodeFilterProxy::roleNames() const
{
    return m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
}

int CodeFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CodeFilterProxy::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? m_source->data(source, role) : QVariant();
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
    refilter();
}

void CodeFilterProxy::setKindFilter(Kind kind)
{
    m_kind = kind;
    refilter();
}

void CodeFilterProxy::setFavourites(const QSet<QString> &keys)
{
    m_favourites = keys;
    if (m_kind == Kind::Favourites)
        refilter();
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
    refilter();
}

std::vector<int> CodeFilterProxy::shownRows() const
{
    const int count = m_source ? m_source->rowCount() : 0;
    std::vector<int> rows;
    for (int row = 0; row < count; ++row)
        if (size_t(row) < m_ranks.size() && m_ranks[row] != CodeSearch::NoMatch &&
            passesFilters(m_catalogue.at(row)))
            rows.push_back(row);
    std::stable_sort(rows.begin(), rows.end(),
                     [this](int a, int b) { return m_ranks[a] < m_ranks[b]; });
    return rows;
}

void CodeFilterProxy::setRows(std::vector<int> rows)
{
    m_rows = std::move(rows);
    m_rowOfSource.assign(m_source ? size_t(m_source->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfSource[m_rows[i]] = int(i);
}

void CodeFilterProxy::refilter()
{
    std::vector<int> rows = shownRows();
    if (rows == m_rows)
        return;
    // A layout change, so that the view keeps its current code when it is still shown.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(m_rows[index.row()]);
    setRows(std::move(rows));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_rowOfSource[sourceRows[i]];
        after.append(row < 0 ? QModelIndex() : index(row));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

} // namespace SmtpCodes
