#include "core/analysis/query/PathOptions.h"

namespace hc::analysis {

const QList<OptionSpec>& PathOptions::specs()
{
    static const QList<OptionSpec> kSpecs = {
        {QStringLiteral("anchor"), QStringLiteral("The event the paths start from."), QStringLiteral("E")},
        {QStringLiteral("direction"), QStringLiteral("next (default) or previous."), QStringLiteral("DIR")},
        {QStringLiteral("steps"), QStringLiteral("Events per path (default 3)."), QStringLiteral("M")},
        {QStringLiteral("top"), QStringLiteral("Paths to show (default 10)."), QStringLiteral("N")},
    };
    return kSpecs;
}

Result<PathQuery> PathOptions::parse(const QueryOptions& o)
{
    PathQuery q;
    if (!o.isSet(QStringLiteral("anchor")))
        return QueryOptions::usage(QStringLiteral("--anchor E is required"));
    q.anchor = QueryOptions::eventSpec(o.value(QStringLiteral("anchor")));
    const QString direction = o.value(QStringLiteral("direction"));
    if (direction == QLatin1String("previous"))
        q.forward = false;
    else if (!direction.isEmpty() && direction != QLatin1String("next"))
        return QueryOptions::usage(QStringLiteral("--direction takes next or previous"));
    const auto steps = o.integer(QStringLiteral("steps"), 1, 20, 3);
    if (!steps.ok())
        return steps.error();
    const auto top = o.integer(QStringLiteral("top"), 1, 10000, 10);
    if (!top.ok())
        return top.error();
    q.steps = int(steps.value());
    q.top = int(top.value());
    return q;
}

QueryOptions PathOptions::toOptions(const PathQuery& q)
{
    QueryOptions o;
    o.set(QStringLiteral("anchor"), QueryOptions::escapedEvent(q.anchor));
    o.set(QStringLiteral("direction"), q.forward ? QStringLiteral("next") : QStringLiteral("previous"));
    o.set(QStringLiteral("steps"), QString::number(q.steps));
    o.set(QStringLiteral("top"), QString::number(q.top));
    return o;
}

} // namespace hc::analysis
