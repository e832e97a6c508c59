#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <vector>

namespace hc::analysis {

enum class AttributionModel { First, Last, Linear, TimeDecay, Position };

struct AttributionQuery {
    EventSpec goal;
    QString touchProperty;
    qint64 lookbackMs = 30LL * 86400000;
    AttributionModel model = AttributionModel::Last;
    qint64 halfLifeMs = 7LL * 86400000; // time_decay: a touch this much older weighs half
    std::vector<Condition> where;       // on every event
    TimeRange range;                    // the goal events counted
};

struct AttributionCredit {
    QString value;
    double credit = 0;
};

struct AttributionResult {
    QString model;
    qint64 conversions = 0;                 // goal events in the range
    qint64 attributed = 0;                  // of those, with at least one touch in the lookback (the credits' sum)
    std::vector<AttributionCredit> credits; // by credit (descending), ties by value
};

// Each goal event in the range is a conversion; its touches are the same user's other events
// carrying the property from lookback before it up to it. First and last give the whole credit
// to one touch, linear splits it evenly, time_decay by 2^(-age / half-life), position gives 40%
// to the first and last and 20% across the middle (one touch: all; two: half each).
Result<AttributionResult> computeAttribution(const dataset::Dataset& data, const AttributionQuery& query,
                                             const ReportingCalendar& calendar,
                                             TaskContext& context = TaskContext::none());

QString attributionModelName(AttributionModel model);

} // namespace hc::analysis
