#include "ui/widgets/HeatmapDelegate.h"

#include "core/util/NumberFormat.h"
#include "ui/models/RetentionTableModel.h"

#include <QPainter>

namespace hc::ui {

void HeatmapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant ratio = index.data(RetentionTableModel::RatioRole);
    if (index.column() < RetentionTableModel::kFirstPeriodColumn || !ratio.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const double r = std::clamp(ratio.toDouble(), 0.0, 1.0);
    // Light to saturated blue; text flips to white on the dark end.
    const QColor low(0xe8, 0xf1, 0xfb), high(0x1f, 0x5f, 0xa8);
    const QColor fill(int(low.red() + (high.red() - low.red()) * r),
                      int(low.green() + (high.green() - low.green()) * r),
                      int(low.blue() + (high.blue() - low.blue()) * r));
    painter->fillRect(option.rect, fill);
    if (!index.data(RetentionTableModel::CompleteRole).toBool()) {
        QBrush hatch(QColor(120, 120, 120, 110), Qt::BDiagPattern);
        painter->fillRect(option.rect, hatch);
    }
    painter->setPen(r > 0.45 ? Qt::white : QColor(0x1a, 0x1a, 0x1a));
    const QString share = index.data(Qt::DisplayRole).toString();
    const QVariant count = index.data(RetentionTableModel::CountRole);
    QFont f = option.font;
    f.setBold(index.row() == 0);
    painter->setFont(f);
    if (count.isValid()) {
        const QRect top = option.rect.adjusted(2, 1, -2, -option.rect.height() / 2);
        const QRect bottom = option.rect.adjusted(2, option.rect.height() / 2, -2, -1);
        painter->drawText(top, Qt::AlignCenter, share);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter->setFont(f);
        painter->drawText(bottom, Qt::AlignCenter, NumberFormat::count(count.toDouble()));
    } else {
        painter->drawText(option.rect, Qt::AlignCenter, share);
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize HeatmapDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 70), std::max(s.height(), option.fontMetrics.height() * 2 + 6)};
}

} // namespace hc::ui
