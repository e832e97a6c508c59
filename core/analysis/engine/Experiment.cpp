#include "core/analysis/engine/Experiment.h"

#include "core/analysis/engine/EngineInputs.h"

#include <algorithm>

namespace hc::analysis {

namespace {

// Exposed and converted users per variant for every goal at once: one pass over the users, the
// goals told apart by a matcher each. Variants do not depend on the goal.
Result<std::vector<ExperimentCounts>> countForGoals(const dataset::Dataset& data, const ExperimentQuery& q,
                                                    const std::vector<EventMatcher>& goals, TaskContext& context)
{
    auto exposure = EventMatcher::compile(data, q.exposure.value_or(EventSpec{true, QString(), {}, {}}));
    if (!exposure.ok())
        return exposure.error();
    auto global = EventMatcher::compile(data, EventSpec{true, QString(), q.where, {}});
    if (!global.ok())
        return global.error();
    auto variants = propertyGroups(data, q.variantProperty);
    if (!variants.ok())
        return variants.error();
    const PropertyGroups& g = variants.value();
    const QStringList& texts = g.texts;
    const auto& times = data.times();
    const bool filtered = global.value().hasConditions();
    const size_t goalCount = goals.size();
    std::vector<qint64> exposed(size_t(texts.size()), 0), converted(size_t(texts.size()) * goalCount, 0);
    std::vector<char> didConvert(goalCount);
    qint64 mixedUsers = 0;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        qint32 variant = -1;
        bool mixed = false;
        std::fill(didConvert.begin(), didConvert.end(), 0);
        const size_t end = data.userEnd(u);
        for (size_t i = data.userFirstAtOrAfter(u, q.range.startMs); i < end; ++i) {
            if (times[i] >= q.range.endMs)
                break;
            if (filtered && !global.value().conditionsHold(i))
                continue;
            if (const qint32 v = g.groupAt(i); v >= 0 && exposure.value().matches(i)) {
                if (variant < 0)
                    variant = v;
                else if (v != variant)
                    mixed = true;
            }
            // At or after the first exposure: an exposure event that is also the goal counts.
            if (variant >= 0)
                for (size_t k = 0; k < goalCount; ++k)
                    if (!didConvert[k] && goals[k].matches(i))
                        didConvert[k] = 1;
        }
        if (variant < 0)
            continue;
        ++exposed[size_t(variant)];
        for (size_t k = 0; k < goalCount; ++k)
            converted[size_t(variant) * goalCount + k] += didConvert[k];
        mixedUsers += mixed ? 1 : 0;
    }
    std::vector<ExperimentCounts> out(goalCount);
    for (size_t k = 0; k < goalCount; ++k) {
        out[k].mixed = mixedUsers;
        for (qsizetype v = 0; v < texts.size(); ++v)
            if (exposed[size_t(v)] > 0)
                out[k].variants.push_back(
                    stats::VariantCounts{texts[v], exposed[size_t(v)], converted[size_t(v) * goalCount + k]});
        std::sort(out[k].variants.begin(), out[k].variants.end(), [](const auto& a, const auto& b) {
            return a.exposed != b.exposed ? a.exposed > b.exposed : a.value < b.value;
        });
    }
    return out;
}

} // namespace

Result<ExperimentCounts> computeExperimentCounts(const dataset::Dataset& data, const ExperimentQuery& q,
                                                 const ReportingCalendar&, TaskContext& context)
{
    auto goal = compileGoal(data, q.goal);
    if (!goal.ok())
        return goal.error();
    auto counts = countForGoals(data, q, {goal.value()}, context);
    if (!counts.ok())
        return counts.error();
    return counts.value().front();
}

Result<std::vector<ExperimentCounts>> computeExperimentCountsPerGoal(const dataset::Dataset& data,
                                                                     const ExperimentQuery& q,
                                                                     const std::vector<EventSpec>& goals,
                                                                     const ReportingCalendar&, TaskContext& context)
{
    std::vector<EventMatcher> matchers;
    for (const EventSpec& spec : goals) {
        auto goal = compileGoal(data, spec);
        if (!goal.ok())
            return goal.error();
        matchers.push_back(goal.value());
    }
    return countForGoals(data, q, matchers, context);
}

} // namespace hc::analysis
