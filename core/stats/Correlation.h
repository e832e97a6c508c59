#pragma once

#include "core/util/Result.h"

#include <vector>

namespace hc::stats {

enum class CorrelationMethod { Pearson, Spearman };

struct CorrelationResult {
    int lag = 0; // y is read `lag` periods after x (negative: before)
    int n = 0;   // pairs
    double r = 0;
    double pValue = 1; // two-sided, t with n - 2 degrees of freedom
};

// The correlation of x[t] with y[t + lag] over the pairs both series have. Invalid with fewer
// than 3 pairs or when either side is constant over them.
Result<CorrelationResult> correlate(const std::vector<double>& x, const std::vector<double>& y,
                                    CorrelationMethod method, int lag);

} // namespace hc::stats
