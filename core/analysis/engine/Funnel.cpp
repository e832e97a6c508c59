#include "core/analysis/engine/Funnel.h"

#include "core/analysis/calendar/PeriodIndexer.h"
#include "core/analysis/engine/FunnelAttemptFinder.h"
#include "core/analysis/engine/Measure.h"
#include "core/dataset/PropertyColumnBuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <map>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::Funnel", text); }

using namespace funnel;

constexpr qint64 kConversionTimeBounds[] = {60, 300, 900, 3600, 21600, 86400, 259200, 604800};

struct Tally {
    std::vector<qint64> counts;
    std::vector<std::vector<double>> seconds;
    explicit Tally(int k) : counts(size_t(k), 0), seconds(size_t(k)) {}
    void add(const Attempt& a)
    {
        for (int j = 0; j < a.reached; ++j) {
            ++counts[size_t(j)];
            if (j > 0)
                seconds[size_t(j)].push_back(double(a.times[size_t(j)] - a.times[size_t(j - 1)]) / 1000.0);
        }
    }
};

// The time-to-convert buckets of a step: 1 min, 5 min, 15 min, 1 h, 6 h, 1 day, 3 days, 7 days
// and longer; none when the step has no conversion.
std::vector<ConversionTimeBucket> timeToConvert(const std::vector<double>& seconds)
{
    std::vector<ConversionTimeBucket> out;
    if (seconds.empty())
        return out;
    for (qint64 bound : kConversionTimeBounds)
        out.push_back(ConversionTimeBucket{bound, 0});
    out.push_back(ConversionTimeBucket{std::nullopt, 0});
    for (double x : seconds) {
        size_t b = 0;
        while (b < std::size(kConversionTimeBounds) && x >= double(kConversionTimeBounds[b]))
            ++b;
        ++out[b].count;
    }
    return out;
}

// Everything a funnel reads, compiled once: matchers, property groups, and which steps and
// exclusions each event name can match (conditions are checked only for the steps that have them).
struct FunnelPlan {
    std::vector<EventMatcher> steps;
    std::vector<EventMatcher> exclusions;
    std::optional<EventMatcher> global; // the conditions on every event
    std::shared_ptr<const dataset::PropertyColumn> holdColumn;
    std::shared_ptr<const dataset::PropertyColumn> valueColumn;
    std::vector<qint32> holdGroup;
    std::vector<qint32> valueGroup;
    QStringList holdTexts;
    QStringList valueTexts;
    std::vector<quint32> stepsByName;
    std::vector<quint32> exclusionsByName;
    quint32 conditionalSteps = 0;
    quint32 conditionalExclusions = 0;
};

Result<FunnelPlan> compilePlan(const dataset::Dataset& data, const FunnelQuery& q)
{
    FunnelPlan plan;
    for (const EventSpec& spec : q.steps) {
        auto m = EventMatcher::compile(data, spec);
        if (!m.ok())
            return m.error();
        plan.steps.push_back(std::move(m.value()));
    }
    for (const FunnelExclusion& e : q.exclusions) {
        auto m = EventMatcher::compile(data, e.event);
        if (!m.ok())
            return m.error();
        plan.exclusions.push_back(std::move(m.value()));
    }
    // An any-event matcher carries both groups of global conditions.
    auto global = EventMatcher::compile(data, EventSpec{true, QString(), q.where, q.whereAny});
    if (!global.ok())
        return global.error();
    plan.global = std::move(global.value());
    if (!q.hold.isEmpty()) {
        auto c = data.property(q.hold);
        if (!c.ok())
            return c.error();
        plan.holdColumn = c.value();
        plan.holdGroup = dataset::groupCodesByText(*plan.holdColumn, plan.holdTexts);
    }
    if (!q.breakdown.isEmpty()) {
        auto c = data.property(q.breakdown);
        if (!c.ok())
            return c.error();
        plan.valueColumn = c.value();
        plan.valueGroup = dataset::groupCodesByText(*plan.valueColumn, plan.valueTexts);
    }
    plan.stepsByName.assign(size_t(data.eventNames().size()), 0);
    plan.exclusionsByName = plan.stepsByName;
    auto fill = [](const EventMatcher& m, quint32 bit, std::vector<quint32>& byName, quint32& conditional) {
        if (m.unknownName())
            return;
        for (size_t n = 0; n < byName.size(); ++n)
            if (m.anyName() || m.nameIndex() == qint32(n))
                byName[n] |= bit;
        if (m.hasConditions())
            conditional |= bit;
    };
    for (size_t j = 0; j < plan.steps.size(); ++j)
        fill(plan.steps[j], 1u << j, plan.stepsByName, plan.conditionalSteps);
    for (size_t x = 0; x < plan.exclusions.size(); ++x)
        fill(plan.exclusions[x], 1u << x, plan.exclusionsByName, plan.conditionalExclusions);
    return plan;
}

// Counts users (or attempts) into the overall, per-entry-period and per-value tallies.
class FunnelCounter {
public:
    FunnelCounter(const dataset::Dataset& data, const FunnelQuery& q, const FunnelPlan& plan,
                  const ReportingCalendar& calendar)
        : m_data(data), m_q(q), m_plan(plan), m_k(int(q.steps.size())), m_engine(q, m_k), m_overall(m_k),
          m_entryPeriods(q.overTime ? calendar.periods(q.range.startMs, q.range.lastMs(), *q.overTime)
                                    : std::vector<Period>()),
          m_byEntry(m_entryPeriods.size(), Tally(m_k)), m_entryOf(m_entryPeriods), m_breakdown(!q.breakdown.isEmpty()),
          // One pass is enough unless attempts must be told apart (exclusions, held values, first
          // attempts, or a breakdown by an attempt's own step values).
          m_onePass(q.order == FunnelOrder::Ordered && q.attempts == FunnelAttempts::Best && q.exclusions.empty()
                    && q.hold.isEmpty() && !q.overTime
                    && (!m_breakdown || q.attribution == FunnelAttribution::FirstTouch
                        || q.attribution == FunnelAttribution::LastTouch
                        || q.attribution == FunnelAttribution::AllEvents))
    {
        if (q.keepUserResults)
            m_reachedByUser.assign(size_t(data.userCount()), 0);
    }

    void addUser(int u)
    {
        m_user = u;
        buildStream(u);
        if (m_stream.empty())
            return;
        orderSameMillisecond(m_stream);
        if (m_q.counting == FunnelCounting::Totals)
            countTotals();
        else
            countUniques();
    }

    FunnelResult result();

private:
    // The user's events inside [range start, range end + window] after the global conditions,
    // each with the steps and exclusions it matches.
    void buildStream(int u);
    void countTotals();
    void countUniques();
    void countTotalsByValue();
    void attribute(const std::vector<Attempt>& all, const Attempt& best);
    void attributeToStep(const std::vector<Attempt>& all, int step);
    Attempt bestOf(const std::vector<StreamEvent>& s) const;
    qint32 touchValue(bool first) const;
    std::vector<qint32> valuesAtStep(int step) const;
    const std::vector<StreamEvent>& eventsCarrying(qint32 value);
    int attributedStep() const { return m_q.attribution == FunnelAttribution::StepN ? m_q.attributionStep : 1; }
    bool firstOnly() const { return m_q.attempts == FunnelAttempts::First; }
    Tally& tallyFor(qint32 value) { return m_byValue.try_emplace(value, m_k).first->second; }

    const dataset::Dataset& m_data;
    const FunnelQuery& m_q;
    const FunnelPlan& m_plan;
    int m_k;
    FunnelAttemptFinder m_engine;
    Tally m_overall;
    std::vector<Period> m_entryPeriods;
    std::vector<Tally> m_byEntry;
    PeriodIndexer m_entryOf;
    std::map<qint32, Tally> m_byValue;
    bool m_breakdown;
    bool m_onePass;
    std::vector<StreamEvent> m_stream;
    std::vector<StreamEvent> m_valueStream; // scratch: the events carrying one value (all_events)
    int m_user = 0;
    std::vector<qint8> m_reachedByUser;
};

void FunnelCounter::buildStream(int u)
{
    const auto& times = m_data.times();
    const auto& names = m_data.names();
    const qint64 streamEnd = m_q.range.endMs + m_q.windowMs;
    const auto firstTime = times.begin() + qint64(m_data.userBegin(u));
    const auto lastTime = times.begin() + qint64(m_data.userEnd(u));
    m_stream.clear();
    if (firstTime == lastTime)
        return;
    // Most users lie wholly inside: no binary search for them.
    const size_t begin =
        size_t((*firstTime >= m_q.range.startMs ? firstTime : std::lower_bound(firstTime, lastTime, m_q.range.startMs))
               - times.begin());
    const size_t end = size_t(
        (*(lastTime - 1) <= streamEnd ? lastTime : std::upper_bound(firstTime, lastTime, streamEnd)) - times.begin());
    m_stream.resize(end - begin);
    StreamEvent* out = m_stream.data(); // a local pointer: the loop below is the funnel's hot path
    size_t n = 0;
    const bool keepEveryEvent = m_q.order == FunnelOrder::Strict; // strict funnels see what lies between
    const bool filtered = m_plan.global->hasConditions();
    const FunnelPlan& p = m_plan;
    for (size_t i = begin; i < end; ++i) {
        StreamEvent& e = out[n];
        e.time = times[i];
        e.steps = p.stepsByName[size_t(names[i])];
        e.exclusions = p.exclusionsByName[size_t(names[i])];
        e.hold = kMissingGroup;
        e.value = kMissingGroup;
        if (((e.steps & p.conditionalSteps) | (e.exclusions & p.conditionalExclusions)) != 0) {
            for (quint32 bits = e.steps & p.conditionalSteps; bits; bits &= bits - 1)
                if (!p.steps[size_t(__builtin_ctz(bits))].conditionsHold(i))
                    e.steps &= ~(1u << __builtin_ctz(bits));
            for (quint32 bits = e.exclusions & p.conditionalExclusions; bits; bits &= bits - 1)
                if (!p.exclusions[size_t(__builtin_ctz(bits))].conditionsHold(i))
                    e.exclusions &= ~(1u << __builtin_ctz(bits));
        }
        if (filtered && !p.global->conditionsHold(i))
            continue;
        if (p.holdColumn && p.holdColumn->codes[i] >= 0)
            e.hold = p.holdGroup[size_t(p.holdColumn->codes[i])];
        if (p.valueColumn && p.valueColumn->codes[i] >= 0)
            e.value = p.valueGroup[size_t(p.valueColumn->codes[i])];
        // Written unconditionally and kept by arithmetic: whether an event is a step is a coin
        // toss for the branch predictor in common funnels.
        n += size_t(keepEveryEvent | ((e.steps | e.exclusions) != 0));
    }
    m_stream.resize(n);
}

// The breakdown value of the user's earliest (latest) step event in the range that carries one;
// of several at that millisecond, the smallest in text order.
qint32 FunnelCounter::touchValue(bool first) const
{
    const size_t n = m_stream.size();
    qint32 value = kMissingGroup;
    qint64 at = 0;
    for (size_t i = 0; i < n; ++i) {
        const StreamEvent& e = m_stream[first ? i : n - 1 - i];
        if (!e.steps || e.value == kMissingGroup || !m_q.range.contains(e.time))
            continue;
        if (value != kMissingGroup && e.time != at)
            break;
        if (value == kMissingGroup || m_plan.valueTexts[e.value] < m_plan.valueTexts[value])
            value = e.value;
        at = e.time;
    }
    return value;
}

// The distinct breakdown values on events that can fill a step (step 1: those that can start an
// attempt), in stream order.
std::vector<qint32> FunnelCounter::valuesAtStep(int step) const
{
    std::vector<qint32> values;
    for (const StreamEvent& e : m_stream) {
        const bool fills = step == 1 ? m_engine.isAnchor(e) : (e.steps >> (step - 1) & 1u) != 0;
        if (fills && std::find(values.begin(), values.end(), e.value) == values.end())
            values.push_back(e.value);
    }
    return values;
}

const std::vector<StreamEvent>& FunnelCounter::eventsCarrying(qint32 value)
{
    m_valueStream.clear();
    for (const StreamEvent& e : m_stream)
        if (e.value == value)
            m_valueStream.push_back(e);
    return m_valueStream;
}

void FunnelCounter::countTotals()
{
    const std::vector<Attempt> all = m_engine.totalAttempts(m_stream);
    for (const Attempt& a : all)
        if (!a.poisoned)
            m_overall.add(a);
    if (!m_breakdown)
        return;
    if (m_q.attribution == FunnelAttribution::FirstTouch || m_q.attribution == FunnelAttribution::LastTouch) {
        Tally& tally = tallyFor(touchValue(m_q.attribution == FunnelAttribution::FirstTouch));
        for (const Attempt& a : all)
            if (!a.poisoned)
                tally.add(a);
        return;
    }
    countTotalsByValue();
}

// Totals per breakdown value: each value's attempts sequenced on their own (semantics.md).
void FunnelCounter::countTotalsByValue()
{
    if (m_q.attribution == FunnelAttribution::AllEvents) {
        for (qint32 v : valuesAtStep(1))
            for (const Attempt& a : m_engine.totalAttempts(eventsCarrying(v)))
                if (!a.poisoned)
                    tallyFor(v).add(a);
        return;
    }
    const int n = attributedStep();
    for (qint32 v : valuesAtStep(n)) {
        const auto belongs = [&](const Attempt& a) {
            return a.reached >= n && m_stream[size_t(a.events[size_t(n - 1)])].value == v;
        };
        for (const Attempt& a : m_engine.totalAttempts(m_stream, belongs))
            if (!a.poisoned)
                tallyFor(v).add(a);
    }
}

Attempt FunnelCounter::bestOf(const std::vector<StreamEvent>& s) const
{
    if (m_onePass)
        return m_engine.bestByScan(s);
    Attempt b;
    for (const Attempt& a : m_engine.attempts(s, firstOnly()))
        if (better(a, b))
            b = a;
    return b;
}

void FunnelCounter::countUniques()
{
    const std::vector<Attempt> all = m_onePass ? std::vector<Attempt>() : m_engine.attempts(m_stream, firstOnly());
    Attempt best;
    if (m_onePass)
        best = m_engine.bestByScan(m_stream);
    else
        for (const Attempt& a : all)
            if (better(a, best))
                best = a;
    if (best.reached > 0 && !best.poisoned) {
        m_overall.add(best);
        if (m_q.keepUserResults)
            m_reachedByUser[size_t(m_user)] = qint8(best.reached);
    }
    if (m_q.overTime) {
        // Per entry period: the best of the attempts that entered in it.
        std::map<int, Attempt> bestByEntry;
        for (const Attempt& a : all) {
            Attempt& b = bestByEntry[m_entryOf.indexOf(m_stream[size_t(a.anchor)].time)];
            if (better(a, b))
                b = a;
        }
        for (const auto& [period, a] : bestByEntry)
            if (period >= 0 && !a.poisoned)
                m_byEntry[size_t(period)].add(a);
    }
    if (m_breakdown)
        attribute(all, best);
}

// step1 / step:N: each value counts the best attempt whose step-N event carries it. With
// attempts=first and step 1, each value's attempt is the first S1 carrying it.
void FunnelCounter::attributeToStep(const std::vector<Attempt>& all, int n)
{
    const bool firstPerValue = n == 1 && firstOnly();
    const std::vector<Attempt> every = firstPerValue ? m_engine.attempts(m_stream, false) : std::vector<Attempt>();
    std::map<qint32, Attempt> bestByValue;
    std::map<qint32, qint64> firstAnchorAt;
    for (const Attempt& a : firstPerValue ? every : all) {
        if (a.reached < n)
            continue;
        const qint32 v = m_stream[size_t(a.events[size_t(n - 1)])].value;
        if (firstPerValue && firstAnchorAt.try_emplace(v, a.times[0]).first->second != a.times[0])
            continue;
        Attempt& b = bestByValue[v];
        if (better(a, b))
            b = a;
    }
    for (const auto& [v, a] : bestByValue)
        if (!a.poisoned)
            tallyFor(v).add(a);
}

void FunnelCounter::attribute(const std::vector<Attempt>& all, const Attempt& best)
{
    switch (m_q.attribution) {
    case FunnelAttribution::Step1:
    case FunnelAttribution::StepN:
        attributeToStep(all, attributedStep());
        break;
    case FunnelAttribution::FirstTouch:
    case FunnelAttribution::LastTouch:
        if (best.reached > 0 && !best.poisoned)
            tallyFor(touchValue(m_q.attribution == FunnelAttribution::FirstTouch)).add(best);
        break;
    case FunnelAttribution::AllEvents:
        for (qint32 v : valuesAtStep(1)) {
            const Attempt b = bestOf(eventsCarrying(v));
            if (b.reached > 0 && !b.poisoned)
                tallyFor(v).add(b);
        }
        break;
    }
}

FunnelResult FunnelCounter::result()
{
    FunnelResult result;
    result.reachedByUser = std::move(m_reachedByUser);
    const auto& counts = m_overall.counts;
    for (int j = 0; j < m_k; ++j) {
        FunnelStep s;
        s.event = m_q.steps[size_t(j)].anyEvent ? QStringLiteral("*") : m_q.steps[size_t(j)].name;
        s.count = counts[size_t(j)];
        s.conversionFromStart = counts[0] > 0 ? double(s.count) / double(counts[0]) : 0.0;
        s.conversionFromPrevious = j == 0                      ? 1.0
                                   : counts[size_t(j - 1)] > 0 ? double(s.count) / double(counts[size_t(j - 1)])
                                                               : 0.0;
        std::vector<double>& secs = m_overall.seconds[size_t(j)];
        if (!secs.empty()) {
            double sum = 0;
            for (double x : secs)
                sum += x;
            s.meanSecondsFromPrevious = sum / double(secs.size());
            s.secondsFromPrevious = secs;
            s.timeToConvert = timeToConvert(secs);
            s.medianSecondsFromPrevious = quantile(secs, 0.5);
        }
        result.steps.push_back(std::move(s));
    }
    for (const auto& [v, tally] : m_byValue)
        if (tally.counts[0] > 0)
            result.breakdown.push_back(
                FunnelBreakdownRow{v == kMissingGroup ? QString() : m_plan.valueTexts[v], tally.counts});
    for (size_t p = 0; p < m_entryPeriods.size(); ++p)
        result.overTime.push_back(FunnelOverTimeRow{m_entryPeriods[p], m_byEntry[p].counts});
    std::sort(result.breakdown.begin(), result.breakdown.end(), [](const auto& a, const auto& b) {
        return a.counts[0] != b.counts[0] ? a.counts[0] > b.counts[0] : a.value < b.value;
    });
    return result;
}

} // namespace

Status validateFunnelQuery(const FunnelQuery& q)
{
    const int k = int(q.steps.size());
    if (k < 1 || k > FunnelQuery::kMaxSteps)
        return makeError(Error::Code::Invalid, tr("A funnel needs 1 to %1 steps.").arg(FunnelQuery::kMaxSteps));
    if (q.windowMs < FunnelQuery::kMinWindowMs || q.windowMs > FunnelQuery::kMaxWindowMs)
        return makeError(Error::Code::Invalid, tr("The conversion window is from 1 second to 366 days."));
    if (q.overTime && q.counting != FunnelCounting::Uniques)
        return makeError(Error::Code::Invalid, tr("Conversion over time is computed for unique users."));
    for (const FunnelExclusion& e : q.exclusions) {
        if (e.fromStep < 1 || e.toStep > k || e.fromStep >= e.toStep)
            return makeError(Error::Code::Invalid,
                             tr("An exclusion must sit between two steps, A < B within 1..%1.").arg(k));
        if (q.order == FunnelOrder::Unordered && (e.fromStep != 1 || e.toStep != k))
            return makeError(Error::Code::Invalid, tr("Exclusions in unordered funnels must span the whole funnel."));
    }
    if (q.exclusions.size() > 32)
        return makeError(Error::Code::Invalid, tr("At most 32 exclusions."));
    if (q.attribution == FunnelAttribution::StepN
        && (q.attributionStep < 1 || q.attributionStep > k
            || (q.order == FunnelOrder::Unordered && q.attributionStep > 1)))
        return makeError(Error::Code::Invalid, q.order == FunnelOrder::Unordered
                                                   ? tr("Unordered funnels attribute to step:1 only.")
                                                   : tr("step:N needs N between 1 and %1.").arg(k));
    // An exclusion that is also a step would poison every attempt by its own steps.
    const bool anyStep = std::any_of(q.steps.begin(), q.steps.end(), [](const EventSpec& s) { return s.anyEvent; });
    for (const FunnelExclusion& e : q.exclusions) {
        if (anyStep || e.event.anyEvent)
            return makeError(Error::Code::Invalid,
                             tr("Exclusions cannot be combined with a * step or be * themselves."));
        for (const EventSpec& step : q.steps)
            if (step.name == e.event.name)
                return makeError(Error::Code::Invalid,
                                 tr("The exclusion “%1” is also a step of this funnel.").arg(e.event.name));
    }
    return Done{};
}

Result<FunnelResult> computeFunnel(const dataset::Dataset& data, const FunnelQuery& q,
                                   const ReportingCalendar& calendar, TaskContext& context)
{
    if (auto valid = validateFunnelQuery(q); !valid.ok())
        return valid.error();
    const auto plan = compilePlan(data, q);
    if (!plan.ok())
        return plan.error();
    FunnelCounter counter(data, q, plan.value(), calendar);
    const int users = data.userCount();
    for (int u = 0; u < users; ++u) {
        if ((u & 1023) == 0) {
            context.report(u, users);
            if (context.isCancelled())
                return TaskContext::cancelledError();
        }
        counter.addUser(u);
    }
    context.report(data.userCount(), data.userCount());
    return counter.result();
}

} // namespace hc::analysis
