#include "core/analysis/engine/Segmentation.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::analysis {

Result<SegmentResult> computeSegments(const dataset::Dataset& data, const SegmentQuery& q, const ReportingCalendar&,
                                      TaskContext& context)
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
    std::map<std::pair<QString, QString>, MeasureCell> cells;
    const auto& times = data.times();
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        for (size_t i = data.userBegin(u), end = data.userEnd(u); i < end; ++i) {
            if (times[i] < q.range.startMs)
                continue;
            if (times[i] >= q.range.endMs)
                break;
            if (!matcher.value().matches(i))
                continue;
            cells[{first.value()->text(i), second ? second->text(i) : QString()}].add(
                u, measured ? measured->number(i) : std::nan(""), keepValues);
        }
    }
    SegmentResult r;
    r.countsAreIntegers = measureIsCount(q.measure);
    for (auto& [key, a] : cells) {
        SegmentRow row;
        row.values << key.first;
        if (second)
            row.values << key.second;
        row.value = a.value(q.measure);
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
