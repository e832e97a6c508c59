#include "core/analysis/engine/Trend.h"

#include "core/analysis/calendar/PeriodIndexer.h"
#include "core/dataset/PropertyColumnBuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::analysis {

namespace {

// Mean of the last `window` defined values up to each point.
void applyRolling(std::vector<std::optional<double>>& values, int window)
{
    const std::vector<std::optional<double>> original = values;
    for (size_t p = 0; p < original.size(); ++p) {
        double sum = 0;
        int n = 0;
        for (size_t k = p + 1 - std::min(p + 1, size_t(window)); k <= p; ++k)
            if (original[k]) {
                sum += *original[k];
                ++n;
            }
        values[p] = n > 0 ? std::optional<double>(sum / n) : std::nullopt;
    }
}

} // namespace

namespace {

// The columns and codes one trend reads, resolved once.
struct TrendInputs {
    const dataset::Dataset& data;
    const TrendQuery& query;
    const EventMatcher& match;
    std::shared_ptr<const dataset::PropertyColumn> measureColumn;
    std::shared_ptr<const dataset::PropertyColumn> breakdownColumn;
    std::vector<qint32> groupOfCode; // breakdown groups by the value's text; -1 is the missing value
    QStringList groupText;
    bool keepValues = false;

    // Calls visit(user, time, group, value) for every matching event in the range, user by user;
    // false when the context was cancelled.
    template<typename Visit>
    bool forEachMatch(TaskContext& context, Visit&& visit) const
    {
        const auto& times = data.times();
        for (int u = 0; u < data.userCount(); ++u) {
            if (context.stopRequested(u))
                return false;
            for (size_t i = data.userFirstAtOrAfter(u, query.range.startMs), end = data.userEnd(u); i < end; ++i) {
                const qint64 t = times[i];
                if (t >= query.range.endMs)
                    break;
                if (!match.matches(i))
                    continue;
                qint32 group = 0;
                if (breakdownColumn) {
                    const qint32 code = breakdownColumn->codes[i];
                    group = code < 0 ? -1 : groupOfCode[size_t(code)];
                }
                visit(u, t, group, measureColumn ? measureColumn->number(i) : std::nan(""));
            }
        }
        return true;
    }
};

// Every group's cells per period and over the whole range, from one pass. Slot 0 is the missing
// value; without a breakdown every event is in slot 1.
struct GroupCells {
    size_t groups = 0;
    bool onePass = true; // false: a breakdown with very many values keeps to two lean passes
    std::vector<MeasureCell> perPeriod;
    std::vector<MeasureCell> whole;
    std::vector<qint64> firstSeen; // per group and period: users seen for the first time (cumulative uniques)
};

bool collectGroups(const TrendInputs& in, PeriodIndexer& periodOf, size_t periodCount, TaskContext& context,
                   GroupCells& g)
{
    g.groups = size_t(std::max<qsizetype>(in.groupText.size(), 1)) + 1;
    g.onePass = !in.breakdownColumn || g.groups * periodCount <= 200000;
    g.perPeriod.assign(g.onePass ? g.groups * periodCount : 0, MeasureCell());
    g.whole.assign(g.groups, MeasureCell());
    g.firstSeen.assign(g.onePass ? g.groups * periodCount : 0, 0);
    std::vector<int> seenBy(g.groups, -1);
    return in.forEachMatch(context, [&](int u, qint64 t, qint32 group, double v) {
        const size_t gi = size_t(group + 1);
        g.whole[gi].add(u, v, in.keepValues);
        if (!g.onePass)
            return;
        const size_t p = size_t(periodOf.indexOf(t));
        g.perPeriod[gi * periodCount + p].add(u, v, in.keepValues);
        if (seenBy[gi] != u) { // for cumulative uniques: a user counts in the first period they appear in
            seenBy[gi] = u;
            ++g.firstSeen[gi * periodCount + p];
        }
    });
}

// Which series each group feeds: its own (top N), "(other)", or the missing-value series.
struct SeriesPlan {
    std::vector<qint32> seriesOfGroup;
    qint32 otherSeries = -1;
};

SeriesPlan planSeries(const TrendInputs& in, GroupCells& g, TrendResult& result)
{
    const TrendQuery& query = in.query;
    SeriesPlan plan;
    plan.seriesOfGroup.assign(g.groups, -1);
    if (!in.breakdownColumn) {
        TrendSeries s;
        s.kind = TrendSeries::Kind::Total;
        s.label = query.event.anyEvent ? QStringLiteral("*") : query.event.name;
        result.series.push_back(s);
        plan.seriesOfGroup[1] = 0;
        return plan;
    }
    std::vector<std::pair<double, qint32>> ranked;
    for (qint32 group = 0; group + 1 < qint32(g.groups); ++group) {
        MeasureCell& whole = g.whole[size_t(group) + 1];
        if (whole.events() == 0)
            continue;
        ranked.emplace_back(whole.value(query.measure).value_or(-INFINITY), group);
    }
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return in.groupText[a.second] < in.groupText[b.second]; // code-point order
    });
    for (size_t k = 0; k < ranked.size() && int(k) < query.top; ++k) {
        plan.seriesOfGroup[size_t(ranked[k].second) + 1] = qint32(result.series.size());
        result.series.push_back(TrendSeries{TrendSeries::Kind::Value, in.groupText[ranked[k].second], {}});
    }
    if (int(ranked.size()) > query.top) {
        plan.otherSeries = qint32(result.series.size());
        result.series.push_back(TrendSeries{TrendSeries::Kind::Other, QStringLiteral("(other)"), {}});
        for (size_t k = size_t(query.top); k < ranked.size(); ++k)
            plan.seriesOfGroup[size_t(ranked[k].second) + 1] = plan.otherSeries;
    }
    if (g.whole[0].events() > 0) {
        plan.seriesOfGroup[0] = qint32(result.series.size());
        result.series.push_back(TrendSeries{TrendSeries::Kind::Missing, QString(), {}});
    }
    return plan;
}

// The series' cells per period: moved from the groups' when one pass had them, merged for an
// additive "(other)", and from a second pass otherwise ("(other)" distinct users do not add up).
bool assembleSeriesCells(const TrendInputs& in, PeriodIndexer& periodOf, size_t seriesCount, size_t periodCount,
                         const SeriesPlan& plan, GroupCells& g, TaskContext& context, std::vector<MeasureCell>& cells,
                         std::vector<qint64>& firstSeen)
{
    cells.assign(seriesCount * periodCount, MeasureCell());
    firstSeen.assign(seriesCount * periodCount, 0);
    const bool othersAddUp = in.query.measure != TrendMeasure::Uniques && in.query.measure != TrendMeasure::PerUser;
    if (g.onePass) {
        for (size_t gi = 0; gi < g.groups; ++gi) {
            const qint32 s = plan.seriesOfGroup[gi];
            if (s < 0 || (s == plan.otherSeries && !othersAddUp))
                continue;
            for (size_t p = 0; p < periodCount; ++p) {
                MeasureCell& to = cells[size_t(s) * periodCount + p];
                MeasureCell& from = g.perPeriod[gi * periodCount + p];
                if (s != plan.otherSeries) {
                    to = std::move(from);
                    firstSeen[size_t(s) * periodCount + p] = g.firstSeen[gi * periodCount + p];
                } else {
                    to.mergeAdditive(from);
                }
            }
        }
    }
    if (g.onePass && (plan.otherSeries < 0 || othersAddUp))
        return true;
    std::vector<int> seen(seriesCount, -1);
    return in.forEachMatch(context, [&](int u, qint64 t, qint32 group, double v) {
        const qint32 s = plan.seriesOfGroup[size_t(group + 1)];
        if (s < 0 || (g.onePass && s != plan.otherSeries))
            return;
        const size_t p = size_t(periodOf.indexOf(t));
        cells[size_t(s) * periodCount + p].add(u, v, in.keepValues);
        if (seen[size_t(s)] != u) {
            seen[size_t(s)] = u;
            ++firstSeen[size_t(s) * periodCount + p];
        }
    });
}

// Each series over the previous range of equal length, aligned by position.
Status appendPrevious(const dataset::Dataset& data, const TrendQuery& query, const ReportingCalendar& calendar,
                      TaskContext& context, TrendResult& result)
{
    TrendQuery before = query;
    before.compare = false;
    before.range = query.range.previous(calendar);
    auto previous = computeTrend(data, before, calendar, context);
    if (!previous.ok())
        return previous.error();
    const size_t periodCount = result.periods.size();
    const size_t current = result.series.size();
    for (size_t s = 0; s < current; ++s) {
        TrendSeries copy = result.series[s];
        copy.previous = true;
        const TrendSeries* match = nullptr;
        for (const TrendSeries& p : previous.value().series)
            if (p.kind == copy.kind && p.label == copy.label)
                match = &p;
        for (size_t p = 0; p < periodCount; ++p) {
            // Aligned by position: point p of the previous range against point p of this one.
            if (match && p < match->values.size())
                copy.values[p] = match->values[p];
            else
                copy.values[p] = result.countsAreIntegers ? std::optional<double>(0) : std::nullopt;
        }
        result.series.push_back(std::move(copy));
    }
    return Done{};
}

Result<std::shared_ptr<const dataset::PropertyColumn>> optionalColumn(const dataset::Dataset& data, const QString& name)
{
    if (name.isEmpty())
        return std::shared_ptr<const dataset::PropertyColumn>();
    return data.property(name);
}

} // namespace

Result<TrendResult> computeTrend(const dataset::Dataset& data, const TrendQuery& query,
                                 const ReportingCalendar& calendar, TaskContext& context)
{
    if (query.cumulative && query.measure != TrendMeasure::Total && query.measure != TrendMeasure::Uniques
        && query.measure != TrendMeasure::Sum)
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("hc::analysis::Trend", "A cumulative trend takes total, uniques or sum:PROP."));
    auto matcher = EventMatcher::compile(data, query.event);
    if (!matcher.ok())
        return matcher.error();
    auto measureColumn = optionalColumn(data, query.measureProperty);
    if (!measureColumn.ok())
        return measureColumn.error();
    auto breakdownColumn = optionalColumn(data, query.breakdown);
    if (!breakdownColumn.ok())
        return breakdownColumn.error();
    TrendInputs in{data,
                   query,
                   matcher.value(),
                   measureColumn.value(),
                   breakdownColumn.value(),
                   {},
                   {},
                   query.measure == TrendMeasure::Median || query.measure == TrendMeasure::P90};
    if (in.breakdownColumn)
        in.groupOfCode = dataset::groupCodesByText(*in.breakdownColumn, in.groupText);

    TrendResult result;
    result.countsAreIntegers = measureIsCount(query.measure);
    result.periods = calendar.periods(query.range.startMs, query.range.lastMs(), query.interval);
    PeriodIndexer periodOf(result.periods);
    const size_t periodCount = result.periods.size();

    // One pass collects every group's cells per period and over the whole range; the ranking
    // then picks the series. Only "(other)" may need a second pass.
    GroupCells groups;
    if (!collectGroups(in, periodOf, periodCount, context, groups))
        return TaskContext::cancelledError();
    const SeriesPlan plan = planSeries(in, groups, result);
    std::vector<MeasureCell> cells;
    std::vector<qint64> firstSeen;
    if (!assembleSeriesCells(in, periodOf, result.series.size(), periodCount, plan, groups, context, cells, firstSeen))
        return TaskContext::cancelledError();
    for (size_t s = 0; s < result.series.size(); ++s) {
        auto& values = result.series[s].values;
        values.reserve(periodCount);
        double running = 0;
        for (size_t p = 0; p < periodCount; ++p) {
            const std::optional<double> v = cells[s * periodCount + p].value(query.measure);
            if (!query.cumulative) {
                values.push_back(v);
                continue;
            }
            running += query.measure == TrendMeasure::Uniques ? double(firstSeen[s * periodCount + p]) : v.value_or(0);
            values.push_back(running);
        }
        if (query.rollingPeriods > 1)
            applyRolling(values, query.rollingPeriods);
    }
    if (query.compare)
        if (auto s = appendPrevious(data, query, calendar, context, result); !s.ok())
            return s.error();
    return result;
}

} // namespace hc::analysis
