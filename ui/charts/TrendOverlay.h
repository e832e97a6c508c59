#pragma once

#include "core/analysis/engine/Trend.h"
#include "core/stats/AnomalyDetection.h"
#include "core/stats/HoltWinters.h"

#include <QPalette>
#include <QString>

#include <optional>

class QChart;

namespace hc::ui {

// What the statistics add to a trend chart: the expected range with the anomalous points marked,
// and a forecast with its 80% and 95% bands. Computed beside the trend (off the GUI thread) and
// drawn with it; only for the one series of a daily or hourly trend without a breakdown.
struct TrendOverlay {
    static constexpr int kForecastPeriods = 14;

    std::optional<stats::AnomalyResult> anomalies;
    std::optional<stats::ForecastResult> forecast;
    QString note;         // why an asked-for overlay is missing (a series too short, ...), for the title
    double lastValue = 0; // the last observed value, where the forecast line starts

    static TrendOverlay compute(const analysis::TrendResult& result, bool hourly, bool withAnomalies,
                                bool withForecast);
    // Adds its series to the chart; raises `maxValue` to what it drew and returns how many
    // periods it draws past the last one.
    int draw(QChart* chart, const QColor& base, double& maxValue) const;
    // " · forecast backtest MAPE …" or the note, for the chart title.
    QString titleSuffix() const;
};

} // namespace hc::ui
