#include "core/analysis/Segmentation.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::analysis {

namespace {

struct Accumulator {
    qint64 events = 0;
    qint64 uniques = 0;
    int lastUser = -1;
    double sum = 0;
    qint64 numeric = 0;
    std::vector<double> values;
};

} // namespace

Result<SegmentResult> computeSegments(const dataset::Dataset& data, const SegmentQuery& q)
{
    auto matcher = EventMatcher::compile(data, q.event);
    if (!matcher.ok())
        return matcher.error();
    auto first = data.property(q.by);
    if (!first.ok())
        return first.error();
    std::shared_ptr<const dataset::PropertyColumn> second, measured;
    if (!q.by2.isEmpty()) {
        auto c = data.property(q.by2);
        if (!c.ok())
            return c.error();
        second = c.value();
    }
    if (!q.measureProperty.isEmpty()) {
        auto c = data.property(q.measureProperty);
        if (!c.ok())
            return c.error();
        measured = c.value();
    }
    const bool keepValues = q.measure == TrendMeasure::Median || q.measure == TrendMeasure::P90;
    std::map<std::pair<QString, QString>, Accumulator> cells;
    const auto& times = data.times();
    for (int u = 0; u < data.userCount(); ++u) {
        for (size_t i = data.userBegin(u), end = data.userEnd(u); i < end; ++i) {
            if (times[i] < q.range.startMs)
                continue;
            if (times[i] >= q.range.endMs)
                break;
            if (!matcher.value().matches(i))
                continue;
            Accumulator& a = cells[{first.value()->text(i), second ? second->text(i) : QString()}];
            ++a.events;
            if (a.lastUser != u) {
                a.lastUser = u;
                ++a.uniques;
            }
            const double v = measured ? measured->number(i) : std::nan("");
            if (!std::isnan(v)) {
                a.sum += v;
                ++a.numeric;
                if (keepValues)
                    a.values.push_back(v);
            }
        }
    }
    SegmentResult r;
    r.countsAreIntegers = q.measure == TrendMeasure::Total || q.measure == TrendMeasure::Uniques;
    for (auto& [key, a] : cells) {
        std::optional<double> v;
        switch (q.measure) {
        case TrendMeasure::Total: v = double(a.events); break;
        case TrendMeasure::Uniques: v = double(a.uniques); break;
        case TrendMeasure::PerUser: v = double(a.events) / double(a.uniques); break;
        case TrendMeasure::Sum: v = a.sum; break;
        case TrendMeasure::Average: v = a.numeric ? std::optional<double>(a.sum / double(a.numeric)) : std::nullopt; break;
        case TrendMeasure::Median: v = a.values.empty() ? std::nullopt : std::optional<double>(quantile(a.values, 0.5)); break;
        case TrendMeasure::P90: v = a.values.empty() ? std::nullopt : std::optional<double>(quantile(a.values, 0.9)); break;
        }
        SegmentRow row;
        row.values << key.first;
        if (second)
            row.values << key.second;
        row.value = v;
        r.rows.push_back(row);
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const SegmentRow& a, const SegmentRow& b) {
        const double x = a.value.value_or(-INFINITY), y = b.value.value_or(-INFINITY);
        return x != y ? x > y : a.values < b.values;
    });
    if (int(r.rows.size()) > q.top) {
        r.omittedRows = qint64(r.rows.size()) - q.top;
        r.rows.resize(size_t(q.top));
    }
    return r;
}

} // namespace hc::analysis
