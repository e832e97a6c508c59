#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <limits>
#include <vector>

namespace hc::analysis {

struct Session {
    int user = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; // time of the last event: a lone event is a 0 s session
    int events = 0;
};

// Timeout sessions of semantics.md: a user's events in time order, a new session when the gap
// to the previous event is more than the timeout or the local date changes; identity, hot-shard
// and campaign events are left out first. Returns the sessions whose first event is in range.
// Stops early, with what it has, when the context is cancelled: callers check isCancelled().
std::vector<Session> sessionsStartingIn(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                        const TimeRange& range, TaskContext& context = TaskContext::none());

// How many sessions start in the range and their summed length, as sessionsStartingIn would give
// them, without keeping each session: it reads only from each user's last event before the range.
// Sessions end at local midnight, so each lies in one local day: dailySessions and
// dailyDurationMs count them per local day of the range (range.firstDay first).
struct SessionTotals {
    qint64 sessions = 0;
    qint64 totalDurationMs = 0;
    std::vector<qint64> dailySessions;
    std::vector<qint64> dailyDurationMs;
};
SessionTotals sessionTotalsStartingIn(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                      const TimeRange& range, TaskContext& context = TaskContext::none());

// The events sessions ignore ($identify, $campaign_*, ...).
bool isIgnoredBySessions(const QString& eventName);
// isIgnoredBySessions for every event name of a dataset, by name index.
std::vector<char> namesIgnoredBySessions(const dataset::Dataset& data);

// One user's events that sessions consider, in time order, each with its session number
// (0, 1, ... for that user); only those in [fromMs, toMs). Sessions end at local midnight, so a
// window of whole local days holds whole sessions.
struct SessionEvent {
    size_t event;
    int session;
};
void sessionEventsOfUser(const dataset::Dataset& data, const ReportingCalendar& calendar,
                         const std::vector<char>& ignoredNames, int user, std::vector<SessionEvent>& out,
                         qint64 fromMs = std::numeric_limits<qint64>::min(),
                         qint64 toMs = std::numeric_limits<qint64>::max());

} // namespace hc::analysis
