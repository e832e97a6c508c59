#include "core/stats/MultipleTesting.h"

#include <algorithm>
#include <numeric>

namespace hc::stats {

std::vector<double> benjaminiHochberg(const std::vector<double>& pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    // Ascending p; ties keep input order so the result does not depend on the sort.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> q(m, 1.0);
    double running = 1.0;
    for (size_t rank = m; rank-- > 0;) {
        const size_t i = order[rank];
        running = std::min(running, pValues[i] * double(m) / double(rank + 1));
        q[i] = std::min(1.0, running);
    }
    return q;
}

} // namespace hc::stats
