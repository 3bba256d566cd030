#pragma once

#include "codesearch.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace SmtpCodes {

// Filters and ranks the code list by the search field's query (see CodeSearch).
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    CodeFilterProxy(const Catalogue &catalogue, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // After a language change the word index must follow the new texts.
    void retranslate();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refresh();

    CodeSearch m_search;
    QString m_query;
    std::vector<int> m_ranks;
};

} // namespace SmtpCodes
