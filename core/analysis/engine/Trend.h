#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/engine/Measure.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <vector>

namespace hc::analysis {

struct TrendQuery {
    EventSpec event;
    TrendMeasure measure = TrendMeasure::Total;
    QString measureProperty; // for sum / avg / median / p90
    Interval interval = Interval::Day;
    TimeRange range;
    QString breakdown; // empty: no breakdown
    int top = 10;
    int rollingPeriods = 0;  // > 1: each point is the mean of the last N periods' values
    bool cumulative = false; // running total (total, uniques: distinct users so far, sum)
    bool compare = false;    // add each series over the previous range of equal length
};

struct TrendSeries {
    enum class Kind { Total, Value, Other, Missing };
    Kind kind = Kind::Total;
    QString label; // the event name (or "*"), a breakdown value, "(other)" or "" for the missing value
    std::vector<std::optional<double>> values; // one per period; nullopt: a mean over nothing
    bool previous = false;                     // the same series over the previous range (compare)
};

struct TrendResult {
    std::vector<Period> periods;
    std::vector<TrendSeries> series;
    bool countsAreIntegers = true; // total and uniques print as integers
};

// Trends of semantics.md: one point per period from the one holding the range start to the one
// holding its end (empty periods included); only events inside the range count. With a breakdown
// the values are ranked by the measure over the whole range (ties by value), the top N get a
// series each, then "(other)" (the measure over the remaining values' events together), then the
// missing value; either extra series is left out when it has no events.
Result<TrendResult> computeTrend(const dataset::Dataset& data, const TrendQuery& query,
                                 const ReportingCalendar& calendar, TaskContext& context = TaskContext::none());

} // namespace hc::analysis
