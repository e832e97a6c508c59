#include "ui/DrillDown.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/query/EscapedText.h"
#include "ui/BreakdownSource.h"

namespace hc::ui {

std::optional<analysis::CohortDefinition> DrillDown::standaloneRule(const AnalysisScope& scope) const
{
    if (!userConditions.isEmpty())
        return std::nullopt;
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

Result<std::vector<char>> DrillDown::users(const dataset::Dataset& events, const dataset::Dataset& loaded,
                                           const analysis::ReportingCalendar& calendar,
                                           const QList<analysis::CohortDefinition>& cohorts, TaskContext& context) const
{
    auto members = analysis::cohortMembers(events, calendar, rule, context);
    if (!members.ok())
        return members.error();
    for (const QString& text : userConditions) {
        QString error;
        const auto condition = analysis::parseCondition(text, error);
        if (!condition)
            return makeError(Error::Code::Invalid, error);
        // Users keep their index through the filter, so flags found in either apply to both.
        const auto side = analysis::cohortConditionUsers(loaded, calendar, *condition, cohorts, context);
        if (!side.ok())
            return side.error();
        for (size_t u = 0; u < members.value().size(); ++u)
            members.value()[u] = char(members.value()[u] && side.value()[u]);
    }
    return members;
}

void DrillDown::requireValue(const QString& property, const QString& value)
{
    if (analysis::CohortBreakdown::isKey(property))
        userConditions.append(BreakdownSource::sideCondition(property, value));
    else
        rule.where.append(analysis::equalsCondition(property, value));
}

} // namespace hc::ui
