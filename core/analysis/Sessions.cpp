#include "core/analysis/Sessions.h"

namespace hc::analysis {

bool isIgnoredBySessions(const QString& name)
{
    static const QStringList kIgnored = {QStringLiteral("$identify"),          QStringLiteral("$create_alias"),
                                         QStringLiteral("$merge"),             QStringLiteral("$hotshard_events"),
                                         QStringLiteral("$message_suppressed"), QStringLiteral("$unsubscribe"),
                                         QStringLiteral("$journey_entered")};
    return kIgnored.contains(name) || name.startsWith(QLatin1String("$campaign_"));
}

std::vector<Session> sessionsStartingIn(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                        const TimeRange& range)
{
    std::vector<char> ignored(size_t(data.eventNames().size()));
    for (qsizetype n = 0; n < data.eventNames().size(); ++n)
        ignored[size_t(n)] = isIgnoredBySessions(data.eventNames()[n]) ? 1 : 0;
    const qint64 timeout = data.settings().sessionTimeoutMs;
    const auto& times = data.times();
    const auto& names = data.names();
    std::vector<Session> out;
    for (int u = 0; u < data.userCount(); ++u) {
        Session current;
        bool open = false;
        qint64 currentDay = 0;
        for (size_t i = data.userBegin(u), end = data.userEnd(u); i < end; ++i) {
            if (ignored[size_t(names[i])])
                continue;
            const qint64 t = times[i];
            if (open && t >= range.endMs && t - current.endMs > timeout)
                break; // later sessions start after the range
            const qint64 day = calendar.localDay(t);
            if (open && t - current.endMs <= timeout && day == currentDay) {
                current.endMs = t;
                ++current.events;
                continue;
            }
            if (open && range.contains(current.startMs))
                out.push_back(current);
            if (t >= range.endMs) {
                open = false;
                break;
            }
            current = Session{u, t, t, 1};
            currentDay = day;
            open = true;
        }
        if (open && range.contains(current.startMs))
            out.push_back(current);
    }
    return out;
}

} // namespace hc::analysis
