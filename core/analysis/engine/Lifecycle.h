#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <vector>

namespace hc::analysis {

// Who was active per period, and why (the growth accounting analysts know from Mixpanel's
// lifecycle report): new = first event ever in the period; returning = active in this and the
// previous period; resurrecting = active now, not in the previous period, but at some time
// before; dormant = active in the previous period, not in this one.
struct LifecyclePeriod {
    Period period;
    qint64 newUsers = 0;
    qint64 returning = 0;
    qint64 resurrecting = 0;
    qint64 dormant = 0;
};

struct LifecycleQuery {
    TimeRange range;
    Interval interval = Interval::Week;
};

Result<std::vector<LifecyclePeriod>> computeLifecycle(const dataset::Dataset& data, const LifecycleQuery& query,
                                                      const ReportingCalendar& calendar,
                                                      TaskContext& context = TaskContext::none());

} // namespace hc::analysis
