#include "core/analysis/query/RetentionOptions.h"

namespace hc::analysis {

namespace {

Status parseEvents(const QueryOptions& o, RetentionQuery& q)
{
    if (!o.isSet(QStringLiteral("start-event")) || !o.isSet(QStringLiteral("return-event")))
        return QueryOptions::usage(QStringLiteral("--start-event and --return-event are required"));
    q.start = QueryOptions::eventSpec(o.value(QStringLiteral("start-event")));
    q.returning = QueryOptions::eventSpec(o.value(QStringLiteral("return-event")));
    const std::pair<const char*, std::vector<Condition>*> groups[] = {{"start-where", &q.start.where},
                                                                      {"return-where", &q.returning.where},
                                                                      {"where", &q.where},
                                                                      {"where-any", &q.whereAny}};
    for (const auto& [name, into] : groups) {
        auto c = o.conditions(QString::fromLatin1(name));
        if (!c.ok())
            return c.error();
        *into = c.value();
    }
    return Done{};
}

Status parseShape(const QueryOptions& o, RetentionQuery& q)
{
    const QString mode = o.value(QStringLiteral("mode"));
    if (mode == QLatin1String("recurring"))
        q.mode = RetentionMode::Recurring;
    else if (mode == QLatin1String("first_ever"))
        q.mode = RetentionMode::FirstEver;
    else if (!mode.isEmpty() && mode != QLatin1String("first_time"))
        return QueryOptions::usage(QStringLiteral("--mode takes first_time, recurring or first_ever"));
    if (o.isSet(QStringLiteral("period")) && !intervalFromName(o.value(QStringLiteral("period")), q.period))
        return QueryOptions::usage(QStringLiteral("--period takes hour, day, week or month"));
    const auto periods = o.integer(QStringLiteral("periods"), 1, 1000, 8);
    if (!periods.ok())
        return periods.error();
    const auto minOccurrences = o.integer(QStringLiteral("min-occurrences"), 1, 1000000, 1);
    if (!minOccurrences.ok())
        return minOccurrences.error();
    q.periods = int(periods.value());
    q.minOccurrences = int(minOccurrences.value());
    const QString bracket = o.value(QStringLiteral("bracket"));
    if (bracket == QLatin1String("on_or_after"))
        q.bracket = RetentionBracket::OnOrAfter;
    else if (!bracket.isEmpty() && bracket != QLatin1String("on"))
        return QueryOptions::usage(QStringLiteral("--bracket takes on or on_or_after"));
    const QString scope = o.value(QStringLiteral("range-scope"));
    if (scope == QLatin1String("all-events"))
        q.scope = RetentionScope::AllEvents;
    else if (!scope.isEmpty() && scope != QLatin1String("start-event"))
        return QueryOptions::usage(QStringLiteral("--range-scope takes start-event or all-events"));
    const QString buckets = o.value(QStringLiteral("buckets"));
    if (buckets == QLatin1String("rolling"))
        q.rolling = true;
    else if (!buckets.isEmpty() && buckets != QLatin1String("calendar"))
        return QueryOptions::usage(QStringLiteral("--buckets takes calendar or rolling"));
    q.breakdown = o.value(QStringLiteral("breakdown"));
    return Done{};
}

} // namespace

const QList<OptionSpec>& RetentionOptions::specs()
{
    static const QList<OptionSpec> kSpecs = {
        {QStringLiteral("start-event"), QStringLiteral("The event that puts a user in a cohort (* for any)."),
         QStringLiteral("E")},
        {QStringLiteral("return-event"), QStringLiteral("The event that counts as coming back (* for any)."),
         QStringLiteral("E")},
        {QStringLiteral("mode"), QStringLiteral("first_time (default), recurring or first_ever."),
         QStringLiteral("MODE")},
        {QStringLiteral("period"), QStringLiteral("hour, day (default), week or month."), QStringLiteral("PERIOD")},
        {QStringLiteral("periods"), QStringLiteral("Columns, period 0 included (default 8)."), QStringLiteral("N")},
        {QStringLiteral("bracket"), QStringLiteral("on (default) or on_or_after."), QStringLiteral("BRACKET")},
        {QStringLiteral("min-occurrences"), QStringLiteral("Returns needed in a period (default 1)."),
         QStringLiteral("M")},
        {QStringLiteral("start-where"), QStringLiteral("A condition on the start event (repeatable)."),
         QStringLiteral("COND")},
        {QStringLiteral("return-where"), QStringLiteral("A condition on the return event (repeatable)."),
         QStringLiteral("COND")},
        {QStringLiteral("where"), QStringLiteral("A condition on every event (repeatable)."), QStringLiteral("COND")},
        {QStringLiteral("where-any"),
         QStringLiteral("Conditions of which every event must meet at least one (repeatable)."),
         QStringLiteral("COND")},
        {QStringLiteral("range-scope"), QStringLiteral("start-event (default) or all-events."),
         QStringLiteral("SCOPE")},
        {QStringLiteral("breakdown"), QStringLiteral("Cohorts per value of this property."), QStringLiteral("PROP")},
        {QStringLiteral("buckets"), QStringLiteral("calendar (default) or rolling."), QStringLiteral("BUCKETS")},
    };
    return kSpecs;
}

Result<RetentionQuery> RetentionOptions::parse(const QueryOptions& options)
{
    RetentionQuery q;
    if (auto s = parseEvents(options, q); !s.ok())
        return s.error();
    if (auto s = parseShape(options, q); !s.ok())
        return s.error();
    return q;
}

QString RetentionOptions::modeName(RetentionMode mode)
{
    switch (mode) {
    case RetentionMode::FirstTime:
        return QStringLiteral("first_time");
    case RetentionMode::Recurring:
        return QStringLiteral("recurring");
    case RetentionMode::FirstEver:
        return QStringLiteral("first_ever");
    }
    return QString();
}

QueryOptions RetentionOptions::toOptions(const RetentionQuery& q)
{
    QueryOptions o;
    o.set(QStringLiteral("start-event"), QueryOptions::escapedEvent(q.start));
    o.set(QStringLiteral("return-event"), QueryOptions::escapedEvent(q.returning));
    for (const Condition& c : q.start.where)
        o.add(QStringLiteral("start-where"), c.text);
    for (const Condition& c : q.returning.where)
        o.add(QStringLiteral("return-where"), c.text);
    for (const Condition& c : q.where)
        o.add(QStringLiteral("where"), c.text);
    for (const Condition& c : q.whereAny)
        o.add(QStringLiteral("where-any"), c.text);
    o.set(QStringLiteral("mode"), modeName(q.mode));
    o.set(QStringLiteral("period"), intervalName(q.period));
    o.set(QStringLiteral("periods"), QString::number(q.periods));
    o.set(QStringLiteral("bracket"),
          q.bracket == RetentionBracket::OnOrAfter ? QStringLiteral("on_or_after") : QStringLiteral("on"));
    o.set(QStringLiteral("min-occurrences"), QString::number(q.minOccurrences));
    o.set(QStringLiteral("range-scope"),
          q.scope == RetentionScope::AllEvents ? QStringLiteral("all-events") : QStringLiteral("start-event"));
    if (!q.breakdown.isEmpty())
        o.set(QStringLiteral("breakdown"), q.breakdown);
    o.set(QStringLiteral("buckets"), q.rolling ? QStringLiteral("rolling") : QStringLiteral("calendar"));
    return o;
}

} // namespace hc::analysis
