#pragma once

#include <vector>

// Order statistics the detectors share.
namespace hc::stats {

// Takes a copy: the callers keep their order.
double median(std::vector<double> values);
// Median absolute deviation from the median (unscaled).
double medianAbsoluteDeviation(const std::vector<double>& values);
// Ranks from 1, ties given their average rank (for Spearman).
std::vector<double> averageRanks(const std::vector<double>& values);

} // namespace hc::stats
