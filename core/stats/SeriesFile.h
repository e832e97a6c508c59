#pragma once

#include "core/stats/TimeSeries.h"
#include "core/util/Result.h"

namespace hc::stats {

// A series from a CSV file with a header and two columns, time (YYYY-MM-DD, or ISO 8601 for
// hourly data) and a numeric value, so detectors can be checked on published data sets. Rows
// must rise in time; an empty or non-numeric value is an error naming its line.
Result<TimeSeries> readSeriesCsv(const QString& path);

} // namespace hc::stats
