#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/engine/Measure.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <vector>

namespace hc::analysis {

struct SegmentQuery {
    EventSpec event;
    TrendMeasure measure = TrendMeasure::Total;
    QString measureProperty;
    QString by;  // first property
    QString by2; // optional second property
    TimeRange range;
    int top = 50; // rows, largest first
};

struct SegmentRow {
    QStringList values; // one per property; "" is the missing value
    std::optional<double> value;
};

struct SegmentResult {
    std::vector<SegmentRow> rows;
    bool countsAreIntegers = true;
    qint64 omittedRows = 0; // rows beyond `top`
    // The measure over every matching event at once (each user counted once), so a row's share
    // of an additive measure is value / total; users with events in several rows make the rows'
    // uniques add up to more than this.
    std::optional<double> total;
};

// Any trend measure over the whole range, broken down by one or two properties as a table
// (a user counts in every combination they have events in). Rows are sorted by the measure,
// descending, ties by the values.
Result<SegmentResult> computeSegments(const dataset::Dataset& data, const SegmentQuery& query,
                                      const ReportingCalendar& calendar, TaskContext& context = TaskContext::none());

} // namespace hc::analysis
