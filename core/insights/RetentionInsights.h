#pragma once

#include "core/insights/InsightScan.h"

namespace hc::insights {

// First-week retention of new users (an event on any of the 7 days after the first day):
// - risk / success: the latest complete cohorts against the ones before, overall and per
//   segment (the value of the user's first event);
// - opportunity: segments whose new users retain markedly better than the rest, and events that
//   new users who retain do on their first day (with the causation caveat and the experiment that
//   would test it).
// Two-proportion z-tests; groups below 100 users are not tested.
Result<ScanResult> scanRetention(const InsightScan& scan);

} // namespace hc::insights
