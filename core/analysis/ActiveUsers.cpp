#include "core/analysis/ActiveUsers.h"

namespace hc::analysis {

std::vector<ActiveUsersDay> activeUsersByDay(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                             const TimeRange& range)
{
    const qint64 first = range.firstDay;
    const qint64 last = range.lastDay;
    const size_t days = size_t(last - first + 1);
    // Difference arrays: each user adds +1 over the union of the windows their active days open.
    std::vector<qint64> dau(days, 0), wauDiff(days + 1, 0), mauDiff(days + 1, 0);
    const qint64 earliestMs = calendar.dayStartMs(first - 29);
    const qint64 endMs = calendar.dayStartMs(last + 1);
    const auto& times = data.times();

    for (int u = 0; u < data.userCount(); ++u) {
        qint64 previousDay = std::numeric_limits<qint64>::min();
        qint64 wauCovered = first - 1; // last day already counted for this user
        qint64 mauCovered = first - 1;
        for (size_t i = data.userBegin(u), end = data.userEnd(u); i < end; ++i) {
            const qint64 t = times[i];
            if (t < earliestMs)
                continue;
            if (t >= endMs)
                break;
            const qint64 day = calendar.localDay(t);
            if (day == previousDay)
                continue;
            previousDay = day;
            if (day >= first)
                ++dau[size_t(day - first)];
            auto cover = [&](qint64 span, qint64& covered, std::vector<qint64>& diff) {
                const qint64 from = std::max({day, covered + 1, first});
                const qint64 to = std::min(day + span - 1, last);
                if (from > to)
                    return;
                ++diff[size_t(from - first)];
                --diff[size_t(to - first + 1)];
                covered = to;
            };
            cover(7, wauCovered, wauDiff);
            cover(30, mauCovered, mauDiff);
        }
    }
    std::vector<ActiveUsersDay> out(days);
    qint64 wau = 0, mau = 0;
    for (size_t d = 0; d < days; ++d) {
        wau += wauDiff[d];
        mau += mauDiff[d];
        out[d] = ActiveUsersDay{first + qint64(d), dau[d], wau, mau};
    }
    return out;
}

} // namespace hc::analysis
