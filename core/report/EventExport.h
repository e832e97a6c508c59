#pragma once

#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"
#include "core/report/CsvWriter.h"
#include "core/util/TaskContext.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace hc::report {

// The events the explorer lists, all of them: inside the range, of one event name (empty: any)
// and of users whose id contains `userContains` (empty: anyone).
struct EventSelection {
    analysis::TimeRange range;
    QString eventName;
    QString userContains;
    // Only the users flagged here (by dataset user index, as a cohort resolves), when set.
    std::shared_ptr<const std::vector<char>> users;
};

// Calls visit(position) for each selected event, user by user and in time order within a user;
// visit returns false to stop. False when it stopped early (a cancel or visit's wish).
template<typename Visit>
bool visitSelectedEvents(const dataset::Dataset& data, const EventSelection& s, TaskContext& context, Visit visit)
{
    const int name = s.eventName.isEmpty() ? -1 : data.nameIndex(s.eventName);
    if (!s.eventName.isEmpty() && name < 0)
        return true; // an event that never occurs selects nothing
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return false;
        if ((u & 4095) == 0)
            context.report(u, data.userCount());
        if (!s.userContains.isEmpty() && !data.userIds()[u].contains(s.userContains, Qt::CaseInsensitive))
            continue;
        if (s.users && (size_t(u) >= s.users->size() || !(*s.users)[size_t(u)]))
            continue; // a user the flags do not know (new since they were computed) is not in them
        for (size_t p = data.userFirstAtOrAfter(u, s.range.startMs), end = data.userEnd(u);
             p < end && data.times()[p] < s.range.endMs; ++p) {
            if ((name < 0 || data.names()[p] == name) && !visit(p))
                return false;
        }
    }
    return true;
}

// The newest `maxRows` selected events, newest first (ties: the later position first), and how
// many were selected in all; nullopt when cancelled. A first pass counts the selected events per
// slice of the range, the second keeps only those of the newest slices that hold maxRows: 10M
// selected events never sit in memory at once.
struct NewestEvents {
    std::vector<quint32> positions;
    size_t matching = 0;
};
std::optional<NewestEvents> newestSelectedEvents(const dataset::Dataset& data, const EventSelection& selection,
                                                 size_t maxRows, TaskContext& context = TaskContext::none());

struct EventExportSummary {
    qint64 rows = 0;
};

// Streams the selected events to CSV (time as ISO 8601 UTC with milliseconds, user, event),
// grouped by user and in time order within a user, straight from the columns: memory stays flat
// however many millions match. Cancellable; reports progress over the users; nothing is left
// under the name unless it completes.
Result<EventExportSummary> exportEvents(const dataset::Dataset& data, const EventSelection& selection,
                                        const QString& path, const CsvOptions& options = {},
                                        TaskContext& context = TaskContext::none());

} // namespace hc::report
