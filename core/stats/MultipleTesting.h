#pragma once

#include <vector>

namespace hc::stats {

// Benjamini-Hochberg adjusted p-values (q-values), in the input's order: a finding with q below
// the chosen false discovery rate is significant among everything scanned with it.
std::vector<double> benjaminiHochberg(const std::vector<double>& pValues);

} // namespace hc::stats
