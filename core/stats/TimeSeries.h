#pragma once

#include "core/analysis/engine/Trend.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hc::stats {

// A series the statistics read: one value per period, labelled as the engine labels periods
// ("YYYY-MM-DD" for days, "YYYY-MM-DDTHH" for hours).
struct TimeSeries {
    QStringList labels;
    std::vector<double> values;
    bool hourly = false;

    size_t size() const { return values.size(); }
    // Points per seasonal cycle: a week of days, a day of hours.
    int season() const { return hourly ? 24 : 7; }
    // The label `steps` periods after the last one (for forecasts).
    QString labelAfter(int steps) const;

    // The first series of a trend, one value per period; a mean over an empty period reads as 0,
    // since the detectors need a number each period.
    static TimeSeries fromTrend(const analysis::TrendResult& trend, bool hourly);
};

} // namespace hc::stats
