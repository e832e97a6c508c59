#pragma once

#include "core/dataset/Dataset.h"
#include "core/store/WorkspaceSummary.h"

namespace hc::dataset {

// The summary's totals over the events (events, users, first and last day in the summary's zone,
// the most frequent events) taken from loaded columns: what loadWorkspaceSummary reads with a
// scan of the events table, in milliseconds instead of seconds. Users are the dataset's users,
// so with merged identities a person counts once, as in every analysis.
void addDatasetTotals(const Dataset& data, int topEventCount, store::WorkspaceSummary& summary);

} // namespace hc::dataset
