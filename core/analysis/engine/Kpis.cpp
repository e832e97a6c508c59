#include "core/analysis/engine/Kpis.h"

#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Sessions.h"
#include "core/util/NumberFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::Kpis", text); }

struct Measures {
    double events = 0, users = 0, newUsers = 0, dau = 0, wau = 0, mau = 0, sessions = 0, revenue = 0;
    std::optional<double> stickiness, avgSession, eventsPerUser, dauMean;
    std::vector<double> dailyEvents, dailyRevenue; // per local day of the range
    std::vector<double> dailySessions, dailySessionSeconds;
};

Result<Measures> measure(const dataset::Dataset& data, const ReportingCalendar& calendar, const TimeRange& range,
                         const dataset::PropertyColumn& revenue, TaskContext& context,
                         std::vector<ActiveUsersDay>* daily = nullptr)
{
    Measures m;
    const auto& times = data.times();
    // The cards' sparklines of events and revenue come from the same pass, per local day.
    m.dailyEvents.assign(size_t(std::max<qint64>(0, range.lastDay - range.firstDay + 1)), 0);
    m.dailyRevenue.assign(m.dailyEvents.size(), 0);
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        if (begin == end)
            continue;
        bool active = false;
        size_t day = 0;
        qint64 dayEnd = std::numeric_limits<qint64>::min();
        for (size_t i = data.userFirstAtOrAfter(u, range.startMs); i < end; ++i) {
            const qint64 t = times[i];
            if (t >= range.endMs)
                break;
            if (t >= dayEnd) {
                const qint64 local = calendar.localDay(t);
                day = size_t(std::clamp<qint64>(local - range.firstDay, 0, qint64(m.dailyEvents.size()) - 1));
                dayEnd = calendar.dayStartMs(local + 1);
            }
            active = true;
            m.events += 1;
            m.dailyEvents[day] += 1;
            const double r = revenue.number(i);
            if (!std::isnan(r)) {
                m.revenue += r;
                m.dailyRevenue[day] += r;
            }
        }
        if (active) {
            m.users += 1;
            if (range.contains(times[begin])) // the user's first event ever is in the range
                m.newUsers += 1;
        }
    }
    const auto active = computeActiveUsers(data, ActiveUsersQuery{range}, calendar, context);
    if (!active.ok())
        return active.error();
    const auto& days = active.value();
    double dauSum = 0, stickSum = 0;
    int stickDays = 0;
    for (const auto& d : days) {
        dauSum += double(d.dau);
        if (d.mau > 0) {
            stickSum += double(d.dau) / double(d.mau);
            ++stickDays;
        }
    }
    if (!days.empty()) {
        m.dauMean = dauSum / double(days.size());
        m.wau = double(days.back().wau);
        m.mau = double(days.back().mau);
    }
    if (stickDays > 0)
        m.stickiness = stickSum / stickDays;
    const SessionTotals sessions = sessionTotalsStartingIn(data, calendar, range, context);
    if (context.isCancelled())
        return TaskContext::cancelledError();
    m.sessions = double(sessions.sessions);
    if (sessions.sessions > 0)
        m.avgSession = double(sessions.totalDurationMs) / 1000.0 / double(sessions.sessions);
    for (size_t d = 0; d < sessions.dailySessions.size(); ++d) {
        const auto n = double(sessions.dailySessions[d]);
        m.dailySessions.push_back(n);
        m.dailySessionSeconds.push_back(n > 0 ? double(sessions.dailyDurationMs[d]) / 1000.0 / n : std::nan(""));
    }
    if (m.users > 0)
        m.eventsPerUser = m.events / m.users;
    if (daily)
        *daily = days;
    return m;
}

} // namespace

const Kpi* KpiSet::find(const QString& id) const
{
    for (const Kpi& k : kpis)
        if (k.id == id)
            return &k;
    return nullptr;
}

Result<KpiSet> computeKpis(const dataset::Dataset& data, const KpiQuery& query, const ReportingCalendar& calendar,
                           TaskContext& context)
{
    auto revenue = data.property(query.revenueProperty);
    if (!revenue.ok())
        return revenue.error();
    KpiSet set;
    set.range = query.range;
    set.previousRange = query.range.previous(calendar);
    const auto measuredNow = measure(data, calendar, set.range, *revenue.value(), context, &set.daily);
    if (!measuredNow.ok())
        return measuredNow.error();
    const auto measuredBefore = measure(data, calendar, set.previousRange, *revenue.value(), context);
    if (!measuredBefore.ok())
        return measuredBefore.error();
    const Measures& now = measuredNow.value();
    const Measures& before = measuredBefore.value();
    set.dailyEvents = now.dailyEvents;
    set.dailyRevenue = now.dailyRevenue;
    set.dailySessions = now.dailySessions;
    set.dailySessionSeconds = now.dailySessionSeconds;
    auto add = [&](const char* id, const QString& label, Kpi::Unit unit, std::optional<double> v,
                   std::optional<double> p) {
        Kpi k{QString::fromLatin1(id), label, unit, v, p, std::nullopt};
        if (v && p && *p != 0)
            k.change = (*v - *p) / *p;
        set.kpis.push_back(k);
    };
    using U = Kpi::Unit;
    add("events", tr("Events"), U::Count, now.events, before.events);
    add("users", tr("Users"), U::Count, now.users, before.users);
    add("new_users", tr("New users"), U::Count, now.newUsers, before.newUsers);
    add("returning_users", tr("Returning users"), U::Count, now.users - now.newUsers, before.users - before.newUsers);
    add("dau", tr("Daily active users (average)"), U::Count, now.dauMean, before.dauMean);
    add("wau", tr("Weekly active users"), U::Count, now.wau, before.wau);
    add("mau", tr("Monthly active users"), U::Count, now.mau, before.mau);
    add("stickiness", tr("Stickiness (DAU / MAU)"), U::Ratio, now.stickiness, before.stickiness);
    add("sessions", tr("Sessions"), U::Count, now.sessions, before.sessions);
    add("avg_session_seconds", tr("Average session length"), U::Seconds, now.avgSession, before.avgSession);
    add("events_per_user", tr("Events per user"), U::Ratio, now.eventsPerUser, before.eventsPerUser);
    add("revenue", tr("Revenue"), U::Money, now.revenue, before.revenue);
    return set;
}

QString formatKpiValue(const Kpi& k, const std::optional<double>& v, const QString& currency)
{
    if (!v)
        return QStringLiteral("—");
    switch (k.unit) {
    case Kpi::Unit::Count:
        return NumberFormat::count(*v);
    case Kpi::Unit::Ratio:
        return k.id == QLatin1String("stickiness") ? NumberFormat::percent(*v) : NumberFormat::decimal(*v);
    case Kpi::Unit::Seconds:
        return NumberFormat::duration(*v);
    case Kpi::Unit::Money:
        return NumberFormat::money(*v, currency);
    }
    return QString();
}

} // namespace hc::analysis
