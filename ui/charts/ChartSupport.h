#pragma once

#include <QString>

class QAreaSeries;
class QChart;
class QColor;
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
    // An empty band (fill `color` at `alpha`, no outline) for an expected range or an interval.
    static QAreaSeries* band(const QString& name, const QColor& color, int alpha);
    // The series palette of every chart, light and dark: ten colours that stay apart for the
    // common colour-vision deficiencies (Okabe and Ito's eight, black swapped for grey, plus
    // Tol's wine and teal). Series i takes colour i modulo ten.
    static QColor seriesColor(int index);
    // Colours each bar set of the chart's bar series from the palette, in order.
    static void colorBars(QChart* chart);
    // A period's label as people read it in their locale: a day ("2026-11-05") in the locale's
    // short date, a month ("2026-11") as "Nov 2026"; other periods (hours, ISO weeks) as they are.
    static QString periodLabel(const QString& label);
    // Hovering a bar or a point of the chart's series says its series, category and value: bar
    // categories from the chart's bar category axis, a point's x from its category axis label
    // (or the number). Call once the series and axes are in place.
    static void addValueTooltips(QChart* chart);
};

} // namespace hc::ui
