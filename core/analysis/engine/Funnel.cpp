#include "core/analysis/engine/Funnel.h"

#include "core/analysis/calendar/PeriodIndexer.h"
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

constexpr int kMaxSteps = FunnelQuery::kMaxSteps;
constexpr qint64 kConversionTimeBounds[] = {60, 300, 900, 3600, 21600, 86400, 259200, 604800};
constexpr qint32 kMissingGroup = -1;

// One event of a user's stream after global filters.
struct StreamEvent {
    qint64 time;
    quint32 steps;      // bit j: matches step j + 1
    quint32 exclusions; // bit k: matches exclusion k
    qint32 hold;        // text group of the held property (kMissingGroup when absent)
    qint32 value;       // text group of the breakdown property
};

struct Attempt {
    int anchor = -1;
    int reached = 0;
    bool poisoned = false;
    // Only the first `reached` entries are meaningful; left uninitialised, since attempts are
    // made per anchor in the hot loop.
    std::array<qint64, kMaxSteps> times;
    std::array<int, kMaxSteps> events;
    qint64 lastTime() const { return times[size_t(reached - 1)]; }
    // Copies only the steps in use: attempts are copied in the hot loop and most of the arrays
    // are unused.
    void assign(const Attempt& other)
    {
        anchor = other.anchor;
        reached = other.reached;
        poisoned = other.poisoned;
        std::copy_n(other.times.begin(), reached, times.begin());
        std::copy_n(other.events.begin(), reached, events.begin());
    }
};

// Better attempt for "best": furthest, then clean over poisoned, then the one that got there
// first, then the most recent anchor (semantics.md).
bool better(const Attempt& a, const Attempt& b)
{
    if (b.reached == 0)
        return a.reached > 0;
    if (a.reached != b.reached)
        return a.reached > b.reached;
    if (a.poisoned != b.poisoned)
        return !a.poisoned;
    if (a.lastTime() != b.lastTime())
        return a.lastTime() < b.lastTime();
    return a.times[0] > b.times[0];
}

// Events of one millisecond count in step order (semantics.md): within such a group, events of
// earlier steps come first, and of those, the ones that could serve fewer steps (so a `*` step
// takes a plain event and leaves one that a later named step needs).
void orderSameMillisecond(std::vector<StreamEvent>& s)
{
    bool ties = false;
    for (size_t i = 1; i < s.size() && !ties; ++i)
        ties = s[i].time == s[i - 1].time;
    if (!ties)
        return;
    auto lowestStep = [](const StreamEvent& e) { return e.steps ? __builtin_ctz(e.steps) : kMaxSteps; };
    std::stable_sort(s.begin(), s.end(), [&](const StreamEvent& a, const StreamEvent& b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (lowestStep(a) != lowestStep(b))
            return lowestStep(a) < lowestStep(b);
        return __builtin_popcount(a.steps) < __builtin_popcount(b.steps);
    });
}

class FunnelEngine {
public:
    FunnelEngine(const FunnelQuery& q, int steps) : m_q(q), m_k(steps) {}

    qint64 limitFor(qint64 anchorTime) const
    {
        qint64 limit = anchorTime + m_q.windowMs;
        if (m_q.rangeScope == FunnelRangeScope::AllSteps)
            limit = std::min(limit, m_q.range.endMs - 1);
        return limit;
    }

    static size_t lowerBound(const std::vector<StreamEvent>& s, qint64 time)
    {
        return size_t(
            std::lower_bound(s.begin(), s.end(), time, [](const StreamEvent& e, qint64 t) { return e.time < t; })
            - s.begin());
    }

    Attempt evaluate(const std::vector<StreamEvent>& s, int anchor) const
    {
        Attempt a;
        a.anchor = anchor;
        a.reached = 1;
        a.times[0] = s[size_t(anchor)].time;
        a.events[0] = anchor;
        const qint64 limit = limitFor(a.times[0]);
        const qint32 held = s[size_t(anchor)].hold;
        const bool holding = !m_q.hold.isEmpty();
        if (m_q.order == FunnelOrder::Unordered)
            return evaluateUnordered(s, a, limit);
        for (int j = 1; j < m_k; ++j) {
            int found = -1;
            if (m_q.order == FunnelOrder::Strict) {
                const size_t next = size_t(a.events[size_t(j - 1)]) + 1;
                if (next < s.size() && s[next].time <= limit && (s[next].steps >> j & 1u)
                    && (!holding || s[next].hold == held))
                    found = int(next);
            } else {
                for (size_t x = lowerBound(s, a.times[size_t(j - 1)]); x < s.size() && s[x].time <= limit; ++x) {
                    if (!(s[x].steps >> j & 1u) || (holding && s[x].hold != held))
                        continue;
                    bool used = false; // same-millisecond events may sit before the previous step's event
                    for (int u = 0; u < j && !used; ++u)
                        used = a.events[size_t(u)] == int(x);
                    if (used)
                        continue;
                    found = int(x);
                    break;
                }
            }
            if (found < 0)
                break;
            a.times[size_t(j)] = s[size_t(found)].time;
            a.events[size_t(j)] = found;
            a.reached = j + 1;
        }
        applyExclusions(s, a, limit);
        return a;
    }

    void applyExclusions(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit) const
    {
        qint64 poison = std::numeric_limits<qint64>::max();
        for (size_t k = 0; k < m_q.exclusions.size(); ++k) {
            const FunnelExclusion& e = m_q.exclusions[k];
            if (e.fromStep > a.reached)
                continue; // step a never happened: nothing to poison
            const qint64 lower = a.times[size_t(e.fromStep - 1)];
            const qint64 upper = e.toStep <= a.reached ? a.times[size_t(e.toStep - 1)] : limit + 1;
            for (size_t x = lowerBound(s, lower + 1); x < s.size() && s[x].time < upper && s[x].time <= limit; ++x) {
                if (s[x].exclusions >> k & 1u) {
                    poison = std::min(poison, s[x].time);
                    break;
                }
            }
        }
        if (poison == std::numeric_limits<qint64>::max())
            return;
        a.poisoned = true;
        // It still reaches the step it was waiting for, and no step after it.
        for (int j = 1; j < a.reached; ++j) {
            if (a.times[size_t(j)] > poison) {
                a.reached = j + 1;
                break;
            }
        }
    }

    Attempt evaluateUnordered(const std::vector<StreamEvent>& s, Attempt a, qint64 limit) const
    {
        // Candidates: events in the window, at most k per distinct step mask (more can never help).
        std::vector<int> candidates;
        std::map<quint32, int> perMask;
        const qint32 held = s[size_t(a.anchor)].hold;
        const bool holding = !m_q.hold.isEmpty();
        for (size_t x = lowerBound(s, a.times[0]); x < s.size() && s[x].time <= limit; ++x) {
            if (s[x].steps == 0 || (holding && s[x].hold != held))
                continue;
            int& n = perMask[s[x].steps];
            if (n >= m_k)
                continue;
            ++n;
            candidates.push_back(int(x));
        }
        // Maximum matching of steps to distinct events (each event counts for one step).
        std::vector<int> eventOfStep(size_t(m_k), -1), stepOfCandidate(candidates.size(), -1);
        std::function<bool(int, std::vector<char>&)> augment = [&](int step, std::vector<char>& seen) {
            for (size_t c = 0; c < candidates.size(); ++c) {
                if (seen[c] || !(s[size_t(candidates[c])].steps >> step & 1u))
                    continue;
                seen[c] = 1;
                if (stepOfCandidate[c] < 0 || augment(stepOfCandidate[c], seen)) {
                    stepOfCandidate[c] = step;
                    eventOfStep[size_t(step)] = int(c);
                    return true;
                }
            }
            return false;
        };
        int matched = 0;
        for (int j = 0; j < m_k; ++j) {
            std::vector<char> seen(candidates.size(), 0);
            if (augment(j, seen))
                ++matched;
        }
        std::vector<qint64> times;
        std::vector<int> events;
        for (size_t c = 0; c < candidates.size(); ++c)
            if (stepOfCandidate[c] >= 0)
                events.push_back(candidates[c]);
        std::sort(events.begin(), events.end());
        a.reached = std::max(matched, 1);
        for (int j = 0; j < int(events.size()) && j < kMaxSteps; ++j) {
            a.events[size_t(j)] = events[size_t(j)];
            a.times[size_t(j)] = s[size_t(events[size_t(j)])].time;
        }
        a.times[0] = std::min(a.times[0], s[size_t(a.anchor)].time);
        // Exclusions span the whole unordered funnel: one inside the window wipes the progress
        // not banked yet. An attempt is banked when its window closes, or at the user's last event.
        if (!m_q.exclusions.empty()) {
            const qint64 banked = std::min(limit, s.back().time);
            for (size_t x = lowerBound(s, s[size_t(a.anchor)].time); x < s.size() && s[x].time <= banked; ++x) {
                if (s[x].exclusions) {
                    a.reached = 0;
                    a.poisoned = true;
                    break;
                }
            }
        }
        return a;
    }

    // The best attempt of an ordered funnel in one pass (no exclusions, nothing held): slot j keeps
    // the attempt with the most recent anchor that has reached step j + 1 so far, since a later
    // anchor's window ends later and can use every event an older one still could. The first
    // attempt to reach the furthest step wins; at the same instant, the most recent anchor.
    // Events are fed in time order, those of one millisecond in step order.
    class Scan {
    public:
        explicit Scan(const FunnelEngine& engine) : m_engine(engine), m_slots(engine.m_slots)
        {
            m_slots.resize(size_t(engine.m_k));
            for (Attempt& slot : m_slots)
                slot.reached = 0;
            m_best.reached = 0;
        }

        void feed(qint64 time, quint32 steps, int index)
        {
            // Later steps first, so one event never serves two steps of one attempt.
            for (quint32 bits = steps & ~1u; bits; bits &= ~(1u << (31 - __builtin_clz(bits)))) {
                const int j = 31 - __builtin_clz(bits);
                const Attempt& previous = m_slots[size_t(j - 1)];
                if (previous.reached == 0 || time > m_engine.limitFor(previous.times[0]))
                    continue;
                Attempt& slot = m_slots[size_t(j)];
                if (slot.reached != 0 && previous.times[0] <= slot.times[0] && previous.anchor <= slot.anchor)
                    continue;
                slot.anchor = previous.anchor;
                slot.reached = j + 1;
                slot.poisoned = false;
                std::copy_n(previous.times.begin(), j, slot.times.begin());
                std::copy_n(previous.events.begin(), j, slot.events.begin());
                slot.times[size_t(j)] = time;
                slot.events[size_t(j)] = index;
                if (better(slot, m_best))
                    m_best.assign(slot);
            }
            if ((steps & 1u) && m_engine.m_q.range.contains(time)) {
                Attempt& first = m_slots[0];
                first.anchor = index;
                first.reached = 1;
                first.poisoned = false;
                first.times[0] = time;
                first.events[0] = index;
                if (better(first, m_best))
                    m_best.assign(first);
            }
        }
        const Attempt& best() const { return m_best; }

    private:
        const FunnelEngine& m_engine;
        std::vector<Attempt>& m_slots;
        Attempt m_best;
    };

    Attempt bestByScan(const std::vector<StreamEvent>& s) const
    {
        Scan scan(*this);
        for (size_t i = 0; i < s.size(); ++i)
            scan.feed(s[i].time, s[i].steps, int(i));
        return scan.best();
    }

    bool isAnchor(const StreamEvent& e) const
    {
        const bool matches = m_q.order == FunnelOrder::Unordered ? e.steps != 0 : (e.steps & 1u);
        return matches && m_q.range.contains(e.time);
    }

    // Every attempt of a stream: one per anchor ("best"), or just the first anchor ("first").
    std::vector<Attempt> attempts(const std::vector<StreamEvent>& s) const
    {
        std::vector<Attempt> out;
        for (size_t i = 0; i < s.size(); ++i) {
            if (!isAnchor(s[i]))
                continue;
            out.push_back(evaluate(s, int(i)));
            if (m_q.attempts == FunnelAttempts::First)
                break;
        }
        return out;
    }

    // Totals: attempts that do not overlap; the next one starts after the previous ended.
    std::vector<Attempt> totalAttempts(const std::vector<StreamEvent>& s) const
    {
        std::vector<Attempt> out;
        qint64 endedAt = std::numeric_limits<qint64>::min();
        for (size_t i = 0; i < s.size(); ++i) {
            if (!isAnchor(s[i]) || s[i].time <= endedAt)
                continue;
            Attempt a = evaluate(s, int(i));
            endedAt = a.reached == m_k ? a.lastTime() : s[i].time + m_q.windowMs;
            out.push_back(a);
            if (m_q.attempts == FunnelAttempts::First)
                break;
        }
        return out;
    }

private:
    const FunnelQuery& m_q;
    int m_k;
    mutable std::vector<Attempt> m_slots; // scratch for bestByScan, reused across users
};

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

// The first (or last) step event of a stream that carries a breakdown value.
qint32 touchValue(const std::vector<StreamEvent>& stream, bool first)
{
    for (size_t i = 0; i < stream.size(); ++i) {
        const StreamEvent& e = stream[first ? i : stream.size() - 1 - i];
        if (e.steps && e.value != kMissingGroup)
            return e.value;
    }
    return kMissingGroup;
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
    }

    void addUser(int u)
    {
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
    void attribute(const std::vector<Attempt>& all, const Attempt& best);
    Attempt bestOf(const std::vector<StreamEvent>& s) const;
    Tally& tallyFor(qint32 value) { return m_byValue.try_emplace(value, m_k).first->second; }

    const dataset::Dataset& m_data;
    const FunnelQuery& m_q;
    const FunnelPlan& m_plan;
    int m_k;
    FunnelEngine m_engine;
    Tally m_overall;
    std::vector<Period> m_entryPeriods;
    std::vector<Tally> m_byEntry;
    PeriodIndexer m_entryOf;
    std::map<qint32, Tally> m_byValue;
    bool m_breakdown;
    bool m_onePass;
    std::vector<StreamEvent> m_stream;
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

void FunnelCounter::countTotals()
{
    qint32 userValue = kMissingGroup;
    if (m_breakdown && m_q.attribution != FunnelAttribution::Step1)
        userValue = touchValue(m_stream, m_q.attribution == FunnelAttribution::FirstTouch);
    for (const Attempt& a : m_engine.totalAttempts(m_stream)) {
        m_overall.add(a);
        if (m_breakdown)
            tallyFor(m_q.attribution == FunnelAttribution::Step1 ? m_stream[size_t(a.anchor)].value : userValue).add(a);
    }
}

Attempt FunnelCounter::bestOf(const std::vector<StreamEvent>& s) const
{
    if (m_onePass)
        return m_engine.bestByScan(s);
    Attempt b;
    for (const Attempt& a : m_engine.attempts(s))
        if (better(a, b))
            b = a;
    return b;
}

void FunnelCounter::countUniques()
{
    const std::vector<Attempt> all = m_onePass ? std::vector<Attempt>() : m_engine.attempts(m_stream);
    Attempt best;
    if (m_onePass)
        best = m_engine.bestByScan(m_stream);
    else
        for (const Attempt& a : all)
            if (better(a, best))
                best = a;
    if (best.reached > 0 && !best.poisoned)
        m_overall.add(best);
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

void FunnelCounter::attribute(const std::vector<Attempt>& all, const Attempt& best)
{
    switch (m_q.attribution) {
    case FunnelAttribution::Step1:
    case FunnelAttribution::StepN: {
        const int n = m_q.attribution == FunnelAttribution::Step1 ? 1 : m_q.attributionStep;
        std::map<qint32, Attempt> bestByValue;
        for (const Attempt& a : all) {
            if (a.reached < n)
                continue;
            Attempt& b = bestByValue[m_stream[size_t(a.events[size_t(n - 1)])].value];
            if (better(a, b))
                b = a;
        }
        for (const auto& [v, a] : bestByValue)
            if (!a.poisoned)
                tallyFor(v).add(a);
        break;
    }
    case FunnelAttribution::FirstTouch:
    case FunnelAttribution::LastTouch:
        if (best.reached > 0 && !best.poisoned)
            tallyFor(touchValue(m_stream, m_q.attribution == FunnelAttribution::FirstTouch)).add(best);
        break;
    case FunnelAttribution::AllEvents: {
        std::vector<qint32> values;
        for (const StreamEvent& e : m_stream)
            if ((e.steps & 1u) && std::find(values.begin(), values.end(), e.value) == values.end())
                values.push_back(e.value);
        std::vector<StreamEvent> only;
        for (qint32 v : values) {
            only.clear();
            for (const StreamEvent& e : m_stream)
                if (e.value == v)
                    only.push_back(e);
            const Attempt b = bestOf(only);
            if (b.reached > 0 && !b.poisoned)
                tallyFor(v).add(b);
        }
        break;
    }
    }
}

FunnelResult FunnelCounter::result()
{
    FunnelResult result;
    const auto& counts = m_overall.counts;
    for (int j = 0; j < m_k; ++j) {
        FunnelStep s;
        s.event = m_q.steps[size_t(j)].anyEvent ? QStringLiteral("*") : m_q.steps[size_t(j)].name;
        s.count = counts[size_t(j)];
        s.conversionFromStart = counts[0] > 0 ? double(s.count) / double(counts[0]) : 0.0;
        s.conversionFromPrevious = j == 0                      ? (s.count > 0 ? 1.0 : 0.0)
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
    if (!q.breakdown.isEmpty() && q.counting == FunnelCounting::Totals
        && (q.attribution == FunnelAttribution::AllEvents || q.attribution == FunnelAttribution::StepN))
        return makeError(Error::Code::Invalid,
                         tr("Totals with a breakdown take step1, first_touch or last_touch attribution."));
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
