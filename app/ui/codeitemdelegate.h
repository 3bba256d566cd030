#pragma once

#include <QStyledItemDelegate>

namespace SmtpCodes {

// Paints a row of the code list: the class swatch, then "535  Authentication credentials
// invalid" on one line, elided. The default delegate lays out every row's text as a
// paragraph, which costs more than the rest of the window's first frame.
class CodeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace SmtpCodes
