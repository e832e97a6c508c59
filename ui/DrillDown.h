#pragma once

#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/cohort/CohortDefinition.h"
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

    // The rule with the scope's filter folded in, so it can be kept as a cohort that follows new
    // data; nullopt when the filter cannot be written into this kind of rule (a cohort condition,
    // or any-of conditions for a did-event rule).
    std::optional<analysis::CohortDefinition> standaloneRule(const AnalysisScope& scope) const;
};

} // namespace hc::ui
