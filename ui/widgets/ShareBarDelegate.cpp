#include "ui/widgets/ShareBarDelegate.h"

#include "ui/models/ResultTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace hc::ui {

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear(); // the panel and selection only: the text goes over the bar
    const QWidget* widget = option.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const double share = std::clamp(index.data(ResultTableModel::ValueRole).toDouble(), 0.0, 1.0);
    painter->save();
    const QRect frame = option.rect.adjusted(3, 3, -3, -3);
    QColor fill = option.palette.color(QPalette::Highlight);
    fill.setAlpha(110);
    painter->fillRect(QRect(frame.topLeft(), QSize(int(frame.width() * share), frame.height())), fill);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(frame, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace hc::ui
