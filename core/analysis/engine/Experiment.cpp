#include "core/analysis/engine/Experiment.h"

#include "core/analysis/engine/EngineInputs.h"

#include <algorithm>

namespace hc::analysis {

Result<ExperimentCounts> computeExperimentCounts(const dataset::Dataset& data, const ExperimentQuery& q,
                                                 const ReportingCalendar&, TaskContext& context)
{
    auto goal = compileGoal(data, q.goal);
    if (!goal.ok())
        return goal.error();
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
    std::vector<qint64> exposed(size_t(texts.size()), 0), converted(size_t(texts.size()), 0);
    ExperimentCounts out;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        qint32 variant = -1;
        bool mixed = false, didConvert = false;
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
            if (variant >= 0 && !didConvert && goal.value().matches(i))
                didConvert = true;
        }
        if (variant < 0)
            continue;
        ++exposed[size_t(variant)];
        converted[size_t(variant)] += didConvert ? 1 : 0;
        out.mixed += mixed ? 1 : 0;
    }
    for (qsizetype v = 0; v < texts.size(); ++v)
        if (exposed[size_t(v)] > 0)
            out.variants.push_back(stats::VariantCounts{texts[v], exposed[size_t(v)], converted[size_t(v)]});
    std::sort(out.variants.begin(), out.variants.end(), [](const auto& a, const auto& b) {
        return a.exposed != b.exposed ? a.exposed > b.exposed : a.value < b.value;
    });
    return out;
}

} // namespace hc::analysis
