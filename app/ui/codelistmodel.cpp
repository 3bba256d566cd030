#include "codelistmodel.h"

#include "cataloguetext.h"
#include "code.h"
#include "entrylabels.h"
#include "pagecolors.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

CodeListModel::CodeListModel(const Catalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
{
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeEntry &entry = m_catalogue.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return EntryLabels::displayCode(entry) + u"  "_s + CatalogueText::title(entry);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        // The class colour's meaning, in words: "Authentication … \n5xx Permanent …".
        const QString classLine = EntryLabels::classLine(m_catalogue, entry);
        return classLine.isEmpty() ? CatalogueText::title(entry)
                                   : CatalogueText::title(entry) + u'\n' + classLine;
    }
    case Qt::DecorationRole: {
        const QColor tint = classTint(Code::classDigit(entry.code));
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case KeyRole:
        return entry.key;
    case CodeRole:
        return entry.code;
    case TitleRole:
        return CatalogueText::title(entry);
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    return names;
}

void CodeListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace SmtpCodes
