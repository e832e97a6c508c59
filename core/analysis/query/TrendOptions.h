#pragma once

#include "core/analysis/engine/Trend.h"
#include "core/analysis/query/QueryOptions.h"

namespace hc::analysis {

// The trend's vocabulary (cli.md "trend"): the measured event and measure, shared with segments,
// then interval, breakdown, top, rolling, cumulative and compare.
class TrendOptions {
public:
    // --event, --any, --measure, --where, --where-any.
    static const QList<OptionSpec>& measureSpecs();
    static Status parseMeasure(const QueryOptions& options, EventSpec& event, TrendMeasure& measure,
                               QString& measureProperty);
    static QString measureName(TrendMeasure measure, const QString& property);

    static const QList<OptionSpec>& specs(); // measureSpecs() and the trend's own
    static Result<TrendQuery> parse(const QueryOptions& options);
    static QueryOptions toOptions(const TrendQuery& query);
    // The measure options of an event spec and measure (for trend and segment alike).
    static void addMeasure(QueryOptions& options, const EventSpec& event, TrendMeasure measure,
                           const QString& measureProperty);
};

} // namespace hc::analysis
