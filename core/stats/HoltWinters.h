#pragma once

#include "core/stats/TimeSeries.h"
#include "core/util/Result.h"

#include <vector>

namespace hc::stats {

// Additive Holt-Winters state after a series, with the smoothing weights that minimised the
// one-step squared error.
struct HoltWintersModel {
    int season = 7;
    double alpha = 0;
    double beta = 0;
    double gamma = 0;
    double level = 0;
    double trend = 0;
    std::vector<double> seasonals; // the last `season` seasonal terms, oldest first
    double sigma = 0;              // standard deviation of the one-step errors
    int fitted = 0;                // one-step errors the fit rests on

    double forecast(int h) const; // h >= 1 periods ahead
    // Variance factor of an h-step forecast (Hyndman et al., additive Holt-Winters).
    double varianceFactor(int h) const;
};

struct ForecastPoint {
    QString t;
    double value = 0;
    double lower80 = 0, upper80 = 0, lower95 = 0, upper95 = 0;
};

struct ForecastBacktest {
    double mape = 0;  // percent, over actual values that are not 0
    double smape = 0; // percent
    int origins = 0;
    double baselineMape = 0; // the seasonal-naive forecast's, over the same points
    bool beatsBaseline = false;
};

struct ForecastResult {
    QString method = QStringLiteral("holt_winters_additive");
    int n = 0;
    HoltWintersModel model;
    std::vector<ForecastPoint> points;
    ForecastBacktest backtest;
};

// Fits the weights in [0, 1] by a grid then a pattern search on the one-step squared error, with
// the level, trend and season started from the first two seasons.
Result<HoltWintersModel> fitHoltWinters(const std::vector<double>& values, int season);

// `horizon` periods ahead with 80% and 95% intervals, and a rolling-origin backtest (up to four
// origins, each forecasting `horizon` periods) against the seasonal-naive forecast. Invalid when
// the series is shorter than two seasons plus the horizon plus two, or constant.
Result<ForecastResult> forecastSeries(const TimeSeries& series, int horizon);

} // namespace hc::stats
