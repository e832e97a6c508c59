#pragma once

#include "core/analysis/query/Condition.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <memory>

namespace hc::analysis {

// The dataset with only the events that pass the conditions (all of them, or with anyOf at least
// one): the workbench's filter bar applies to every view this way. Users, names and settings stay
// the same; property columns are the parent's, picked for the kept events when first asked for.
// With no conditions the dataset itself comes back.
Result<std::shared_ptr<const dataset::Dataset>> filterEvents(const std::shared_ptr<const dataset::Dataset>& data,
                                                             const std::vector<Condition>& conditions, bool anyOf,
                                                             TaskContext& context);

} // namespace hc::analysis
