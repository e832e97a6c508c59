#pragma once

#include "core/analysis/engine/Retention.h"
#include "core/analysis/query/QueryOptions.h"

namespace hc::analysis {

// The retention vocabulary (cli.md "retention"): start and return events with their conditions,
// mode, period, periods, bracket, minimum returns, range scope, breakdown and buckets.
class RetentionOptions {
public:
    static const QList<OptionSpec>& specs();
    static Result<RetentionQuery> parse(const QueryOptions& options);
    static QueryOptions toOptions(const RetentionQuery& query);
    static QString modeName(RetentionMode mode);
};

} // namespace hc::analysis
