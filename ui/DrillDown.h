#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/cohort/CohortDefinition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"
#include "ui/AnalysisScope.h"

#include <optional>

namespace hc::ui {

// A click on a number asking the Events explorer for the users behind it: the rule that picks
// them, in words for the explorer's bar, and optionally the period the number covers.
// withinFilter: the rule leaves the filter bar out and is applied to the filtered events (every
// filter works, cohorts and any-of included); otherwise it is applied to all loaded events.
struct DrillDown {
    analysis::CohortDefinition rule;
    QString description;
    bool withinFilter = false;
    std::optional<analysis::TimeRange> period;
    // Conditions on users the drilled users also meet, resolved over all loaded events: the side
    // of a cohort breakdown (`cohort=NAME` or `cohort!=NAME`).
    QStringList userConditions = {};

    // Per user, 1 when drilled: the rule applied to `events` (the filtered ones when withinFilter),
    // and every user condition applied to `loaded` with the workspace's cohorts.
    Result<std::vector<char>> users(const dataset::Dataset& events, const dataset::Dataset& loaded,
                                    const analysis::ReportingCalendar& calendar,
                                    const QList<analysis::CohortDefinition>& cohorts, TaskContext& context) const;
    // Narrows the rule to events whose property has the value ("" when not set); for a cohort
    // breakdown's key, to that side's users.
    void requireValue(const QString& property, const QString& value);

    // The rule with the scope's filter folded in, so it can be kept as a cohort that follows new
    // data; nullopt when the filter cannot be written into this kind of rule (a cohort condition,
    // any-of conditions for a did-event rule, or conditions on users).
    std::optional<analysis::CohortDefinition> standaloneRule(const AnalysisScope& scope) const;
};

} // namespace hc::ui
