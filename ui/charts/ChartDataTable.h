#pragma once

class QChart;
class QChartView;
class QDialog;
class QStandardItemModel;
class QObject;

namespace hc::ui {

// A chart's numbers as a table, for keyboard and screen-reader users and for copying: one row
// per category (bars) or x value (lines), one column per bar set or series. Opened from a
// chart's context menu or with Ctrl+T on a focused chart.
class ChartDataTable {
public:
    static QStandardItemModel* model(const QChart& chart, QObject* parent);
    static QDialog* show(QChartView* view);
};

} // namespace hc::ui
