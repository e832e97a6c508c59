#include "core/insights/ChangeDecomposition.h"

#include "core/analysis/engine/EngineInputs.h"
#include "core/util/NameTable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::ChangeDecomposition", text); }

const char* const kMetricNames[] = {"dau", "events", "users", "conversion"};

// Per property, per side, per value (the last slot: without the property): units and, for
// conversion, converted users.
struct Tally {
    analysis::PropertyGroups groups;
    std::vector<double> units[2];
    std::vector<double> converted[2];
};

size_t valueSlot(const Tally& t, size_t event)
{
    if (!t.groups.column) // no property: one slot for everything
        return 0;
    const qint32 g = t.groups.groupAt(event);
    return g < 0 ? size_t(t.groups.texts.size()) : size_t(g);
}

struct SideDays {
    qint64 minDay = 0;
    std::vector<qint8> sideOf; // per day from minDay: -1 none, 0 previous, 1 current
    qint8 at(qint64 day) const
    {
        const qint64 i = day - minDay;
        return i < 0 || i >= qint64(sideOf.size()) ? qint8(-1) : sideOf[size_t(i)];
    }
};

Result<SideDays> sideDays(const ChangeQuery& q)
{
    if (q.currentDays.empty() || q.previousDays.empty())
        return makeError(Error::Code::Invalid, tr("Both periods need at least one day."));
    const auto [lo1, hi1] = std::minmax_element(q.currentDays.begin(), q.currentDays.end());
    const auto [lo0, hi0] = std::minmax_element(q.previousDays.begin(), q.previousDays.end());
    SideDays s;
    s.minDay = std::min(*lo1, *lo0);
    s.sideOf.assign(size_t(std::max(*hi1, *hi0) - s.minDay + 1), qint8(-1));
    for (qint64 d : q.previousDays)
        s.sideOf[size_t(d - s.minDay)] = 0;
    for (qint64 d : q.currentDays) {
        if (s.sideOf[size_t(d - s.minDay)] == 0)
            return makeError(Error::Code::Invalid, tr("The two periods overlap; compare periods that share no day."));
        s.sideOf[size_t(d - s.minDay)] = 1;
    }
    return s;
}

// Stretches of consecutive days on either side, as instants: scans visit only these.
struct DayRun {
    qint64 startMs;
    qint64 endMs;
};

std::vector<DayRun> sideRuns(const SideDays& sides, const analysis::ReportingCalendar& calendar)
{
    std::vector<DayRun> runs;
    for (size_t i = 0; i < sides.sideOf.size(); ++i) {
        if (sides.sideOf[i] < 0)
            continue;
        size_t j = i;
        while (j + 1 < sides.sideOf.size() && sides.sideOf[j + 1] >= 0)
            ++j;
        runs.push_back(
            {calendar.dayStartMs(sides.minDay + qint64(i)), calendar.dayStartMs(sides.minDay + qint64(j) + 1)});
        i = j;
    }
    return runs;
}

// Calls visit(event, local day) for a user's events on the runs' days, in time order. A user's
// events are in time order, so each run is found by search instead of walking the days between.
template<typename Visit>
void forEachEventOnRuns(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                        const std::vector<DayRun>& runs, int user, Visit&& visit)
{
    const auto& times = data.times();
    const size_t userEnd = data.userEnd(user);
    size_t i = data.userBegin(user);
    qint64 day = 0, dayEnd = std::numeric_limits<qint64>::min();
    for (const DayRun& run : runs) {
        i = size_t(std::lower_bound(times.begin() + i, times.begin() + userEnd, run.startMs) - times.begin());
        for (; i < userEnd && times[i] < run.endMs; ++i) {
            if (times[i] >= dayEnd) {
                day = calendar.localDay(times[i]);
                dayEnd = calendar.dayStartMs(day + 1);
            }
            visit(i, day);
        }
    }
}

// One pass over the users' events on the compared days: every unit lands in one value slot of
// each property. A user's events are in time order, so each stretch of days is found by search
// instead of walking the days between (an anomaly compares 5 days of months of data).
Status tally(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar, const ChangeQuery& q,
             const SideDays& sides, const analysis::EventMatcher* goal, const analysis::EventMatcher& counted,
             std::vector<Tally>& tallies, qint64& n, TaskContext& context)
{
    const bool perUser = q.metric == ChangeMetric::Users || q.metric == ChangeMetric::Conversion;
    const std::vector<DayRun> runs = sideRuns(sides, calendar);
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        size_t firstOnSide[2] = {SIZE_MAX, SIZE_MAX};
        bool convertedOnSide[2] = {false, false};
        qint64 lastDay = -1;
        forEachEventOnRuns(data, calendar, runs, u, [&](size_t i, qint64 day) {
            const qint8 side = sides.at(day);
            if (side < 0)
                return;
            if (perUser) {
                if (firstOnSide[side] == SIZE_MAX)
                    firstOnSide[side] = i;
                if (goal && goal->matches(i))
                    convertedOnSide[side] = true;
                return;
            }
            if (q.metric == ChangeMetric::Dau && day == lastDay)
                return;
            if (q.metric == ChangeMetric::Events && !counted.matches(i))
                return;
            lastDay = day;
            ++n;
            for (Tally& t : tallies)
                t.units[side][valueSlot(t, i)] += 1;
        });
        if (!perUser)
            continue;
        for (int side = 0; side < 2; ++side) {
            if (firstOnSide[side] == SIZE_MAX)
                continue;
            ++n;
            for (Tally& t : tallies) {
                const size_t v = valueSlot(t, firstOnSide[side]);
                t.units[side][v] += 1;
                t.converted[side][v] += convertedOnSide[side] ? 1 : 0;
            }
        }
    }
    return Done{};
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// The drivers of one property and the metric on each side.
void decompose(const Tally& t, ChangeMetric metric, double days0, double days1, ChangeDecomposition& out)
{
    const size_t values = t.units[0].size();
    const double u0 = sum(t.units[0]), u1 = sum(t.units[1]);
    const bool conversion = metric == ChangeMetric::Conversion;
    const double scale0 = metric == ChangeMetric::Dau ? 1 / days0 : 1,
                 scale1 = metric == ChangeMetric::Dau ? 1 / days1 : 1;
    const double m0 = conversion ? (u0 > 0 ? sum(t.converted[0]) / u0 : 0) : u0 * scale0;
    const double m1 = conversion ? (u1 > 0 ? sum(t.converted[1]) / u1 : 0) : u1 * scale1;
    out.before = m0;
    out.after = m1;
    out.totalChange = m1 - m0;
    for (size_t v = 0; v < values; ++v) {
        const double c0 = t.units[0][v], c1 = t.units[1][v];
        if (c0 == 0 && c1 == 0)
            continue;
        ChangeDriver d;
        d.property = t.groups.column ? t.groups.column->name : QString();
        d.value = v < size_t(t.groups.texts.size()) ? t.groups.texts[qsizetype(v)] : QString();
        const double s0 = u0 > 0 ? c0 / u0 : 0, s1 = u1 > 0 ? c1 / u1 : 0;
        if (conversion) {
            double r0 = c0 > 0 ? t.converted[0][v] / c0 : 0, r1 = c1 > 0 ? t.converted[1][v] / c1 : 0;
            if (c0 == 0)
                r0 = r1;
            if (c1 == 0)
                r1 = r0;
            d.before = r0;
            d.after = r1;
            d.mixEffect = (s1 - s0) * (r0 + r1) / 2;
            d.rateEffect = (r1 - r0) * (s0 + s1) / 2;
        } else {
            d.before = c0 * scale0;
            d.after = c1 * scale1;
            d.mixEffect = (s1 - s0) * (m0 + m1) / 2;
            d.rateEffect = (m1 - m0) * (s0 + s1) / 2;
        }
        d.contribution = d.mixEffect + d.rateEffect;
        out.drivers.push_back(d);
    }
}

} // namespace

QString changeMetricName(ChangeMetric metric) { return QString::fromLatin1(kMetricNames[int(metric)]); }

bool changeMetricFromName(const QString& name, ChangeMetric& metric)
{
    const auto i = indexOfName(kMetricNames, name);
    if (i)
        metric = ChangeMetric(*i);
    return i.has_value();
}

namespace {

// One tally per property of `by` (one without a property when `by` is empty).
Result<std::vector<Tally>> emptyTallies(const dataset::Dataset& data, const QStringList& properties)
{
    std::vector<Tally> tallies;
    // Without a property the metric still needs one tally: an empty property puts every unit in
    // the "without" slot.
    const QStringList by = properties.isEmpty() ? QStringList{QString()} : properties;
    for (const QString& p : by) {
        Tally t;
        if (!p.isEmpty()) {
            auto g = analysis::propertyGroups(data, p);
            if (!g.ok())
                return g.error();
            t.groups = g.value();
        }
        for (int s = 0; s < 2; ++s) {
            t.units[s].assign(size_t(t.groups.texts.size()) + 1, 0);
            t.converted[s].assign(size_t(t.groups.texts.size()) + 1, 0);
        }
        tallies.push_back(std::move(t));
    }
    return tallies;
}

ChangeDecomposition finish(const std::vector<Tally>& tallies, const ChangeQuery& query, qint64 units)
{
    ChangeDecomposition out;
    out.metric = changeMetricName(query.metric);
    out.n = units;
    for (const Tally& t : tallies) {
        ChangeDecomposition one;
        decompose(t, query.metric, double(query.previousDays.size()), double(query.currentDays.size()), one);
        out.before = one.before;
        out.after = one.after;
        out.totalChange = one.totalChange;
        if (!query.by.isEmpty())
            out.drivers.insert(out.drivers.end(), one.drivers.begin(), one.drivers.end());
    }
    std::stable_sort(out.drivers.begin(), out.drivers.end(), [](const ChangeDriver& a, const ChangeDriver& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    return out;
}

} // namespace

Result<ChangeDecomposition> decomposeChange(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                            const ChangeQuery& query, TaskContext& context)
{
    const auto sides = sideDays(query);
    if (!sides.ok())
        return sides.error();
    std::optional<analysis::EventMatcher> goal;
    if (query.metric == ChangeMetric::Conversion) {
        auto g = analysis::compileGoal(data, query.goal);
        if (!g.ok())
            return g.error();
        goal = g.value();
    }
    const auto counted = analysis::EventMatcher::compile(data, query.event);
    if (!counted.ok())
        return counted.error();
    auto tallies = emptyTallies(data, query.by);
    if (!tallies.ok())
        return tallies.error();
    qint64 units = 0;
    const Status done = tally(data, calendar, query, sides.value(), goal ? &*goal : nullptr, counted.value(),
                              tallies.value(), units, context);
    if (!done.ok())
        return done.error();
    return finish(tallies.value(), query, units);
}

Result<std::vector<ChangeDecomposition>> decomposeDailyChanges(const dataset::Dataset& data,
                                                               const analysis::ReportingCalendar& calendar,
                                                               const std::vector<ChangeQuery>& queries,
                                                               TaskContext& context)
{
    if (queries.empty())
        return std::vector<ChangeDecomposition>();
    struct Pending {
        SideDays sides;
        std::optional<analysis::EventMatcher> counted;
        std::vector<Tally> tallies;
        qint64 units = 0;
    };
    std::vector<Pending> pending;
    ChangeQuery all; // every day any query compares, as one "current" side, for the stretches to visit
    for (const ChangeQuery& q : queries) {
        if (q.metric != ChangeMetric::Dau && q.metric != ChangeMetric::Events)
            return makeError(Error::Code::Invalid, tr("Only daily active users and event counts add up over days."));
        auto sides = sideDays(q);
        if (!sides.ok())
            return sides.error();
        Pending p;
        p.sides = sides.value();
        if (q.metric == ChangeMetric::Events) {
            auto counted = analysis::EventMatcher::compile(data, q.event);
            if (!counted.ok())
                return counted.error();
            p.counted = counted.value();
        }
        auto tallies = emptyTallies(data, q.by);
        if (!tallies.ok())
            return tallies.error();
        p.tallies = std::move(tallies.value());
        pending.push_back(std::move(p));
        all.currentDays.insert(all.currentDays.end(), q.currentDays.begin(), q.currentDays.end());
        all.currentDays.insert(all.currentDays.end(), q.previousDays.begin(), q.previousDays.end());
    }
    const qint64 minDay = *std::min_element(all.currentDays.begin(), all.currentDays.end());
    all.previousDays = {minDay - 1}; // sideDays wants both sides; a day before all is harmless
    const auto union_ = sideDays(all);
    if (!union_.ok())
        return union_.error();
    const std::vector<DayRun> runs = sideRuns(union_.value(), calendar);
    // Per day, the queries comparing it and on which side: an event asks only those.
    const SideDays& span = union_.value();
    std::vector<std::vector<std::pair<Pending*, qint8>>> onDay(span.sideOf.size());
    for (Pending& p : pending)
        for (size_t d = 0; d < onDay.size(); ++d)
            if (const qint8 side = p.sides.at(span.minDay + qint64(d)); side >= 0)
                onDay[d].emplace_back(&p, side);
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        qint64 activeDay = -1;
        forEachEventOnRuns(data, calendar, runs, u, [&](size_t i, qint64 day) {
            // A user-day takes its first event's values, as in the single decomposition.
            const bool firstOfDay = day != activeDay;
            activeDay = day;
            for (const auto& [query, side] : onDay[size_t(day - span.minDay)]) {
                Pending& p = *query;
                if (p.counted ? !p.counted->matches(i) : !firstOfDay)
                    continue;
                ++p.units;
                for (Tally& t : p.tallies)
                    t.units[side][valueSlot(t, i)] += 1;
            }
        });
    }
    std::vector<ChangeDecomposition> out;
    for (size_t k = 0; k < queries.size(); ++k)
        out.push_back(finish(pending[k].tallies, queries[k], pending[k].units));
    return out;
}

} // namespace hc::insights
