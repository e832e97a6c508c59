#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/stats/ExperimentComparison.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <vector>

namespace hc::analysis {

struct ExperimentQuery {
    QString variantProperty;
    EventSpec goal;
    std::optional<EventSpec> exposure; // none: any event carrying the variant property
    std::vector<Condition> where;      // on every event
    TimeRange range;
};

struct ExperimentCounts {
    std::vector<stats::VariantCounts> variants; // by exposed users (descending), ties by value
    qint64 mixed = 0;                           // users seen with more than one value
};

// cli.md, experiment: exposed users are those with an event carrying the property in the range
// (or the exposure event, carrying it); a user seen with two values counts under the first and in
// `mixed`; converted = exposed users with a goal event at or after their first exposure, within
// the range. Invalid when the goal event never occurs.
Result<ExperimentCounts> computeExperimentCounts(const dataset::Dataset& data, const ExperimentQuery& query,
                                                 const ReportingCalendar& calendar,
                                                 TaskContext& context = TaskContext::none());
// The counts of computeExperimentCounts for each of several goals (q.goal is not read), in one
// pass over the users: what an insight run asks for every candidate goal. Invalid when a goal
// event never occurs.
Result<std::vector<ExperimentCounts>> computeExperimentCountsPerGoal(const dataset::Dataset& data,
                                                                     const ExperimentQuery& q,
                                                                     const std::vector<EventSpec>& goals,
                                                                     const ReportingCalendar& calendar,
                                                                     TaskContext& context = TaskContext::none());

} // namespace hc::analysis
