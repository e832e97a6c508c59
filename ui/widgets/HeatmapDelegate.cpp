#include "ui/widgets/HeatmapDelegate.h"

#include "core/util/NumberFormat.h"
#include "ui/Assets.h"
#include "ui/models/RetentionTableModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hc::ui {

void HeatmapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant ratio = index.data(RetentionTableModel::RatioRole);
    if (index.column() < RetentionTableModel::kFirstPeriodColumn || !ratio.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const QColor fill = fillFor(ratio.toDouble());
    painter->fillRect(option.rect, fill);
    if (!index.data(RetentionTableModel::CompleteRole).toBool()) {
        QBrush hatch(QColor(120, 120, 120, 110), Qt::BDiagPattern);
        painter->fillRect(option.rect, hatch);
    }
    painter->setPen(textOn(fill));
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

QColor HeatmapDelegate::fillFor(double ratio)
{
    const double r = std::clamp(ratio, 0.0, 1.0);
    const QColor low = Assets::heatmapLow(), high = Assets::heatmapHigh();
    return QColor(int(low.red() + (high.red() - low.red()) * r), int(low.green() + (high.green() - low.green()) * r),
                  int(low.blue() + (high.blue() - low.blue()) * r));
}

namespace {

// WCAG 2 relative luminance.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double HeatmapDelegate::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor HeatmapDelegate::textOn(const QColor& fill)
{
    return contrast(fill, Qt::black) >= contrast(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

QSize HeatmapDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 70), std::max(s.height(), option.fontMetrics.height() * 2 + 6)};
}

} // namespace hc::ui
