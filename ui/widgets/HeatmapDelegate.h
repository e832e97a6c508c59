#pragma once

#include <QStyledItemDelegate>

namespace hc::ui {

// Paints a retention cell: background on a colour scale by share, the share and the count, and
// diagonal hatching when the period has not ended (its number can still grow); a period that has
// not started is left blank.
class HeatmapDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The cell's colour for a share in [0, 1] (light to saturated blue), and the text colour on
    // it: black or white, whichever contrasts more (WCAG ratio, never below 4.5:1 on this ramp).
    static QColor fillFor(double ratio);
    static QColor textOn(const QColor& fill);
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace hc::ui
