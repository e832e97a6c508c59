#include "core/analysis/Funnel.h"

#include "core/analysis/PeriodIndexer.h"
#include "core/dataset/PropertyColumnBuilder.h"
#include "core/analysis/Trend.h"

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

constexpr int kMaxSteps = 32;
constexpr qint32 kMissingGroup = -1;

// One event of a user's stream after global filters.
struct StreamEvent {
    qint64 time;
    quint32 steps;     // bit j: matches step j + 1
    quint32 exclusions; // bit k: matches exclusion k
    qint32 hold;       // text group of the held property (kMissingGroup when absent)
    qint32 value;      // text group of the breakdown property
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
        return size_t(std::lower_bound(s.begin(), s.end(), time,
                                       [](const StreamEvent& e, qint64 t) { return e.time < t; })
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

} // namespace

Result<FunnelResult> computeFunnel(const dataset::Dataset& data, const FunnelQuery& q, TaskContext* context,
                                   const ReportingCalendar* calendar)
{
    if (q.overTime && (!calendar || q.counting != FunnelCounting::Uniques))
        return makeError(Error::Code::Invalid, tr("Conversion over time is computed for unique users."));
    const int k = int(q.steps.size());
    if (k < 1 || k > kMaxSteps)
        return makeError(Error::Code::Invalid, tr("A funnel needs 1 to %1 steps.").arg(kMaxSteps));
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
    const bool breakdown = !q.breakdown.isEmpty();
    if (breakdown && q.counting == FunnelCounting::Totals
        && (q.attribution == FunnelAttribution::AllEvents || q.attribution == FunnelAttribution::StepN))
        return makeError(Error::Code::Invalid,
                         tr("Totals with a breakdown take step1, first_touch or last_touch attribution."));

    std::vector<EventMatcher> steps, exclusions;
    for (const EventSpec& spec : q.steps) {
        auto m = EventMatcher::compile(data, spec);
        if (!m.ok())
            return m.error();
        steps.push_back(std::move(m.value()));
    }
    for (const FunnelExclusion& e : q.exclusions) {
        auto m = EventMatcher::compile(data, e.event);
        if (!m.ok())
            return m.error();
        exclusions.push_back(std::move(m.value()));
    }
    // The conditions on every event: an any-event matcher carries both groups.
    auto global = EventMatcher::compile(data, EventSpec{true, QString(), q.where, q.whereAny});
    if (!global.ok())
        return global.error();
    std::vector<qint32> holdGroup, valueGroup;
    QStringList holdTexts, valueTexts;
    std::shared_ptr<const dataset::PropertyColumn> holdColumn, valueColumn;
    if (!q.hold.isEmpty()) {
        auto c = data.property(q.hold);
        if (!c.ok())
            return c.error();
        holdColumn = c.value();
        holdGroup = dataset::groupCodesByText(*holdColumn, holdTexts);
    }
    if (breakdown) {
        auto c = data.property(q.breakdown);
        if (!c.ok())
            return c.error();
        valueColumn = c.value();
        valueGroup = dataset::groupCodesByText(*valueColumn, valueTexts);
    }

    // Which steps and exclusions each event name can match; conditions are checked only for
    // the steps that have them.
    const auto& names = data.names();
    std::vector<quint32> stepsByName(size_t(data.eventNames().size()), 0), exclusionsByName(stepsByName);
    quint32 conditionalSteps = 0, conditionalExclusions = 0;
    auto fill = [&](const EventMatcher& m, quint32 bit, std::vector<quint32>& byName, quint32& conditional) {
        if (m.unknownName())
            return;
        for (size_t n = 0; n < byName.size(); ++n)
            if (m.anyName() || m.nameIndex() == qint32(n))
                byName[n] |= bit;
        if (m.hasConditions())
            conditional |= bit;
    };
    for (int j = 0; j < k; ++j)
        fill(steps[size_t(j)], 1u << j, stepsByName, conditionalSteps);
    for (size_t x = 0; x < exclusions.size(); ++x)
        fill(exclusions[x], 1u << x, exclusionsByName, conditionalExclusions);

    FunnelEngine engine(q, k);
    Tally overall(k);
    std::vector<Period> entryPeriods;
    std::vector<Tally> byEntry;
    if (q.overTime) {
        entryPeriods = calendar->periods(q.range.startMs, q.range.lastMs(), *q.overTime);
        byEntry.assign(entryPeriods.size(), Tally(k));
    }
    PeriodIndexer entryOf(entryPeriods);
    std::map<qint32, Tally> byValue;
    auto tallyFor = [&](qint32 value) -> Tally& { return byValue.try_emplace(value, k).first->second; };
    const auto& times = data.times();
    const qint64 streamEnd = q.range.endMs + q.windowMs;
    std::vector<StreamEvent> stream;
    const bool filtered = global.value().hasConditions();

    for (int u = 0; u < data.userCount(); ++u) {
        if (context && (u & 4095) == 0) {
            context->report(u, data.userCount());
            if (context->isCancelled())
                return makeError(Error::Code::Cancelled, tr("The funnel was cancelled."));
        }
        // The user's events inside [range start, range end + window], found by binary search.
        const auto firstTime = times.begin() + qint64(data.userBegin(u));
        const auto lastTime = times.begin() + qint64(data.userEnd(u));
        if (firstTime == lastTime)
            continue;
        // Most users lie wholly inside: no search for them.
        const size_t begin = size_t(
            (*firstTime >= q.range.startMs ? firstTime : std::lower_bound(firstTime, lastTime, q.range.startMs))
            - times.begin());
        const size_t end = size_t(
            (*(lastTime - 1) <= streamEnd ? lastTime : std::upper_bound(firstTime, lastTime, streamEnd))
            - times.begin());
        stream.resize(end - begin);
        size_t n = 0;
        const bool keepEveryEvent = q.order == FunnelOrder::Strict; // strict funnels see what lies between
        for (size_t i = begin; i < end; ++i) {
            StreamEvent& e = stream[n];
            e.time = times[i];
            e.steps = stepsByName[size_t(names[i])];
            e.exclusions = exclusionsByName[size_t(names[i])];
            e.hold = kMissingGroup;
            e.value = kMissingGroup;
            if (((e.steps & conditionalSteps) | (e.exclusions & conditionalExclusions)) != 0) {
                for (quint32 bits = e.steps & conditionalSteps; bits; bits &= bits - 1)
                    if (!steps[size_t(__builtin_ctz(bits))].conditionsHold(i))
                        e.steps &= ~(1u << __builtin_ctz(bits));
                for (quint32 bits = e.exclusions & conditionalExclusions; bits; bits &= bits - 1)
                    if (!exclusions[size_t(__builtin_ctz(bits))].conditionsHold(i))
                        e.exclusions &= ~(1u << __builtin_ctz(bits));
            }
            if (filtered && !global.value().conditionsHold(i))
                continue;
            if (holdColumn && holdColumn->codes[i] >= 0)
                e.hold = holdGroup[size_t(holdColumn->codes[i])];
            if (valueColumn && valueColumn->codes[i] >= 0)
                e.value = valueGroup[size_t(valueColumn->codes[i])];
            // Written unconditionally and kept by arithmetic: whether an event is a step is a coin
            // toss for the branch predictor in common funnels.
            n += size_t(keepEveryEvent | ((e.steps | e.exclusions) != 0));
        }
        stream.resize(n);
        if (stream.empty())
            continue;
        orderSameMillisecond(stream);

        if (q.counting == FunnelCounting::Totals) {
            qint32 userValue = kMissingGroup;
            if (breakdown && q.attribution != FunnelAttribution::Step1) {
                for (size_t i = 0; i < stream.size(); ++i) {
                    const StreamEvent& e = stream[q.attribution == FunnelAttribution::FirstTouch ? i : stream.size() - 1 - i];
                    if (e.steps && e.value != kMissingGroup) {
                        userValue = e.value;
                        break;
                    }
                }
            }
            for (const Attempt& a : engine.totalAttempts(stream)) {
                overall.add(a);
                if (breakdown)
                    tallyFor(q.attribution == FunnelAttribution::Step1 ? stream[size_t(a.anchor)].value : userValue).add(a);
            }
            continue;
        }

        // One pass is enough unless attempts must be told apart (exclusions, held values, first
        // attempts, or a breakdown by an attempt's own step values).
        const bool onePass = q.order == FunnelOrder::Ordered && q.attempts == FunnelAttempts::Best
                             && q.exclusions.empty() && q.hold.isEmpty() && !q.overTime
                             && (!breakdown || q.attribution == FunnelAttribution::FirstTouch
                                 || q.attribution == FunnelAttribution::LastTouch
                                 || q.attribution == FunnelAttribution::AllEvents);
        auto bestOf = [&](const std::vector<StreamEvent>& s) {
            if (onePass)
                return engine.bestByScan(s);
            Attempt b;
            for (const Attempt& a : engine.attempts(s))
                if (better(a, b))
                    b = a;
            return b;
        };
        const std::vector<Attempt> all = onePass ? std::vector<Attempt>() : engine.attempts(stream);
        Attempt best;
        if (onePass)
            best = engine.bestByScan(stream);
        else
            for (const Attempt& a : all)
                if (better(a, best))
                    best = a;
        if (best.reached > 0 && !best.poisoned)
            overall.add(best);
        if (q.overTime) {
            // Per entry period: the best of the attempts that entered in it.
            std::map<int, Attempt> bestByEntry;
            for (const Attempt& a : all) {
                Attempt& b = bestByEntry[entryOf.indexOf(stream[size_t(a.anchor)].time)];
                if (better(a, b))
                    b = a;
            }
            for (const auto& [p, a] : bestByEntry)
                if (p >= 0 && !a.poisoned)
                    byEntry[size_t(p)].add(a);
        }
        if (!breakdown)
            continue;

        switch (q.attribution) {
        case FunnelAttribution::Step1:
        case FunnelAttribution::StepN: {
            const int n = q.attribution == FunnelAttribution::Step1 ? 1 : q.attributionStep;
            std::map<qint32, Attempt> bestByValue;
            for (const Attempt& a : all) {
                if (a.reached < n)
                    continue;
                const qint32 v = stream[size_t(a.events[size_t(n - 1)])].value;
                Attempt& b = bestByValue[v];
                if (better(a, b))
                    b = a;
            }
            for (const auto& [v, a] : bestByValue)
                if (!a.poisoned)
                    tallyFor(v).add(a);
            break;
        }
        case FunnelAttribution::FirstTouch:
        case FunnelAttribution::LastTouch: {
            qint32 v = kMissingGroup;
            for (size_t i = 0; i < stream.size(); ++i) {
                const StreamEvent& e =
                    stream[q.attribution == FunnelAttribution::FirstTouch ? i : stream.size() - 1 - i];
                if (e.steps && e.value != kMissingGroup) {
                    v = e.value;
                    break;
                }
            }
            if (best.reached > 0 && !best.poisoned)
                tallyFor(v).add(best);
            break;
        }
        case FunnelAttribution::AllEvents: {
            std::vector<qint32> values;
            for (const StreamEvent& e : stream)
                if ((e.steps & 1u) && std::find(values.begin(), values.end(), e.value) == values.end())
                    values.push_back(e.value);
            std::vector<StreamEvent> only;
            for (qint32 v : values) {
                only.clear();
                for (const StreamEvent& e : stream)
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

    FunnelResult result;
    for (int j = 0; j < k; ++j) {
        FunnelStep s;
        s.event = q.steps[size_t(j)].anyEvent ? QStringLiteral("*") : q.steps[size_t(j)].name;
        s.count = overall.counts[size_t(j)];
        s.conversionFromStart = overall.counts[0] > 0 ? double(s.count) / double(overall.counts[0]) : 0.0;
        s.conversionFromPrevious = j == 0 ? (s.count > 0 ? 1.0 : 0.0)
                                   : overall.counts[size_t(j - 1)] > 0
                                       ? double(s.count) / double(overall.counts[size_t(j - 1)])
                                       : 0.0;
        std::vector<double>& secs = overall.seconds[size_t(j)];
        if (!secs.empty()) {
            double sum = 0;
            for (double x : secs)
                sum += x;
            s.meanSecondsFromPrevious = sum / double(secs.size());
            s.secondsFromPrevious = secs;
            s.medianSecondsFromPrevious = quantile(secs, 0.5);
        }
        result.steps.push_back(std::move(s));
    }
    for (const auto& [v, tally] : byValue) {
        if (tally.counts[0] == 0)
            continue;
        result.breakdown.push_back(FunnelBreakdownRow{v == kMissingGroup ? QString() : valueTexts[v], tally.counts});
    }
    for (size_t p = 0; p < entryPeriods.size(); ++p)
        result.overTime.push_back(FunnelOverTimeRow{entryPeriods[p], byEntry[p].counts});
    std::sort(result.breakdown.begin(), result.breakdown.end(), [](const auto& a, const auto& b) {
        return a.counts[0] != b.counts[0] ? a.counts[0] > b.counts[0] : a.value < b.value;
    });
    if (context)
        context->report(data.userCount(), data.userCount());
    return result;
}

} // namespace hc::analysis
