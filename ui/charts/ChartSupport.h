#pragma once

#include <QString>

class QChart;
class QChartView;
class QWidget;
class QValueAxis;

namespace hc::ui {

// One look for every chart: the application's palette (light or dark), a title, antialiasing,
// legend at the bottom.
class ChartSupport {
public:
    static QChartView* makeView(const QString& title, QWidget* parent);
    static void applyTheme(QChart* chart);
    // Removes every series and axis, before a new result is drawn.
    static void clear(QChart* chart);
    // A y axis starting at zero, with a title and locale-aware labels.
    static QValueAxis* valueAxis(const QString& title, double max, bool integers);
};

} // namespace hc::ui
