#include "core/analysis/query/SegmentOptions.h"

#include "core/analysis/query/TrendOptions.h"

namespace hc::analysis {

const QList<OptionSpec>& SegmentOptions::specs()
{
    static const QList<OptionSpec> kSpecs =
        TrendOptions::measureSpecs()
        + QList<OptionSpec>{
            {QStringLiteral("by"), QStringLiteral("The first property."), QStringLiteral("PROP")},
            {QStringLiteral("by2"), QStringLiteral("A second property."), QStringLiteral("PROP")},
            {QStringLiteral("top"), QStringLiteral("Rows to show (default 50)."), QStringLiteral("N")},
        };
    return kSpecs;
}

Result<SegmentQuery> SegmentOptions::parse(const QueryOptions& o)
{
    SegmentQuery q;
    if (auto s = TrendOptions::parseMeasure(o, q.event, q.measure, q.measureProperty); !s.ok())
        return s.error();
    q.by = o.value(QStringLiteral("by"));
    q.by2 = o.value(QStringLiteral("by2"));
    if (q.by.isEmpty())
        return QueryOptions::usage(QStringLiteral("--by PROP is required"));
    const auto top = o.integer(QStringLiteral("top"), 1, 100000, 50);
    if (!top.ok())
        return top.error();
    q.top = int(top.value());
    return q;
}

QueryOptions SegmentOptions::toOptions(const SegmentQuery& q)
{
    QueryOptions o;
    TrendOptions::addMeasure(o, q.event, q.measure, q.measureProperty);
    o.set(QStringLiteral("by"), q.by);
    if (!q.by2.isEmpty())
        o.set(QStringLiteral("by2"), q.by2);
    o.set(QStringLiteral("top"), QString::number(q.top));
    return o;
}

} // namespace hc::analysis
