#include "core/analysis/query/FunnelOptions.h"

#include "core/analysis/query/EscapedText.h"
#include "core/util/TimeParsing.h"

namespace hc::analysis {

namespace {

// "N:REST" with N a 1-based index within [1, max].
bool splitIndexed(const QString& text, int max, int& index, QString& rest)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    index = text.left(colon).toInt(&ok);
    rest = text.mid(colon + 1);
    return ok && index >= 1 && index <= max;
}

Status parseSteps(const QueryOptions& o, FunnelQuery& q)
{
    if (!o.isSet(QStringLiteral("steps")) || o.value(QStringLiteral("steps")).isEmpty())
        return QueryOptions::usage(QStringLiteral("--steps 'A,B,...' is required"));
    for (const QString& raw : splitEscaped(o.value(QStringLiteral("steps")), QLatin1Char(','))) {
        if (raw.isEmpty())
            return QueryOptions::usage(QStringLiteral("--steps has an empty step name"));
        q.steps.push_back(QueryOptions::eventSpec(raw));
    }
    if (q.steps.size() > size_t(FunnelQuery::kMaxSteps))
        return QueryOptions::usage(QStringLiteral("--steps takes at most %1 steps").arg(FunnelQuery::kMaxSteps));
    return Done{};
}

Status parseModes(const QueryOptions& o, FunnelQuery& q)
{
    if (o.isSet(QStringLiteral("window"))) {
        const auto w = time::parseDurationMs(o.value(QStringLiteral("window")));
        if (!w || *w < FunnelQuery::kMinWindowMs || *w > FunnelQuery::kMaxWindowMs)
            return QueryOptions::usage(
                QStringLiteral("--window takes a duration from 1 s to 366 days, like 30m, 1h, 7d"));
        q.windowMs = *w;
    }
    const QString order = o.value(QStringLiteral("order"));
    if (order == QLatin1String("strict"))
        q.order = FunnelOrder::Strict;
    else if (order == QLatin1String("unordered"))
        q.order = FunnelOrder::Unordered;
    else if (!order.isEmpty() && order != QLatin1String("ordered"))
        return QueryOptions::usage(QStringLiteral("--order takes ordered, strict or unordered"));
    const QString attempts = o.value(QStringLiteral("attempts"));
    if (attempts == QLatin1String("first"))
        q.attempts = FunnelAttempts::First;
    else if (!attempts.isEmpty() && attempts != QLatin1String("best"))
        return QueryOptions::usage(QStringLiteral("--attempts takes best or first"));
    const QString scope = o.value(QStringLiteral("range-scope"));
    if (scope == QLatin1String("all-steps"))
        q.rangeScope = FunnelRangeScope::AllSteps;
    else if (!scope.isEmpty() && scope != QLatin1String("first-step"))
        return QueryOptions::usage(QStringLiteral("--range-scope takes first-step or all-steps"));
    const QString count = o.value(QStringLiteral("count"));
    if (count == QLatin1String("totals"))
        q.counting = FunnelCounting::Totals;
    else if (!count.isEmpty() && count != QLatin1String("uniques"))
        return QueryOptions::usage(QStringLiteral("--count takes uniques or totals"));
    return Done{};
}

Status parseConditions(const QueryOptions& o, FunnelQuery& q)
{
    const int k = int(q.steps.size());
    auto where = o.conditions(QStringLiteral("where"));
    if (!where.ok())
        return where.error();
    q.where = where.value();
    auto whereAny = o.conditions(QStringLiteral("where-any"));
    if (!whereAny.ok())
        return whereAny.error();
    q.whereAny = whereAny.value();
    QString error;
    for (const QString& sw : o.values(QStringLiteral("step-where"))) {
        int n = 0;
        QString rest;
        if (!splitIndexed(sw, k, n, rest))
            return QueryOptions::usage(QStringLiteral("--step-where takes N:COND with N from 1 to %1").arg(k));
        const auto c = parseCondition(rest, error);
        if (!c)
            return QueryOptions::usage(error);
        q.steps[size_t(n - 1)].where.push_back(*c);
    }
    return Done{};
}

Status parseExclusions(const QueryOptions& o, FunnelQuery& q)
{
    const int k = int(q.steps.size());
    for (const QString& ex : o.values(QStringLiteral("exclude"))) {
        const QStringList parts = splitEscaped(ex, QLatin1Char(':'));
        bool okA = false, okB = false;
        FunnelExclusion e;
        if (parts.size() == 3) {
            e.event = QueryOptions::eventSpec(parts[0]);
            e.fromStep = parts[1].toInt(&okA);
            e.toStep = parts[2].toInt(&okB);
        }
        if (parts.size() != 3 || parts[0].isEmpty() || !okA || !okB || e.fromStep < 1 || e.toStep > k
            || e.fromStep >= e.toStep)
            return QueryOptions::usage(
                QStringLiteral("--exclude takes E:A:B with steps 1 <= A < B <= %1, got “%2”").arg(k).arg(ex));
        q.exclusions.push_back(e);
    }
    QString error;
    for (const QString& xw : o.values(QStringLiteral("exclude-where"))) {
        int n = 0;
        QString rest;
        if (!splitIndexed(xw, int(q.exclusions.size()), n, rest))
            return QueryOptions::usage(
                QStringLiteral("--exclude-where takes K:COND naming one of the --exclude options"));
        const auto c = parseCondition(rest, error);
        if (!c)
            return QueryOptions::usage(error);
        q.exclusions[size_t(n - 1)].event.where.push_back(*c);
    }
    return Done{};
}

Status parseBreakdown(const QueryOptions& o, FunnelQuery& q)
{
    const int k = int(q.steps.size());
    q.hold = o.value(QStringLiteral("hold"));
    q.breakdown = o.value(QStringLiteral("breakdown"));
    const QString attribution = o.value(QStringLiteral("attribution"));
    if (!attribution.isEmpty() && q.breakdown.isEmpty())
        return QueryOptions::usage(QStringLiteral("--attribution only has a meaning with --breakdown"));
    if (attribution.isEmpty() || attribution == QLatin1String("step1"))
        q.attribution = FunnelAttribution::Step1;
    else if (attribution == QLatin1String("first_touch"))
        q.attribution = FunnelAttribution::FirstTouch;
    else if (attribution == QLatin1String("last_touch"))
        q.attribution = FunnelAttribution::LastTouch;
    else if (attribution == QLatin1String("all_events"))
        q.attribution = FunnelAttribution::AllEvents;
    else if (attribution.startsWith(QLatin1String("step:"))) {
        bool ok = false;
        q.attribution = FunnelAttribution::StepN;
        q.attributionStep = attribution.mid(5).toInt(&ok);
        if (!ok || q.attributionStep < 1 || q.attributionStep > k)
            return QueryOptions::usage(QStringLiteral("--attribution step:N needs N from 1 to %1").arg(k));
    } else {
        return QueryOptions::usage(
            QStringLiteral("--attribution takes step1, first_touch, last_touch, all_events or step:N"));
    }
    if (o.isSet(QStringLiteral("over-time"))) {
        Interval interval;
        if (!intervalFromName(o.value(QStringLiteral("over-time")), interval))
            return QueryOptions::usage(QStringLiteral("--over-time takes hour, day, week or month"));
        q.overTime = interval;
    }
    return Done{};
}

} // namespace

const QList<OptionSpec>& FunnelOptions::specs()
{
    static const QList<OptionSpec> kSpecs = {
        {QStringLiteral("steps"), QStringLiteral("Comma-separated step events; * is any event (backslash escapes)."),
         QStringLiteral("STEPS")},
        {QStringLiteral("window"), QStringLiteral("Conversion window: 30m, 1h, 7d, 2w or seconds (default 7d)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("order"), QStringLiteral("ordered (default), strict or unordered."), QStringLiteral("ORDER")},
        {QStringLiteral("attempts"), QStringLiteral("best (default) or first."), QStringLiteral("ATTEMPTS")},
        {QStringLiteral("range-scope"), QStringLiteral("first-step (default) or all-steps."), QStringLiteral("SCOPE")},
        {QStringLiteral("count"), QStringLiteral("uniques (default) or totals."), QStringLiteral("COUNT")},
        {QStringLiteral("step-where"), QStringLiteral("N:COND, a condition on step N (repeatable)."),
         QStringLiteral("N:COND")},
        {QStringLiteral("where"), QStringLiteral("A condition on every event (repeatable)."), QStringLiteral("COND")},
        {QStringLiteral("where-any"),
         QStringLiteral("Conditions of which every event must meet at least one (repeatable)."),
         QStringLiteral("COND")},
        {QStringLiteral("exclude"), QStringLiteral("E:A:B, exclude event E between steps A and B (repeatable)."),
         QStringLiteral("E:A:B")},
        {QStringLiteral("exclude-where"), QStringLiteral("K:COND, a condition on the K-th --exclude (repeatable)."),
         QStringLiteral("K:COND")},
        {QStringLiteral("hold"), QStringLiteral("Hold this property constant across an attempt's steps."),
         QStringLiteral("PROP")},
        {QStringLiteral("breakdown"), QStringLiteral("Split the funnel by this property."), QStringLiteral("PROP")},
        {QStringLiteral("attribution"),
         QStringLiteral("step1 (default), first_touch, last_touch, all_events or step:N."),
         QStringLiteral("ATTRIBUTION")},
        {QStringLiteral("over-time"), QStringLiteral("Also the funnel per entry day, week or month."),
         QStringLiteral("INTERVAL")},
    };
    return kSpecs;
}

Result<FunnelQuery> FunnelOptions::parse(const QueryOptions& options)
{
    FunnelQuery q;
    for (auto step : {parseSteps, parseModes, parseConditions, parseExclusions, parseBreakdown})
        if (auto s = step(options, q); !s.ok())
            return s.error();
    if (auto s = validateFunnelQuery(q); !s.ok())
        return s.error();
    return q;
}

QString FunnelOptions::orderName(FunnelOrder order)
{
    switch (order) {
    case FunnelOrder::Ordered:
        return QStringLiteral("ordered");
    case FunnelOrder::Strict:
        return QStringLiteral("strict");
    case FunnelOrder::Unordered:
        return QStringLiteral("unordered");
    }
    return QString();
}

QString FunnelOptions::attributionName(FunnelAttribution attribution, int step)
{
    switch (attribution) {
    case FunnelAttribution::Step1:
        return QStringLiteral("step1");
    case FunnelAttribution::FirstTouch:
        return QStringLiteral("first_touch");
    case FunnelAttribution::LastTouch:
        return QStringLiteral("last_touch");
    case FunnelAttribution::AllEvents:
        return QStringLiteral("all_events");
    case FunnelAttribution::StepN:
        return QStringLiteral("step:%1").arg(step);
    }
    return QString();
}

QString FunnelOptions::durationText(qint64 ms)
{
    if (ms % 1000 != 0)
        return QString::number(double(ms) / 1000.0);
    const qint64 s = ms / 1000;
    if (s % 86400 == 0)
        return QStringLiteral("%1d").arg(s / 86400);
    if (s % 3600 == 0)
        return QStringLiteral("%1h").arg(s / 3600);
    if (s % 60 == 0)
        return QStringLiteral("%1m").arg(s / 60);
    return QString::number(s);
}

QueryOptions FunnelOptions::toOptions(const FunnelQuery& q)
{
    QueryOptions o;
    QStringList steps;
    for (const EventSpec& s : q.steps)
        steps << QueryOptions::escapedEvent(s);
    o.set(QStringLiteral("steps"), steps.join(u','));
    o.set(QStringLiteral("window"), durationText(q.windowMs));
    o.set(QStringLiteral("order"), orderName(q.order));
    o.set(QStringLiteral("attempts"),
          q.attempts == FunnelAttempts::First ? QStringLiteral("first") : QStringLiteral("best"));
    o.set(QStringLiteral("range-scope"),
          q.rangeScope == FunnelRangeScope::AllSteps ? QStringLiteral("all-steps") : QStringLiteral("first-step"));
    o.set(QStringLiteral("count"),
          q.counting == FunnelCounting::Totals ? QStringLiteral("totals") : QStringLiteral("uniques"));
    for (const Condition& c : q.where)
        o.add(QStringLiteral("where"), c.text);
    for (const Condition& c : q.whereAny)
        o.add(QStringLiteral("where-any"), c.text);
    for (size_t j = 0; j < q.steps.size(); ++j)
        for (const Condition& c : q.steps[j].where)
            o.add(QStringLiteral("step-where"), QStringLiteral("%1:%2").arg(j + 1).arg(c.text));
    for (size_t x = 0; x < q.exclusions.size(); ++x) {
        const FunnelExclusion& e = q.exclusions[x];
        o.add(QStringLiteral("exclude"),
              QStringLiteral("%1:%2:%3").arg(QueryOptions::escapedEvent(e.event)).arg(e.fromStep).arg(e.toStep));
        for (const Condition& c : e.event.where)
            o.add(QStringLiteral("exclude-where"), QStringLiteral("%1:%2").arg(x + 1).arg(c.text));
    }
    if (!q.hold.isEmpty())
        o.set(QStringLiteral("hold"), q.hold);
    if (!q.breakdown.isEmpty()) {
        o.set(QStringLiteral("breakdown"), q.breakdown);
        o.set(QStringLiteral("attribution"), attributionName(q.attribution, q.attributionStep));
    }
    if (q.overTime)
        o.set(QStringLiteral("over-time"), intervalName(*q.overTime));
    return o;
}

} // namespace hc::analysis
