#pragma once

#include "core/stats/TimeSeries.h"
#include "core/util/Result.h"

#include <optional>
#include <vector>

namespace hc::stats {

enum class AnomalyDetector { Seasonal, ZScore, Iqr };

struct AnomalyOptions {
    AnomalyDetector detector = AnomalyDetector::Seasonal;
    double threshold = 3; // |z| at or above it is an anomaly (IQR: sigma = IQR / 1.349)
    // Judge each point only on the points before it (z-score and IQR; the seasonal baseline
    // always looks back only).
    bool simulate = false;
};

struct AnomalyPoint {
    QString t;
    double value = 0;
    // Null where the point has too little history to be judged.
    std::optional<double> expected;
    std::optional<double> lower;
    std::optional<double> upper;
    std::optional<double> z;
    bool anomaly = false;
    int direction = 0; // +1 above the band, -1 below, 0 inside
};

struct AnomalyResult {
    QString method;
    int n = 0;         // points judged
    int anomalies = 0; // of those, outside the band
    std::vector<AnomalyPoint> points;
};

// semantics.md, Statistics, Anomaly: expected value = the median of the same weekday (hourly:
// the same hour) over up to 8 previous seasons; sigma = 1.4826 MAD of the residuals of the
// previous 8 seasons (all weekdays pooled, once a season of them exists; before that, of the
// same-weekday values when there are at least 4); points with less history are not judged. A
// series shorter than three seasons (or one in which no point has that history) uses the
// previous 14 points instead. z-score and IQR detectors as options. Invalid for a series too
// short to judge any point, or a constant one.
Result<AnomalyResult> detectAnomalies(const TimeSeries& series, const AnomalyOptions& options);

} // namespace hc::stats
