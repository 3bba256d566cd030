#pragma once

#include "catalogue.h"

#include <QAbstractListModel>

namespace SmtpCodes {

// The catalogue as a list: one row per entry, text in the current language.
class CodeListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // Roles stay unscoped ints because views and proxies take them as int.
    enum Role { KeyRole = Qt::UserRole + 1, CodeRole, TitleRole };

    explicit CodeListModel(const Catalogue &catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Catalogue &catalogue() const { return m_catalogue; }

    // Call after a language change: every row's text changes.
    void retranslate();

private:
    const Catalogue &m_catalogue;
};

} // namespace SmtpCodes
