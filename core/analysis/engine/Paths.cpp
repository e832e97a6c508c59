#include "core/analysis/engine/Paths.h"

#include "core/analysis/engine/Sessions.h"

#include <algorithm>
#include <map>

namespace hc::analysis {

namespace {

// Calls visit(user, path) for every anchor occurrence in the range with the event-name indices
// that follow (or precede) it in its session. False when cancelled.
template<typename Visit>
bool forEachPath(const dataset::Dataset& data, const PathQuery& q, const ReportingCalendar& calendar,
                 const EventMatcher& matcher, TaskContext& context, Visit visit)
{
    const std::vector<char> ignored = namesIgnoredBySessions(data);
    const auto& times = data.times();
    const auto& names = data.names();
    // Sessions end at local midnight: the whole days around the range hold every session of an
    // anchor in it, and nothing outside them matters.
    const qint64 fromMs = calendar.dayStartMs(calendar.localDay(q.range.startMs));
    const qint64 toMs = calendar.dayStartMs(calendar.localDay(q.range.endMs - 1) + 1);
    std::vector<SessionEvent> events;
    std::vector<qint32> path;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return false;
        sessionEventsOfUser(data, calendar, ignored, u, events, fromMs, toMs);
        for (size_t k = 0; k < events.size(); ++k) {
            const size_t i = events[k].event;
            if (!q.range.contains(times[i]) || !matcher.matches(i))
                continue;
            path.clear();
            for (int step = 1; step <= q.steps; ++step) {
                const qint64 at = q.forward ? qint64(k) + step : qint64(k) - step;
                if (at < 0 || at >= qint64(events.size()) || events[size_t(at)].session != events[k].session)
                    break;
                path.push_back(names[events[size_t(at)].event]);
            }
            visit(u, path);
        }
    }
    return true;
}

} // namespace

Result<std::vector<PathRow>> computePaths(const dataset::Dataset& data, const PathQuery& q,
                                          const ReportingCalendar& calendar, TaskContext& context)
{
    auto matcher = EventMatcher::compile(data, q.anchor);
    if (!matcher.ok())
        return matcher.error();
    struct Tally {
        qint64 occurrences = 0;
        qint64 users = 0;
        int lastUser = -1;
    };
    // Keyed by event-name indices (names only at the end): comparing strings per anchor cost more
    // than the walk.
    std::map<std::vector<qint32>, Tally> tallies;
    const bool done =
        forEachPath(data, q, calendar, matcher.value(), context, [&](int u, const std::vector<qint32>& path) {
            Tally& t = tallies[path];
            ++t.occurrences;
            if (t.lastUser != u) {
                t.lastUser = u;
                ++t.users;
            }
        });
    if (!done)
        return TaskContext::cancelledError();
    std::vector<PathRow> rows;
    for (const auto& [key, t] : tallies) {
        QStringList steps;
        for (const qint32 n : key)
            steps << data.eventNames()[n];
        rows.push_back(PathRow{steps, t.occurrences, t.users});
    }
    std::sort(rows.begin(), rows.end(), [](const PathRow& a, const PathRow& b) {
        if (a.occurrences != b.occurrences)
            return a.occurrences > b.occurrences;
        if (a.users != b.users)
            return a.users > b.users;
        return a.events < b.events;
    });
    if (int(rows.size()) > q.top)
        rows.resize(size_t(q.top));
    return rows;
}

Result<std::vector<char>> pathUsers(const dataset::Dataset& data, const PathQuery& q, const ReportingCalendar& calendar,
                                    const QStringList& sequence, TaskContext& context)
{
    auto matcher = EventMatcher::compile(data, q.anchor);
    if (!matcher.ok())
        return matcher.error();
    std::vector<qint32> wanted;
    for (const QString& name : sequence) {
        const int n = data.nameIndex(name);
        if (n < 0)
            return std::vector<char>(size_t(data.userCount()), 0); // a name never seen: nobody
        wanted.push_back(qint32(n));
    }
    std::vector<char> users(size_t(data.userCount()), 0);
    const bool done =
        forEachPath(data, q, calendar, matcher.value(), context, [&](int u, const std::vector<qint32>& path) {
            if (path == wanted)
                users[size_t(u)] = 1;
        });
    if (!done)
        return TaskContext::cancelledError();
    return users;
}

} // namespace hc::analysis
