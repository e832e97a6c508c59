#include "ui/DrillDown.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/cohort/CohortMembership.h"

namespace hc::ui {

std::optional<analysis::CohortDefinition> DrillDown::standaloneRule(const AnalysisScope& scope) const
{
    if (!withinFilter)
        return rule;
    const auto conditions = analysis::AnalysisSnapshotBuilder::parseFilterText(scope.filter);
    if (!conditions.ok())
        return std::nullopt;
    const QString group = scope.filterAny ? QStringLiteral("where-any") : QStringLiteral("where");
    analysis::CohortDefinition out = rule;
    for (const analysis::Condition& c : conditions.value()) {
        if (analysis::isCohortCondition(c))
            return std::nullopt;
        switch (rule.kind) {
        case analysis::CohortDefinition::Kind::DidEvent:
            if (scope.filterAny && conditions.value().size() > 1)
                return std::nullopt;
            out.where.append(c.text);
            break;
        case analysis::CohortDefinition::Kind::FunnelStep:
            out.funnel.add(group, c.text);
            break;
        case analysis::CohortDefinition::Kind::RetentionCell:
            out.retention.add(group, c.text);
            break;
        case analysis::CohortDefinition::Kind::UserList:
            break;
        }
    }
    return out;
}

} // namespace hc::ui
