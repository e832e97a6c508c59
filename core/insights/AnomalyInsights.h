#pragma once

#include "core/insights/InsightScan.h"

namespace hc::insights {

// Anomalies of daily active users and of each frequent event's daily volume on the run's days
// (the seasonal detector of semantics.md, |z| >= 3), each explained by the property value that
// moved most against the same weekday of the previous weeks. Every judged day of every series
// is a hypothesis; p comes from Student's t with 6 degrees of freedom, a conservative reading of
// z, since sigma is a robust estimate from a few weeks.
Result<ScanResult> scanAnomalies(const InsightScan& scan);

} // namespace hc::insights
