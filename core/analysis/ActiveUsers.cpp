#include "core/analysis/ActiveUsers.h"

#include <algorithm>
#include <limits>

namespace hc::analysis {

std::vector<ActiveUsersDay> activeUsersByDay(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                             const TimeRange& range)
{
    const qint64 first = range.firstDay;
    const qint64 last = range.lastDay;
    const size_t days = size_t(last - first + 1);
    // Difference arrays: each user adds +1 over the union of the windows their active days open.
    std::vector<qint64> dau(days, 0), wauDiff(days + 1, 0), mauDiff(days + 1, 0);
    // Local midnights of every day involved, so an event's day is found by comparing with the
    // current day's end instead of converting every timestamp.
    const qint64 spanFirst = first - 29;
    std::vector<qint64> dayStarts;
    for (qint64 d = spanFirst; d <= last + 1; ++d)
        dayStarts.push_back(calendar.dayStartMs(d));
    const qint64 earliestMs = dayStarts.front();
    const qint64 endMs = dayStarts.back();
    const auto& times = data.times();

    for (int u = 0; u < data.userCount(); ++u) {
        qint64 wauCovered = first - 1; // last day already counted for this user
        qint64 mauCovered = first - 1;
        qint64 dayEnd = std::numeric_limits<qint64>::min(); // end of the day of the previous event
        size_t dayIndex = 0;
        const auto userFirst = times.begin() + qint64(data.userBegin(u));
        const auto userLast = times.begin() + qint64(data.userEnd(u));
        for (auto it = std::lower_bound(userFirst, userLast, earliestMs); it != userLast; ++it) {
            const qint64 t = *it;
            if (t < dayEnd)
                continue; // same day as the previous event
            if (t >= endMs)
                break;
            while (dayStarts[dayIndex + 1] <= t)
                ++dayIndex;
            dayEnd = dayStarts[dayIndex + 1];
            const qint64 day = spanFirst + qint64(dayIndex);
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
