#pragma once

#include "core/analysis/query/Condition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <memory>

namespace hc::analysis {

// The dataset with only the events that pass the conditions (all of them, or with anyOf at least
// one): the workbench's filter bar applies to every view this way. Users, names and settings stay
// the same; property columns are the parent's, picked for the kept events when first asked for.
// With no conditions the dataset itself comes back. Each of userConditions (a flag per user, as
// `cohort=NAME` resolves) is one more condition, holding for the events of the flagged users.
Result<std::shared_ptr<const dataset::Dataset>> filterEvents(const std::shared_ptr<const dataset::Dataset>& data,
                                                             const std::vector<Condition>& conditions, bool anyOf,
                                                             TaskContext& context,
                                                             const std::vector<std::vector<char>>& userConditions = {});

} // namespace hc::analysis
