#include "codeitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace SmtpCodes {

void CodeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QWidget *view = item.widget;
    QStyle *style = view ? view->style() : QApplication::style();
    // Background, selection and hover exactly as the style draws them.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, view);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &item, view) + 1;
    QRect text = item.rect.adjusted(margin, 0, -margin, 0);
    if (item.features & QStyleOptionViewItem::HasDecoration) {
        QRect swatch(QPoint(), item.decorationSize);
        swatch.moveCenter(QPoint(text.left() + swatch.width() / 2, item.rect.center().y()));
        painter->fillRect(swatch, index.data(Qt::DecorationRole).value<QColor>());
        text.setLeft(swatch.right() + 1 + 2 * margin);
    }
    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (item.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(
        group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // One line at a baseline: QPainter's rectangle form would lay the text out for wrapping.
    const int baseline =
        text.top() + (text.height() - item.fontMetrics.height()) / 2 + item.fontMetrics.ascent();
    painter->drawText(QPoint(text.left(), baseline),
                      item.fontMetrics.elidedText(item.text, Qt::ElideRight, text.width()));
    painter->restore();
    if (item.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(item);
        focus.rect = item.rect;
        focus.backgroundColor = item.palette.color(
            group, item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, view);
    }
}

} // namespace SmtpCodes
