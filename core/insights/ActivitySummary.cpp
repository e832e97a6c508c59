#include "core/insights/ActivitySummary.h"

namespace hc::insights {

Result<ActivitySummary> summarizeActivity(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                          qint64 firstDay, qint64 lastDay, TaskContext& context)
{
    ActivitySummary s;
    s.firstDay = firstDay;
    s.lastDay = lastDay;
    const size_t days = size_t(std::max<qint64>(0, lastDay - firstDay + 1));
    for (qint64 d = firstDay; d <= lastDay; ++d)
        s.dayLabels.append(analysis::ReportingCalendar::dateOfDay(d).toString(Qt::ISODate));
    const size_t names = size_t(data.eventNames().size());
    s.dau.assign(days, 0);
    s.events.assign(names, std::vector<double>(days, 0));
    const int users = data.userCount();
    s.birthDay.assign(size_t(users), 0);
    s.birthEvent.assign(size_t(users), 0);
    s.retainedWeek1.assign(size_t(users), false);
    s.birthDayNames.assign(size_t(users), 0);
    s.lastDataDay = data.isEmpty() ? 0 : calendar.localDay(data.lastTimeMs());
    const auto& times = data.times();
    const auto& nameOf = data.names();
    for (int u = 0; u < users; ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const size_t b = data.userBegin(u), e = data.userEnd(u);
        if (b == e)
            continue;
        const qint64 birth = calendar.localDay(times[b]);
        s.birthDay[size_t(u)] = birth;
        s.birthEvent[size_t(u)] = b;
        qint64 lastCountedDay = -1;
        qint64 day = birth;
        qint64 dayEndMs = calendar.dayStartMs(birth + 1);
        for (size_t i = b; i < e; ++i) {
            if (times[i] >= dayEndMs) { // events are in time order: the day only moves forward
                day = calendar.localDay(times[i]);
                dayEndMs = calendar.dayStartMs(day + 1);
            }
            const auto name = size_t(nameOf[i]);
            if (day == birth && name < 64)
                s.birthDayNames[size_t(u)] |= quint64(1) << name;
            else if (day > birth && day <= birth + 7)
                s.retainedWeek1[size_t(u)] = true;
            if (day < firstDay || day > lastDay)
                continue;
            const size_t d = size_t(day - firstDay);
            s.events[name][d] += 1;
            if (lastCountedDay != day) {
                lastCountedDay = day;
                s.dau[d] += 1;
            }
        }
    }
    return s;
}

} // namespace hc::insights
