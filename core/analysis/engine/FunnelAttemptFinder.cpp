#include "core/analysis/engine/FunnelAttemptFinder.h"

#include <algorithm>
#include <map>

namespace hc::analysis::funnel {

namespace {

size_t lowerBound(const std::vector<StreamEvent>& s, qint64 time)
{
    return size_t(std::lower_bound(s.begin(), s.end(), time, [](const StreamEvent& e, qint64 t) { return e.time < t; })
                  - s.begin());
}

bool usedBefore(const Attempt& a, int step, int event)
{
    for (int u = 0; u < step; ++u)
        if (a.events[size_t(u)] == event)
            return true;
    return false;
}

} // namespace

void Attempt::assign(const Attempt& other)
{
    anchor = other.anchor;
    reached = other.reached;
    poisoned = other.poisoned;
    completedAt = other.completedAt;
    std::copy_n(other.times.begin(), reached, times.begin());
    std::copy_n(other.events.begin(), reached, events.begin());
}

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

FunnelAttemptFinder::FunnelAttemptFinder(const FunnelQuery& query, int steps) : m_q(query), m_k(steps) {}

qint64 FunnelAttemptFinder::limitFor(qint64 anchorTime) const
{
    qint64 limit = anchorTime + m_q.windowMs;
    if (m_q.rangeScope == FunnelRangeScope::AllSteps)
        limit = std::min(limit, m_q.range.endMs - 1);
    return limit;
}

bool FunnelAttemptFinder::isAnchor(const StreamEvent& e) const
{
    const bool matches = m_q.order == FunnelOrder::Unordered ? e.steps != 0 : (e.steps & 1u);
    return matches && m_q.range.contains(e.time);
}

Attempt FunnelAttemptFinder::evaluate(const std::vector<StreamEvent>& s, int anchor) const
{
    Attempt a;
    a.anchor = anchor;
    a.reached = 1;
    a.times[0] = s[size_t(anchor)].time;
    a.events[0] = anchor;
    const qint64 limit = limitFor(a.times[0]);
    if (m_q.order == FunnelOrder::Unordered) {
        reachUnordered(s, a, limit);
        return a;
    }
    qint64 brokenAt = kNever;
    reachOrdered(s, a, limit, brokenAt);
    applyExclusions(s, a, limit, brokenAt);
    return a;
}

void FunnelAttemptFinder::reachOrdered(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit,
                                       qint64& brokenAt) const
{
    const qint32 held = s[size_t(a.anchor)].hold;
    const bool holding = !m_q.hold.isEmpty();
    for (int j = 1; j < m_k; ++j) {
        int found = -1;
        if (m_q.order == FunnelOrder::Strict) {
            found = nextStrict(s, a, j, limit, brokenAt);
        } else {
            for (size_t x = lowerBound(s, a.times[size_t(j - 1)]); x < s.size() && s[x].time <= limit; ++x) {
                // Same-millisecond events may sit before the previous step's event.
                if ((s[x].steps >> j & 1u) && (!holding || s[x].hold == held) && !usedBefore(a, j, int(x))) {
                    found = int(x);
                    break;
                }
            }
        }
        if (found < 0)
            break;
        a.times[size_t(j)] = s[size_t(found)].time;
        a.events[size_t(j)] = found;
        a.reached = j + 1;
    }
    if (a.reached == m_k)
        a.completedAt = a.lastTime();
}

// Strict funnels: the next step is an event at the previous step's millisecond, or at the next
// instant at which the user did anything; any other event strictly between breaks the attempt.
int FunnelAttemptFinder::nextStrict(const std::vector<StreamEvent>& s, const Attempt& a, int step, qint64 limit,
                                    qint64& brokenAt) const
{
    const qint32 held = s[size_t(a.anchor)].hold;
    const bool holding = !m_q.hold.isEmpty();
    auto fills = [&](size_t x) {
        return (s[x].steps >> step & 1u) && (!holding || s[x].hold == held) && !usedBefore(a, step, int(x));
    };
    const qint64 previous = a.times[size_t(step - 1)];
    size_t x = lowerBound(s, previous);
    for (; x < s.size() && s[x].time == previous; ++x)
        if (fills(x))
            return int(x);
    if (x == s.size() || s[x].time > limit)
        return -1;
    const qint64 next = s[x].time;
    for (; x < s.size() && s[x].time == next; ++x)
        if (fills(x))
            return int(x);
    brokenAt = next;
    return -1;
}

void FunnelAttemptFinder::applyExclusions(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit,
                                          qint64 brokenAt) const
{
    qint64 poison = kNever;
    for (size_t k = 0; k < m_q.exclusions.size(); ++k) {
        const FunnelExclusion& e = m_q.exclusions[k];
        if (e.fromStep > a.reached)
            continue; // step a never happened: nothing to poison
        // Strictly between the attempt's step-a and step-b events; while it waits for step b,
        // up to its window's end, or to the instant a strict attempt broke.
        const qint64 lower = a.times[size_t(e.fromStep - 1)];
        const qint64 upper = e.toStep <= a.reached ? a.times[size_t(e.toStep - 1)] : std::min(limit, brokenAt) + 1;
        for (size_t x = lowerBound(s, lower + 1); x < s.size() && s[x].time < upper && s[x].time <= limit; ++x) {
            if (s[x].exclusions >> k & 1u) {
                poison = std::min(poison, s[x].time);
                break;
            }
        }
    }
    if (poison == kNever)
        return;
    a.poisoned = true;
    // It still reaches the step it was waiting for, and no step after it; a step event at the
    // poisoning instant came before it.
    for (int j = 1; j < a.reached; ++j) {
        if (a.times[size_t(j)] > poison) {
            a.reached = j + 1;
            break;
        }
    }
}

// Unordered: the step events from the anchor's millisecond up to the window's end, matched to
// distinct steps (each event counts for one). The matching grows event by event in time order, so
// times[j] is the instant the attempt had covered j + 1 steps.
void FunnelAttemptFinder::reachUnordered(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit) const
{
    const qint32 held = s[size_t(a.anchor)].hold;
    const bool holding = !m_q.hold.isEmpty();
    const quint32 inFunnel = m_k >= 32 ? ~0u : ((1u << m_k) - 1);
    // At most k events per distinct step mask: later ones can never cover more.
    std::vector<int> candidates{a.anchor};
    std::map<quint32, int> perMask{{s[size_t(a.anchor)].steps, 1}};
    for (size_t x = lowerBound(s, a.times[0]); x < s.size() && s[x].time <= limit; ++x) {
        if (int(x) == a.anchor || s[x].steps == 0 || (holding && s[x].hold != held))
            continue;
        if (int& n = perMask[s[x].steps]; n < m_k) {
            ++n;
            candidates.push_back(int(x));
        }
    }
    std::array<int, kMaxSteps> owner;
    owner.fill(-1);
    std::function<bool(int, quint32&)> augment = [&](int c, quint32& visited) {
        for (quint32 bits = s[size_t(candidates[size_t(c)])].steps & inFunnel & ~visited; bits; bits &= bits - 1) {
            const int j = __builtin_ctz(bits);
            if (visited >> j & 1u)
                continue;
            visited |= 1u << j;
            if (owner[size_t(j)] < 0 || augment(owner[size_t(j)], visited)) {
                owner[size_t(j)] = c;
                return true;
            }
        }
        return false;
    };
    int covered = 0;
    for (size_t c = 0; c < candidates.size() && covered < m_k; ++c) {
        quint32 visited = 0;
        if (!augment(int(c), visited))
            continue;
        a.times[size_t(covered)] = s[size_t(candidates[c])].time;
        a.events[size_t(covered)] = candidates[c];
        ++covered;
    }
    a.reached = std::max(covered, 1);
    if (covered == m_k)
        a.completedAt = a.times[size_t(m_k - 1)];
    if (m_q.exclusions.empty())
        return;
    // An exclusion after the first event and within the window wipes the attempt unless it had
    // covered every step by then (step events at the exclusion's millisecond count first).
    for (size_t x = lowerBound(s, a.times[0] + 1); x < s.size() && s[x].time <= limit; ++x) {
        if (s[x].exclusions == 0)
            continue;
        if (a.completedAt > s[x].time) {
            a.reached = 0;
            a.poisoned = true;
        }
        return;
    }
}

std::vector<Attempt> FunnelAttemptFinder::attempts(const std::vector<StreamEvent>& s, bool firstOnly) const
{
    std::vector<Attempt> out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!isAnchor(s[i]))
            continue;
        if (firstOnly && !out.empty() && s[i].time != s[size_t(out.front().anchor)].time)
            break;
        out.push_back(evaluate(s, int(i)));
    }
    return out;
}

std::vector<Attempt> FunnelAttemptFinder::totalAttempts(const std::vector<StreamEvent>& s,
                                                        const AttemptFilter& belongs) const
{
    std::vector<Attempt> out;
    qint64 endedAt = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < s.size(); ++i) {
        if (!isAnchor(s[i]) || s[i].time <= endedAt)
            continue;
        const qint64 start = s[i].time;
        Attempt best;
        bool any = false;
        for (; i < s.size() && s[i].time == start; ++i) {
            if (!isAnchor(s[i]))
                continue;
            const Attempt a = evaluate(s, int(i));
            if (belongs && !belongs(a))
                continue;
            if (!any || better(a, best))
                best = a;
            any = true;
        }
        --i;
        if (!any)
            continue;
        // An anchor at the instant the attempt ended belongs to it.
        endedAt = best.completedAt != kNever ? best.completedAt : start + m_q.windowMs;
        out.push_back(best);
    }
    return out;
}

// The best attempt of an ordered funnel in one pass (no exclusions, nothing held): slot j keeps
// the attempt with the most recent anchor that has reached step j + 1 so far, since a later
// anchor's window ends later and can use every event an older one still could. The first
// attempt to reach the furthest step wins; at the same instant, the most recent anchor.
// Events are fed in time order, those of one millisecond in step order.
class FunnelAttemptFinder::Scan {
public:
    explicit Scan(const FunnelAttemptFinder& finder) : m_finder(finder), m_slots(finder.m_slots)
    {
        m_slots.resize(size_t(finder.m_k));
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
            if (previous.reached == 0 || time > m_finder.limitFor(previous.times[0]))
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
        if ((steps & 1u) && m_finder.m_q.range.contains(time)) {
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
    const FunnelAttemptFinder& m_finder;
    std::vector<Attempt>& m_slots;
    Attempt m_best;
};

Attempt FunnelAttemptFinder::bestByScan(const std::vector<StreamEvent>& s) const
{
    Scan scan(*this);
    for (size_t i = 0; i < s.size(); ++i)
        scan.feed(s[i].time, s[i].steps, int(i));
    return scan.best();
}

} // namespace hc::analysis::funnel
