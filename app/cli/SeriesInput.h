#pragma once

#include "app/cli/AnalysisInputs.h"
#include "core/stats/TimeSeries.h"

namespace hc::cli {

// Where the series commands (anomalies, trend-test, forecast) get their series: the trend of
// --event E (or --any) with --measure per --interval day|hour over --from..--to, or --series FILE.
class SeriesInput {
public:
    static void addOptions(CliSession& session);
    // False: the command returns `exitCode`.
    bool build(CliSession& session, stats::TimeSeries& series, int& exitCode);
    // The series of one event (total per day) over an already prepared range, for correlate.
    static Result<stats::TimeSeries> eventSeries(const AnalysisInputs& in, const analysis::EventSpec& event,
                                                 bool hourly);
};

} // namespace hc::cli
