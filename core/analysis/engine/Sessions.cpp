#include "core/analysis/engine/Sessions.h"

#include <algorithm>
#include <limits>

namespace hc::analysis {

bool isIgnoredBySessions(const QString& name)
{
    static const QStringList kIgnored = {
        QStringLiteral("$identify"),        QStringLiteral("$create_alias"),       QStringLiteral("$merge"),
        QStringLiteral("$hotshard_events"), QStringLiteral("$message_suppressed"), QStringLiteral("$unsubscribe"),
        QStringLiteral("$journey_entered")};
    return kIgnored.contains(name) || name.startsWith(QLatin1String("$campaign_"));
}

std::vector<char> namesIgnoredBySessions(const dataset::Dataset& data)
{
    std::vector<char> ignored(size_t(data.eventNames().size()));
    for (qsizetype n = 0; n < data.eventNames().size(); ++n)
        ignored[size_t(n)] = isIgnoredBySessions(data.eventNames()[n]) ? 1 : 0;
    return ignored;
}

void sessionEventsOfUser(const dataset::Dataset& data, const ReportingCalendar& calendar,
                         const std::vector<char>& ignoredNames, int user, std::vector<SessionEvent>& out, qint64 fromMs,
                         qint64 toMs)
{
    out.clear();
    const qint64 timeout = data.settings().sessionTimeoutMs;
    const auto& times = data.times();
    const auto& names = data.names();
    int session = -1;
    qint64 previousTime = 0, previousDay = 0;
    const size_t end = data.userEnd(user);
    size_t i = data.userFirstAtOrAfter(user, fromMs);
    for (; i < end && times[i] < toMs; ++i) {
        if (ignoredNames[size_t(names[i])])
            continue;
        const qint64 t = times[i];
        const qint64 day = calendar.localDay(t);
        // A new session after more than the timeout, and at local midnight.
        if (session < 0 || t - previousTime > timeout || day != previousDay)
            ++session;
        previousTime = t;
        previousDay = day;
        out.push_back(SessionEvent{i, session});
    }
}

std::vector<Session> sessionsStartingIn(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                        const TimeRange& range, TaskContext& context)
{
    const std::vector<char> ignored = namesIgnoredBySessions(data);
    const auto& times = data.times();
    std::vector<Session> out;
    std::vector<SessionEvent> events;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            break;
        sessionEventsOfUser(data, calendar, ignored, u, events);
        for (size_t k = 0; k < events.size();) {
            Session s{u, times[events[k].event], times[events[k].event], 0};
            const int number = events[k].session;
            for (; k < events.size() && events[k].session == number; ++k) {
                s.endMs = times[events[k].event];
                ++s.events;
            }
            if (range.contains(s.startMs))
                out.push_back(s);
        }
    }
    return out;
}

SessionTotals sessionTotalsStartingIn(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                      const TimeRange& range, TaskContext& context)
{
    const std::vector<char> ignored = namesIgnoredBySessions(data);
    const qint64 timeout = data.settings().sessionTimeoutMs;
    const auto& times = data.times();
    const auto& names = data.names();
    SessionTotals out;
    const qint64 days = std::max<qint64>(0, range.lastDay - range.firstDay + 1);
    out.dailySessions.assign(size_t(days), 0);
    out.dailyDurationMs.assign(size_t(days), 0);
    size_t sessionDay = 0; // of the open session, as an index of the daily vectors
    const auto close = [&](qint64 lastTime, qint64 startTime) {
        out.totalDurationMs += lastTime - startTime;
        if (days > 0)
            out.dailyDurationMs[sessionDay] += lastTime - startTime;
    };
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            break;
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        // Start at the range; the user's last considered event before it decides whether the
        // first one in it starts a session or continues one.
        size_t i = data.userFirstAtOrAfter(u, range.startMs);
        size_t before = i;
        while (before > begin && ignored[size_t(names[before - 1])])
            --before;
        bool havePrevious = before > begin;
        qint64 previousTime = havePrevious ? times[before - 1] : 0;
        qint64 previousDay = havePrevious ? calendar.localDay(previousTime) : 0;
        bool counting = false; // the open session started in the range
        qint64 sessionStart = 0;
        for (; i < end; ++i) {
            if (ignored[size_t(names[i])])
                continue;
            const qint64 t = times[i];
            const qint64 day = calendar.localDay(t);
            if (!havePrevious || t - previousTime > timeout || day != previousDay) {
                if (counting)
                    close(previousTime, sessionStart);
                if (t >= range.endMs) {
                    counting = false;
                    break;
                }
                counting = true;
                sessionStart = t;
                ++out.sessions;
                if (days > 0) {
                    sessionDay = size_t(std::clamp<qint64>(day - range.firstDay, 0, days - 1));
                    ++out.dailySessions[sessionDay];
                }
            }
            havePrevious = true;
            previousTime = t;
            previousDay = day;
        }
        if (counting)
            close(previousTime, sessionStart);
    }
    return out;
}

} // namespace hc::analysis
