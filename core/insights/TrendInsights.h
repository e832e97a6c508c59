#pragma once

#include "core/insights/InsightScan.h"

namespace hc::insights {

// Sustained rises (success) and declines (risk) of daily active users and each frequent event's
// volume over the last four weeks (or the run's period when longer): Mann-Kendall with Sen's
// slope on the daily values less their weekday means, so the weekly rhythm is not read as trend.
Result<ScanResult> scanTrends(const InsightScan& scan);

} // namespace hc::insights
