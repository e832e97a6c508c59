#pragma once

#include "core/analysis/engine/Sessions.h"

#include <optional>
#include <vector>

namespace hc::analysis {

struct SessionLengthBucket {
    QString label;      // "0 s", "< 1 min", ...
    qint64 upToSeconds; // exclusive upper bound; -1 for the last, open bucket
    qint64 count = 0;
};

struct SessionStats {
    qint64 sessions = 0;
    qint64 users = 0;
    std::optional<double> averageSeconds;
    std::optional<double> medianSeconds;
    std::optional<double> eventsPerSession;
    std::optional<double> bounceRate; // share of sessions with a single event
    std::vector<SessionLengthBucket> lengths;
};

// Count, length distribution, events per session and bounce rate of the sessions that start in
// the range (semantics.md, "Sessions").
struct SessionStatsQuery {
    TimeRange range;
};

Result<SessionStats> computeSessionStats(const dataset::Dataset& data, const SessionStatsQuery& query,
                                         const ReportingCalendar& calendar, TaskContext& context = TaskContext::none());

} // namespace hc::analysis
