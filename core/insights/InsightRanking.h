#pragma once

#include "core/insights/InsightScan.h"

namespace hc::insights {

struct RankingOptions {
    double falseDiscoveryRate = 0.05;
    qint64 runLastDay = 0;   // recency counts back from here
    double halfLifeDays = 7; // a finding loses half its weight per week of age
    int totalScanned = 0;    // set by rankFindings: every hypothesis of the run
};

// Turns a run's scan into the ranked list: Benjamini-Hochberg over every p-value scanned (the
// findings' and the others'), q below the rate is significant and the rest "worth watching"
// (p below 0.05 but not after the correction); anomalies of one day and direction become one
// insight led by daily active users (or the largest), the others listed in its evidence;
// score = log10(1 + impact) x (1 - q) x recency, halved for findings worth watching; ties by id.
// Explanations end with what the correction allows them to claim.
std::vector<Insight> rankFindings(ScanResult scan, RankingOptions& options);

} // namespace hc::insights
