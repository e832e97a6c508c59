#pragma once

#include "core/analysis/engine/Funnel.h"

#include <array>
#include <functional>
#include <limits>
#include <vector>

// The attempts of one user's funnel, as semantics.md ("Funnels") defines them: how an attempt
// reaches its steps (ordered, strict, unordered), what poisons it, and which attempts count
// (best, first, totals).
namespace hc::analysis::funnel {

constexpr int kMaxSteps = FunnelQuery::kMaxSteps;
constexpr qint32 kMissingGroup = -1;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

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
    // The instant the attempt reached its last step, poisoned or not (kNever if it did not):
    // where a totals attempt ends.
    qint64 completedAt = kNever;
    // Only the first `reached` entries are meaningful; left uninitialised, since attempts are
    // made per anchor in the hot loop. Unordered: times[j] is the instant j + 1 steps were covered.
    std::array<qint64, kMaxSteps> times;
    std::array<int, kMaxSteps> events;
    qint64 lastTime() const { return times[size_t(reached - 1)]; }
    // Copies only the steps in use: attempts are copied in the hot loop and most of the arrays
    // are unused.
    void assign(const Attempt& other);
};

// Better attempt for "best": furthest, then clean over poisoned, then the one that got there
// first, then the most recent anchor (semantics.md).
bool better(const Attempt& a, const Attempt& b);

// Events of one millisecond count in step order (semantics.md): within such a group, events of
// earlier steps come first, and of those, the ones that could serve fewer steps (so a `*` step
// takes a plain event and leaves one that a later named step needs).
void orderSameMillisecond(std::vector<StreamEvent>& stream);

// Whether an attempt belongs to the series being counted (a breakdown value); empty: all do.
using AttemptFilter = std::function<bool(const Attempt&)>;

class FunnelAttemptFinder {
public:
    FunnelAttemptFinder(const FunnelQuery& query, int steps);

    // The attempt started by the event at `anchor`.
    Attempt evaluate(const std::vector<StreamEvent>& s, int anchor) const;
    // Whether an event may start an attempt: an S1 (unordered: any step event) inside the range.
    bool isAnchor(const StreamEvent& e) const;
    // Uniques: one attempt per anchor, or with `firstOnly` those of the first anchor's millisecond.
    std::vector<Attempt> attempts(const std::vector<StreamEvent>& s, bool firstOnly) const;
    // Totals: the attempts in sequence, each starting strictly after the previous one ended (it
    // reached the last step, or its window expired); of several anchors at one millisecond the
    // best attempt. Only attempts the filter accepts take part in the sequence.
    std::vector<Attempt> totalAttempts(const std::vector<StreamEvent>& s, const AttemptFilter& belongs = {}) const;
    // The best attempt of an ordered funnel without exclusions or a held property, in one pass.
    Attempt bestByScan(const std::vector<StreamEvent>& s) const;

private:
    class Scan;
    qint64 limitFor(qint64 anchorTime) const;
    void reachOrdered(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit, qint64& brokenAt) const;
    int nextStrict(const std::vector<StreamEvent>& s, const Attempt& a, int step, qint64 limit, qint64& brokenAt) const;
    void applyExclusions(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit, qint64 brokenAt) const;
    void reachUnordered(const std::vector<StreamEvent>& s, Attempt& a, qint64 limit) const;

    const FunnelQuery& m_q;
    int m_k;
    mutable std::vector<Attempt> m_slots; // scratch for bestByScan, reused across users
};

} // namespace hc::analysis::funnel
