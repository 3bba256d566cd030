#pragma once

#include "codesearch.h"

#include <QAbstractListModel>
#include <QSet>

#include <vector>

namespace SmtpCodes {

// Filters and ranks the code list (the source model) by the search field's query (see
// CodeSearch), and shows the source's rows in that order. A list model of its own rather than a
// QSortFilterProxyModel: the ranking is already an order, and setting up Qt's proxies (their
// string-based connections, QSortFilterProxyModel's mappings) cost more than the whole filter.
class CodeFilterProxy final : public QAbstractListModel
{
    Q_OBJECT
public:
    CodeFilterProxy(const Catalogue &catalogue, QObject *parent = nullptr);

    enum class Kind { All, Basic, Enhanced, Favourites };

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Only codes of this class ('2', '4', '5'…), or every class for a null QChar. A registry
    // code (X.7.8) belongs to each class it can be sent with.
    void setClassFilter(QChar classDigit);
    void setKindFilter(Kind kind);
    void setFavourites(const QSet<QString> &keys);

    // After a language change the word index must follow the new texts.
    void retranslate();
    // Builds the word index ahead of the first word query (see CodeSearch::prepareWordIndex).
    void prepareWordIndex() const { m_search.prepareWordIndex(); }

    // The list of the whole catalogue, in catalogue order (a CodeListModel).
    void setSourceModel(QAbstractItemModel *sourceModel);
    QModelIndex mapToSource(const QModelIndex &index) const;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Ranks again for the query (the ranks), or only filters again (the filters changed).
    void refresh();
    void refilter();
    std::vector<int> shownRows() const;
    void setRows(std::vector<int> rows);

    bool passesFilters(const CodeEntry &entry) const;

    const Catalogue &m_catalogue;
    QAbstractItemModel *m_source = nullptr;
    CodeSearch m_search;
    QChar m_class;
    Kind m_kind = Kind::All;
    QSet<QString> m_favourites;
    QString m_query;
    std::vector<int> m_ranks;       // per catalogue row, CodeSearch::NoMatch for none
    std::vector<int> m_rows;        // the catalogue rows shown, best first
    std::vector<int> m_rowOfSource; // each catalogue row's place in m_rows, or -1
};

} // namespace SmtpCodes
