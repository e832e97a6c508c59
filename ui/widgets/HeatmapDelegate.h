#pragma once

#include <QStyledItemDelegate>

namespace hc::ui {

// Paints a retention cell: background on a colour scale by share, the share and the count, and
// diagonal hatching when the period has not ended (its number can still grow).
class HeatmapDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hc::ui
