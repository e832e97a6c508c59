#pragma once

#include "core/stats/TimeSeries.h"
#include "core/util/Result.h"

#include <vector>

namespace hc::stats {

struct ChangePoint {
    QString t;        // the first period of the new level
    size_t index = 0; // its position in the series
    double before = 0;
    double after = 0;
};

struct TrendTestResult {
    QString method = QStringLiteral("mann_kendall");
    int n = 0;
    double s = 0;        // Mann-Kendall S
    double variance = 0; // Var(S), tie-corrected
    double z = 0;
    double tau = 0; // Kendall's tau-a: S over the number of pairs
    double pValue = 1;
    double senSlope = 0; // median of the pairwise slopes, per period
    int direction = 0;   // +1 up, -1 down, 0 no significant trend
    std::vector<ChangePoint> changePoints;
};

// Mann-Kendall with the tie correction of its variance (two-sided, normal approximation with
// continuity correction), Sen's slope, and change points in the mean by binary segmentation
// with a BIC-style penalty of 2 sigma^2 ln n per change. Invalid below 4 points or when constant.
Result<TrendTestResult> testTrend(const TimeSeries& series, double alpha = 0.05);

} // namespace hc::stats
