#pragma once

#include "core/analysis/engine/Segmentation.h"
#include "core/analysis/query/QueryOptions.h"

namespace hc::analysis {

// The segment vocabulary (cli.md "segment"): the trend's measure options, --by, --by2 and --top.
class SegmentOptions {
public:
    static const QList<OptionSpec>& specs();
    static Result<SegmentQuery> parse(const QueryOptions& options);
    static QueryOptions toOptions(const SegmentQuery& query);
};

} // namespace hc::analysis
