#include "core/analysis/engine/Segmentation.h"

#include "core/analysis/engine/EngineInputs.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace hc::analysis {

Result<SegmentResult> computeSegments(const dataset::Dataset& data, const SegmentQuery& q, const ReportingCalendar&,
                                      TaskContext& context)
{
    auto matcher = EventMatcher::compile(data, q.event);
    if (!matcher.ok())
        return matcher.error();
    auto first = propertyGroups(data, q.by);
    if (!first.ok())
        return first.error();
    std::optional<PropertyGroups> second;
    std::shared_ptr<const dataset::PropertyColumn> measured;
    if (!q.by2.isEmpty()) {
        auto g = propertyGroups(data, q.by2);
        if (!g.ok())
            return g.error();
        second = g.value();
    }
    if (!q.measureProperty.isEmpty()) {
        auto c = data.property(q.measureProperty);
        if (!c.ok())
            return c.error();
        measured = c.value();
    }
    // Cells keyed by value groups, not texts: building and comparing two strings per event cost
    // more than the rest of the scan. Slot 0 is "no value", which an empty text joins.
    const auto slots = [](const PropertyGroups& g) {
        std::vector<qint32> slotOf(size_t(g.texts.size()) + 1, 0);
        for (qsizetype k = 0; k < g.texts.size(); ++k)
            slotOf[size_t(k) + 1] = g.texts[k].isEmpty() ? 0 : qint32(k) + 1;
        return slotOf;
    };
    const std::vector<qint32> firstSlot = slots(first.value());
    const std::vector<qint32> secondSlot = second ? slots(*second) : std::vector<qint32>{0};
    const auto textOf = [](const PropertyGroups& g, qint32 slot) { return slot == 0 ? QString() : g.texts[slot - 1]; };
    const bool keepValues = q.measure == TrendMeasure::Median || q.measure == TrendMeasure::P90;
    std::map<std::pair<qint32, qint32>, MeasureCell> cells;
    MeasureCell all; // every matching event, each user once: the segments' total
    const auto& times = data.times();
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        for (size_t i = data.userFirstAtOrAfter(u, q.range.startMs), end = data.userEnd(u);
             i < end && times[i] < q.range.endMs; ++i) {
            if (!matcher.value().matches(i))
                continue;
            const qint32 a = firstSlot[size_t(first.value().groupAt(i) + 1)];
            const qint32 b = second ? secondSlot[size_t(second->groupAt(i) + 1)] : 0;
            const double value = measured ? measured->number(i) : std::nan("");
            cells[{a, b}].add(u, value, keepValues);
            all.add(u, value, keepValues);
        }
    }
    SegmentResult r;
    r.countsAreIntegers = measureIsCount(q.measure);
    r.total = all.value(q.measure);
    for (auto& [key, a] : cells) {
        SegmentRow row;
        row.values << textOf(first.value(), key.first);
        if (second)
            row.values << textOf(*second, key.second);
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
