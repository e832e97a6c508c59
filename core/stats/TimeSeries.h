#pragma once

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
};

} // namespace hc::stats
