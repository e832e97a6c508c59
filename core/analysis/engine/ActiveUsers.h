#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <vector>

namespace hc::analysis {

struct ActiveUsersDay {
    qint64 day = 0; // local day number
    qint64 dau = 0;
    qint64 wau = 0;
    qint64 mau = 0;
};

// dau(d), wau(d), mau(d) for every day of the range (semantics.md): distinct users with an event
// on day d, in d-6..d, in d-29..d (trailing windows that may reach before the range).
struct ActiveUsersQuery {
    TimeRange range;
};

Result<std::vector<ActiveUsersDay>> computeActiveUsers(const dataset::Dataset& data, const ActiveUsersQuery& query,
                                                       const ReportingCalendar& calendar,
                                                       TaskContext& context = TaskContext::none());

} // namespace hc::analysis
