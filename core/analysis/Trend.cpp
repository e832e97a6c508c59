#include "core/analysis/Trend.h"

#include "core/analysis/PeriodIndexer.h"
#include "core/dataset/PropertyColumnBuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::analysis {

namespace {

// Everything one series needs per period (or over the whole range).
struct Cell {
    qint64 events = 0;
    qint64 uniques = 0;
    int lastUser = -1;
    double sum = 0;
    qint64 numeric = 0;
    std::vector<double> values; // only for median / p90
};

void addToCell(Cell& c, int user, double value, bool keepValues)
{
    ++c.events;
    if (c.lastUser != user) { // events are grouped by user, so one stamp finds distinct users
        c.lastUser = user;
        ++c.uniques;
    }
    if (!std::isnan(value)) {
        c.sum += value;
        ++c.numeric;
        if (keepValues)
            c.values.push_back(value);
    }
}

std::optional<double> valueOf(Cell& c, TrendMeasure m)
{
    switch (m) {
    case TrendMeasure::Total: return double(c.events);
    case TrendMeasure::Uniques: return double(c.uniques);
    case TrendMeasure::PerUser:
        return c.uniques > 0 ? std::optional<double>(double(c.events) / double(c.uniques)) : std::nullopt;
    case TrendMeasure::Sum: return c.sum;
    case TrendMeasure::Average:
        return c.numeric > 0 ? std::optional<double>(c.sum / double(c.numeric)) : std::nullopt;
    case TrendMeasure::Median: return c.values.empty() ? std::nullopt : std::optional<double>(quantile(c.values, 0.5));
    case TrendMeasure::P90: return c.values.empty() ? std::nullopt : std::optional<double>(quantile(c.values, 0.9));
    }
    return std::nullopt;
}

} // namespace

double quantile(std::vector<double>& values, double q)
{
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    // Two order statistics instead of a full sort: the lo-th value, then the smallest above it.
    std::nth_element(values.begin(), values.begin() + qint64(lo), values.end());
    const double low = values[lo];
    if (lo + 1 >= values.size())
        return low;
    const double high = *std::min_element(values.begin() + qint64(lo) + 1, values.end());
    return low + (high - low) * (pos - double(lo));
}

bool parseTrendMeasure(const QString& text, TrendMeasure& measure, QString& property)
{
    property.clear();
    if (text == QLatin1String("total"))
        measure = TrendMeasure::Total;
    else if (text == QLatin1String("uniques"))
        measure = TrendMeasure::Uniques;
    else if (text == QLatin1String("per_user"))
        measure = TrendMeasure::PerUser;
    else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon + 1 >= text.size())
            return false;
        const QString kind = text.left(colon);
        property = text.mid(colon + 1);
        if (kind == QLatin1String("sum"))
            measure = TrendMeasure::Sum;
        else if (kind == QLatin1String("avg"))
            measure = TrendMeasure::Average;
        else if (kind == QLatin1String("median"))
            measure = TrendMeasure::Median;
        else if (kind == QLatin1String("p90"))
            measure = TrendMeasure::P90;
        else
            return false;
    }
    return true;
}

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

Result<TrendResult> computeTrend(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                 const TrendQuery& query)
{
    if (query.cumulative && query.measure != TrendMeasure::Total && query.measure != TrendMeasure::Uniques
        && query.measure != TrendMeasure::Sum)
        return makeError(Error::Code::Invalid, QCoreApplication::translate(
                                                   "hc::analysis::Trend",
                                                   "A cumulative trend takes total, uniques or sum:PROP."));
    auto matcher = EventMatcher::compile(data, query.event);
    if (!matcher.ok())
        return matcher.error();
    const EventMatcher& match = matcher.value();
    std::shared_ptr<const dataset::PropertyColumn> measureColumn, breakdownColumn;
    if (!query.measureProperty.isEmpty()) {
        auto c = data.property(query.measureProperty);
        if (!c.ok())
            return c.error();
        measureColumn = c.value();
    }
    if (!query.breakdown.isEmpty()) {
        auto c = data.property(query.breakdown);
        if (!c.ok())
            return c.error();
        breakdownColumn = c.value();
    }
    const bool keepValues = query.measure == TrendMeasure::Median || query.measure == TrendMeasure::P90;

    TrendResult result;
    result.countsAreIntegers = query.measure == TrendMeasure::Total || query.measure == TrendMeasure::Uniques;
    result.periods = calendar.periods(query.range.startMs, query.range.lastMs(), query.interval);
    PeriodIndexer periodOf(result.periods);
    const size_t periodCount = result.periods.size();

    // Breakdown groups by the value's text; -1 is the missing value.
    std::vector<qint32> groupOfCode;
    QStringList groupText;
    if (breakdownColumn)
        groupOfCode = dataset::groupCodesByText(*breakdownColumn, groupText);
    const auto& times = data.times();
    auto forEachMatch = [&](auto&& visit) {
        for (int u = 0; u < data.userCount(); ++u) {
            for (size_t i = data.userBegin(u), end = data.userEnd(u); i < end; ++i) {
                const qint64 t = times[i];
                if (t < query.range.startMs)
                    continue;
                if (t >= query.range.endMs)
                    break;
                if (!match.matches(i))
                    continue;
                qint32 group = 0;
                if (breakdownColumn) {
                    const qint32 code = breakdownColumn->codes[i];
                    group = code < 0 ? -1 : groupOfCode[size_t(code)];
                }
                const double v = measureColumn ? measureColumn->number(i) : std::nan("");
                visit(u, i, t, group, v);
            }
        }
    };

    // One pass collects every group's cells per period and over the whole range; the ranking
    // then picks the series. Only "(other)" may need a second pass: distinct users do not add up
    // across values. (A breakdown with very many values keeps to two lean passes instead.)
    // Slot 0 is the missing value; without a breakdown every event is in slot 1.
    const size_t groups = size_t(std::max<qsizetype>(groupText.size(), 1)) + 1;
    const bool onePass = !breakdownColumn || groups * periodCount <= 200000;
    std::vector<Cell> groupCells(onePass ? groups * periodCount : 0);
    std::vector<Cell> groupWhole(groups);
    std::vector<int> seenBy(groups, -1);
    std::vector<qint64> groupFirstSeen(onePass ? groups * periodCount : 0, 0);
    forEachMatch([&](int u, size_t, qint64 t, qint32 g, double v) {
        const size_t gi = size_t(g + 1);
        addToCell(groupWhole[gi], u, v, keepValues);
        if (!onePass)
            return;
        const size_t p = size_t(periodOf.indexOf(t));
        addToCell(groupCells[gi * periodCount + p], u, v, keepValues);
        if (seenBy[gi] != u) { // for cumulative uniques: a user counts in the first period they appear in
            seenBy[gi] = u;
            ++groupFirstSeen[gi * periodCount + p];
        }
    });

    // Which series each group feeds: its own (top N), "(other)", or the missing-value series.
    std::vector<qint32> seriesOfGroup(groups, -1);
    qint32 otherSeries = -1;
    if (!breakdownColumn) {
        TrendSeries s;
        s.kind = TrendSeries::Kind::Total;
        s.label = query.event.anyEvent ? QStringLiteral("*") : query.event.name;
        result.series.push_back(s);
        seriesOfGroup[1] = 0; // without a breakdown every event is in group 0 (slot 1)
    } else {
        std::vector<std::pair<double, qint32>> ranked;
        for (qint32 g = 0; g + 1 < qint32(groups); ++g) {
            if (groupWhole[size_t(g) + 1].events == 0)
                continue;
            ranked.emplace_back(valueOf(groupWhole[size_t(g) + 1], query.measure).value_or(-INFINITY), g);
        }
        std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first)
                return a.first > b.first;
            return groupText[a.second] < groupText[b.second]; // code-point order
        });
        for (size_t k = 0; k < ranked.size() && int(k) < query.top; ++k) {
            seriesOfGroup[size_t(ranked[k].second) + 1] = qint32(result.series.size());
            result.series.push_back(TrendSeries{TrendSeries::Kind::Value, groupText[ranked[k].second], {}});
        }
        if (int(ranked.size()) > query.top) {
            otherSeries = qint32(result.series.size());
            result.series.push_back(TrendSeries{TrendSeries::Kind::Other, QStringLiteral("(other)"), {}});
            for (size_t k = size_t(query.top); k < ranked.size(); ++k)
                seriesOfGroup[size_t(ranked[k].second) + 1] = otherSeries;
        }
        if (groupWhole[0].events > 0) {
            seriesOfGroup[0] = qint32(result.series.size());
            result.series.push_back(TrendSeries{TrendSeries::Kind::Missing, QString(), {}});
        }
    }

    std::vector<Cell> cells(result.series.size() * periodCount);
    std::vector<qint64> firstSeen(result.series.size() * periodCount, 0);
    const bool othersAddUp = query.measure != TrendMeasure::Uniques && query.measure != TrendMeasure::PerUser;
    if (onePass) {
        for (size_t gi = 0; gi < groups; ++gi) {
            const qint32 s = seriesOfGroup[gi];
            if (s < 0 || (s == otherSeries && !othersAddUp))
                continue;
            for (size_t p = 0; p < periodCount; ++p) {
                Cell& to = cells[size_t(s) * periodCount + p];
                Cell& from = groupCells[gi * periodCount + p];
                if (s != otherSeries) {
                    to = std::move(from);
                    firstSeen[size_t(s) * periodCount + p] = groupFirstSeen[gi * periodCount + p];
                    continue;
                }
                to.events += from.events; // additive measures only: no distinct users needed
                to.sum += from.sum;
                to.numeric += from.numeric;
                to.values.insert(to.values.end(), from.values.begin(), from.values.end());
            }
        }
    }
    if (!onePass || (otherSeries >= 0 && !othersAddUp)) {
        std::vector<int> seen(result.series.size(), -1);
        forEachMatch([&](int u, size_t, qint64 t, qint32 g, double v) {
            const qint32 s = seriesOfGroup[size_t(g + 1)];
            if (s < 0 || (onePass && s != otherSeries))
                return;
            const size_t p = size_t(periodOf.indexOf(t));
            addToCell(cells[size_t(s) * periodCount + p], u, v, keepValues);
            if (seen[size_t(s)] != u) {
                seen[size_t(s)] = u;
                ++firstSeen[size_t(s) * periodCount + p];
            }
        });
    }
    for (size_t s = 0; s < result.series.size(); ++s) {
        auto& values = result.series[s].values;
        values.reserve(periodCount);
        double running = 0;
        for (size_t p = 0; p < periodCount; ++p) {
            const std::optional<double> v = valueOf(cells[s * periodCount + p], query.measure);
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

    if (query.compare) {
        TrendQuery before = query;
        before.compare = false;
        before.range = query.range.previous(calendar);
        auto previous = computeTrend(data, calendar, before);
        if (!previous.ok())
            return previous.error();
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
    }
    return result;
}

} // namespace hc::analysis
