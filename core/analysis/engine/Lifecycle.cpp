#include "core/analysis/engine/Lifecycle.h"

#include "core/analysis/calendar/PeriodIndexer.h"

namespace hc::analysis {

Result<std::vector<LifecyclePeriod>> computeLifecycle(const dataset::Dataset& data, const LifecycleQuery& query,
                                                      const ReportingCalendar& calendar, TaskContext& context)
{
    const TimeRange& range = query.range;
    const Interval interval = query.interval;
    // One extra period before the range, so the first period knows who was active just before.
    std::vector<Period> periods = calendar.periods(range.startMs, range.lastMs(), interval);
    const std::vector<Period> before =
        calendar.periods(periods.front().startMs - 1, periods.front().startMs - 1, interval);
    periods.insert(periods.begin(), before.front());
    const size_t count = periods.size();
    std::vector<LifecyclePeriod> out(count - 1);
    for (size_t p = 1; p < count; ++p)
        out[p - 1].period = periods[p];
    PeriodIndexer periodOf(periods);
    const auto& times = data.times();
    std::vector<char> active(count);
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        if (begin == end || times[begin] >= periods.back().endMs)
            continue;
        std::fill(active.begin(), active.end(), 0);
        const qint64 firstEver = times[begin];
        for (size_t i = data.userFirstAtOrAfter(u, periods.front().startMs); i < end; ++i) {
            const int p = periodOf.indexOf(times[i]);
            if (p >= 0)
                active[size_t(p)] = 1;
            else if (times[i] >= periods.back().endMs)
                break;
        }
        for (size_t p = 1; p < count; ++p) {
            LifecyclePeriod& row = out[p - 1];
            if (active[p]) {
                if (firstEver >= periods[p].startMs)
                    ++row.newUsers;
                else if (active[p - 1])
                    ++row.returning;
                else
                    ++row.resurrecting;
            } else if (active[p - 1]) {
                ++row.dormant;
            }
        }
    }
    return out;
}

} // namespace hc::analysis
