#pragma once

#include "core/analysis/engine/Funnel.h"

namespace hc::analysis {

struct FunnelCorrelationFactor {
    QString kind; // "event" or "property"
    QString name;
    QString value;        // the property's value ("" for events)
    double oddsRatio = 1; // odds of converting with the factor over without it
    double low95 = 1;     // 95% interval of the odds ratio (log scale, Woolf)
    double high95 = 1;
    double pValue = 1;
    qint64 successCount = 0; // converted users with the factor
    qint64 failureCount = 0; // entered, not converted, with the factor
};

struct FunnelCorrelationResult {
    QString method = QStringLiteral("odds_ratio_haldane");
    qint64 n = 0;         // users who entered the funnel
    qint64 converted = 0; // of those, reached the last step
    QString note;
    std::vector<FunnelCorrelationFactor> factors; // by p-value, then by odds ratio's distance from 1
};

// Which events (done in the range, other than the steps) and which values of `properties` (on the
// user's first step-1 event in the range) go with converting more or less often, among the users
// who entered the funnel: a 2x2 table per factor, odds ratio with the Haldane correction (0.5
// added to every cell when one is 0), Woolf's 95% interval and the z-test p-value on the log odds
// ratio. Factors held by fewer than `minUsers` users are left out. Correlation, not causation:
// the result says so.
Result<FunnelCorrelationResult> correlateFunnel(const dataset::Dataset& data, const FunnelQuery& query,
                                                const QStringList& properties, const ReportingCalendar& calendar,
                                                int minUsers = 5, TaskContext& context = TaskContext::none());

} // namespace hc::analysis
