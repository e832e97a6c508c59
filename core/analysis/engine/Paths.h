#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <vector>

namespace hc::analysis {

struct PathQuery {
    EventSpec anchor;
    bool forward = true; // the events after the anchor, or before it
    int steps = 3;
    int top = 10;
    TimeRange range;
};

struct PathRow {
    QStringList events; // the sequence after (or before, nearest first) the anchor
    qint64 occurrences = 0;
    qint64 users = 0;
};

// Paths (semantics.md): from each occurrence of the anchor in the range, the next (previous) M
// events within the same session; the top N sequences by occurrences, with distinct users.
// A sequence is shorter when the session ends first; an anchor with nothing after it in its
// session gives the empty sequence ("session ended").
Result<std::vector<PathRow>> computePaths(const dataset::Dataset& data, const PathQuery& query,
                                          const ReportingCalendar& calendar,
                                          TaskContext& context = TaskContext::none());

// Per dataset user, 1 when one of their anchor occurrences in the range is followed (preceded)
// by exactly this sequence: the users behind one row of computePaths.
Result<std::vector<char>> pathUsers(const dataset::Dataset& data, const PathQuery& query,
                                    const ReportingCalendar& calendar, const QStringList& sequence,
                                    TaskContext& context = TaskContext::none());

} // namespace hc::analysis
