#include "core/analysis/query/TrendOptions.h"

namespace hc::analysis {

const QList<OptionSpec>& TrendOptions::measureSpecs()
{
    static const QList<OptionSpec> kSpecs = {
        {QStringLiteral("event"), QStringLiteral("The event to measure (backslash escapes)."), QStringLiteral("E")},
        {QStringLiteral("any"), QStringLiteral("Measure every event."), QString()},
        {QStringLiteral("measure"),
         QStringLiteral("total, uniques, per_user, sum:PROP, avg:PROP, median:PROP or p90:PROP (default total)."),
         QStringLiteral("M")},
        {QStringLiteral("where"), QStringLiteral("Only events where COND holds (repeatable)."), QStringLiteral("COND")},
        {QStringLiteral("where-any"), QStringLiteral("Only events where at least one of these holds (repeatable)."),
         QStringLiteral("COND")},
    };
    return kSpecs;
}

Status TrendOptions::parseMeasure(const QueryOptions& o, EventSpec& event, TrendMeasure& measure,
                                  QString& measureProperty)
{
    auto spec = o.eventOrAny();
    if (!spec.ok())
        return spec.error();
    event = spec.value();
    auto where = o.conditions(QStringLiteral("where"));
    if (!where.ok())
        return where.error();
    event.where = where.value();
    auto whereAny = o.conditions(QStringLiteral("where-any"));
    if (!whereAny.ok())
        return whereAny.error();
    event.whereAny = whereAny.value();
    const QString text = o.value(QStringLiteral("measure"));
    if (!parseTrendMeasure(text.isEmpty() ? QStringLiteral("total") : text, measure, measureProperty))
        return QueryOptions::usage(QStringLiteral("--measure takes total, uniques, per_user, sum:PROP, avg:PROP, "
                                                  "median:PROP or p90:PROP"));
    return Done{};
}

QString TrendOptions::measureName(TrendMeasure measure, const QString& property)
{
    switch (measure) {
    case TrendMeasure::Total:
        return QStringLiteral("total");
    case TrendMeasure::Uniques:
        return QStringLiteral("uniques");
    case TrendMeasure::PerUser:
        return QStringLiteral("per_user");
    case TrendMeasure::Sum:
        return QStringLiteral("sum:") + property;
    case TrendMeasure::Average:
        return QStringLiteral("avg:") + property;
    case TrendMeasure::Median:
        return QStringLiteral("median:") + property;
    case TrendMeasure::P90:
        return QStringLiteral("p90:") + property;
    }
    return QString();
}

const QList<OptionSpec>& TrendOptions::specs()
{
    static const QList<OptionSpec> kSpecs =
        measureSpecs()
        + QList<OptionSpec>{
            {QStringLiteral("interval"), QStringLiteral("hour, day, week or month (default day)."),
             QStringLiteral("I")},
            {QStringLiteral("breakdown"), QStringLiteral("Split the series by this property."), QStringLiteral("PROP")},
            {QStringLiteral("top"), QStringLiteral("Series for the N largest values (default 10)."),
             QStringLiteral("N")},
            {QStringLiteral("rolling"), QStringLiteral("Each point the mean of the last N periods."),
             QStringLiteral("N")},
            {QStringLiteral("cumulative"), QStringLiteral("Running totals (total, uniques, sum:PROP)."), QString()},
            {QStringLiteral("compare"), QStringLiteral("Add each series over the previous range of equal length."),
             QString()},
        };
    return kSpecs;
}

Result<TrendQuery> TrendOptions::parse(const QueryOptions& o)
{
    TrendQuery q;
    if (auto s = parseMeasure(o, q.event, q.measure, q.measureProperty); !s.ok())
        return s.error();
    if (o.isSet(QStringLiteral("interval")) && !intervalFromName(o.value(QStringLiteral("interval")), q.interval))
        return QueryOptions::usage(QStringLiteral("--interval takes hour, day, week or month"));
    const auto top = o.integer(QStringLiteral("top"), 1, 1000, 10);
    if (!top.ok())
        return top.error();
    if (o.isSet(QStringLiteral("top")) && !o.isSet(QStringLiteral("breakdown")))
        return QueryOptions::usage(QStringLiteral("--top only has a meaning with --breakdown"));
    q.top = int(top.value());
    const auto rolling = o.integer(QStringLiteral("rolling"), 2, 1000, 0);
    if (!rolling.ok())
        return rolling.error();
    q.rollingPeriods = int(rolling.value());
    q.cumulative = o.isSet(QStringLiteral("cumulative"));
    q.compare = o.isSet(QStringLiteral("compare"));
    q.breakdown = o.value(QStringLiteral("breakdown"));
    return q;
}

void TrendOptions::addMeasure(QueryOptions& o, const EventSpec& event, TrendMeasure measure,
                              const QString& measureProperty)
{
    if (event.anyEvent)
        o.setFlag(QStringLiteral("any"), true);
    else
        o.set(QStringLiteral("event"), QueryOptions::escapedEvent(event));
    o.set(QStringLiteral("measure"), measureName(measure, measureProperty));
    for (const Condition& c : event.where)
        o.add(QStringLiteral("where"), c.text);
    for (const Condition& c : event.whereAny)
        o.add(QStringLiteral("where-any"), c.text);
}

QueryOptions TrendOptions::toOptions(const TrendQuery& q)
{
    QueryOptions o;
    addMeasure(o, q.event, q.measure, q.measureProperty);
    o.set(QStringLiteral("interval"), intervalName(q.interval));
    if (!q.breakdown.isEmpty()) {
        o.set(QStringLiteral("breakdown"), q.breakdown);
        o.set(QStringLiteral("top"), QString::number(q.top));
    }
    if (q.rollingPeriods > 1)
        o.set(QStringLiteral("rolling"), QString::number(q.rollingPeriods));
    o.setFlag(QStringLiteral("cumulative"), q.cumulative);
    o.setFlag(QStringLiteral("compare"), q.compare);
    return o;
}

} // namespace hc::analysis
