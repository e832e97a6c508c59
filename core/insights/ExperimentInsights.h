#pragma once

#include "core/insights/InsightScan.h"

namespace hc::insights {

// Experiments found by their property's name (exp_…, …experiment…, …variant…, ab_…) with 2 to 6
// values, over the history window: a sample-ratio mismatch (risk), and each variant against the
// control on each goal event that some but not most exposed users reach: a winner (success) or a
// loser (risk), with what to do next. Goals are the events that make up less than 5% of all
// events (conversions, not the everyday ones).
Result<ScanResult> scanExperiments(const InsightScan& scan);

// Whether a property's name marks it as an experiment's variant.
bool looksLikeExperiment(const QString& property);

} // namespace hc::insights
