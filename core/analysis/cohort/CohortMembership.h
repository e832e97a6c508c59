#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/cohort/CohortDefinition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QList>

#include <vector>

namespace hc::analysis {

// Per dataset user, 1 when the user is in the cohort: the definition applied to these events in
// this calendar (the range's days are local days).
Result<std::vector<char>> cohortMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                        const CohortDefinition& cohort, TaskContext& context);

// The members of the cohort called `name` among `cohorts`; an Invalid error when there is none.
Result<std::vector<char>> namedCohortMembers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                             const QList<CohortDefinition>& cohorts, const QString& name,
                                             TaskContext& context);

// The members' distinct ids in the dataset's user order.
QStringList cohortMemberIds(const dataset::Dataset& data, const std::vector<char>& members);

// `cohort=NAME` (several names: `cohort=A|B`, in any of them) and `cohort!=NAME` (in none): the
// users whose events the condition keeps, from the workspace's cohorts.
Result<std::vector<char>> cohortConditionUsers(const dataset::Dataset& data, const ReportingCalendar& calendar,
                                               const Condition& condition, const QList<CohortDefinition>& cohorts,
                                               TaskContext& context);

// The condition's property names the reserved `cohort`.
bool isCohortCondition(const Condition& condition);

} // namespace hc::analysis
