#pragma once

#include <QStyledItemDelegate>

namespace hc::ui {

// Paints a share (ResultTableModel::ValueRole, 0..1) as a bar behind its percent text.
class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hc::ui
