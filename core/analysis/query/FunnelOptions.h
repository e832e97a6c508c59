#pragma once

#include "core/analysis/engine/Funnel.h"
#include "core/analysis/query/QueryOptions.h"

namespace hc::analysis {

// The funnel's vocabulary in one place (cli.md "funnel"): option names, `A,B,C` steps, `N:COND`,
// `E:A:B`, `step:N`, durations, and the bounds of FunnelQuery. The CLI, the funnel editor and the
// tests build their queries through it.
class FunnelOptions {
public:
    static const QList<OptionSpec>& specs();
    // Every option checked; the range is left for the caller (it needs the calendar).
    static Result<FunnelQuery> parse(const QueryOptions& options);
    // The options that parse back to this query (range aside).
    static QueryOptions toOptions(const FunnelQuery& query);

    static QString orderName(FunnelOrder order);
    static QString attributionName(FunnelAttribution attribution, int step);
    // 30m, 1h, 7d or plain seconds: the shortest exact form.
    static QString durationText(qint64 ms);
};

} // namespace hc::analysis
