#include "core/analysis/engine/SessionStats.h"

#include "core/analysis/engine/Trend.h"

#include <QCoreApplication>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::SessionStats", text); }

} // namespace

Result<SessionStats> computeSessionStats(const dataset::Dataset& data, const SessionStatsQuery& query,
                                         const ReportingCalendar& calendar, TaskContext& context)
{
    const auto sessions = sessionsStartingIn(data, calendar, query.range, context);
    if (context.isCancelled())
        return TaskContext::cancelledError();
    SessionStats s;
    s.lengths = {{tr("0 s"), 1, 0},         {tr("under 1 min"), 60, 0}, {tr("1–5 min"), 300, 0},
                 {tr("5–15 min"), 900, 0},  {tr("15–30 min"), 1800, 0}, {tr("30–60 min"), 3600, 0},
                 {tr("1 h or more"), -1, 0}};
    s.sessions = qint64(sessions.size());
    if (sessions.empty())
        return s;
    std::vector<double> seconds;
    seconds.reserve(sessions.size());
    double total = 0;
    qint64 events = 0, bounces = 0;
    int lastUser = -1;
    for (const Session& x : sessions) {
        const double length = double(x.endMs - x.startMs) / 1000.0;
        seconds.push_back(length);
        total += length;
        events += x.events;
        bounces += x.events == 1 ? 1 : 0;
        if (x.user != lastUser) { // sessions come grouped by user
            ++s.users;
            lastUser = x.user;
        }
        for (SessionLengthBucket& b : s.lengths) {
            if (b.upToSeconds < 0 || length < double(b.upToSeconds)) {
                ++b.count;
                break;
            }
        }
    }
    s.averageSeconds = total / double(sessions.size());
    s.medianSeconds = quantile(seconds, 0.5);
    s.eventsPerSession = double(events) / double(sessions.size());
    s.bounceRate = double(bounces) / double(sessions.size());
    return s;
}

} // namespace hc::analysis
