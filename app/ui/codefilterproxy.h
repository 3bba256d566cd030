#pragma once

#include "codesearch.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace SmtpCodes {

// Filters and ranks the code list by the search field's query (see CodeSearch).
class CodeFilterProxy final : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refresh();

    bool passesFilters(const CodeEntry &entry) const;

    const Catalogue &m_catalogue;
    CodeSearch m_search;
    QChar m_class;
    Kind m_kind = Kind::All;
    QSet<QString> m_favourites;
    QString m_query;
    std::vector<int> m_ranks;
};

} // namespace SmtpCodes
