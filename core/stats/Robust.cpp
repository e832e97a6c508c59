#include "core/stats/Robust.h"

#include "core/analysis/engine/Measure.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hc::stats {

double median(std::vector<double> values) { return analysis::quantile(values, 0.5); }

double medianAbsoluteDeviation(const std::vector<double>& values)
{
    const double m = median(values);
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.push_back(std::abs(v - m));
    return median(std::move(deviations));
}

std::vector<double> averageRanks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

} // namespace hc::stats
