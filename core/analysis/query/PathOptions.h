#pragma once

#include "core/analysis/engine/Paths.h"
#include "core/analysis/query/QueryOptions.h"

namespace hc::analysis {

// The paths vocabulary (cli.md "paths"): --anchor, --direction, --steps and --top.
class PathOptions {
public:
    static const QList<OptionSpec>& specs();
    static Result<PathQuery> parse(const QueryOptions& options);
    static QueryOptions toOptions(const PathQuery& query);
};

} // namespace hc::analysis
