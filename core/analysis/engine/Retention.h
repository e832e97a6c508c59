#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <vector>

namespace hc::analysis {

enum class RetentionMode { FirstTime, Recurring, FirstEver };
enum class RetentionBracket { On, OnOrAfter };
enum class RetentionScope { StartEvent, AllEvents };

struct RetentionQuery {
    EventSpec start;
    EventSpec returning;
    std::vector<Condition> where;    // on every event
    std::vector<Condition> whereAny; // on every event: at least one must hold
    RetentionMode mode = RetentionMode::FirstTime;
    Interval period = Interval::Day;
    int periods = 8; // columns, period 0 included
    RetentionBracket bracket = RetentionBracket::On;
    int minOccurrences = 1;
    RetentionScope scope = RetentionScope::StartEvent;
    bool rolling = false;
    QString breakdown;
    TimeRange range;
};

struct RetentionCohort {
    QString start; // label of the cohort period
    qint64 size = 0;
    std::vector<qint64> retained; // exactly `periods` entries; retained[0] == size
    std::vector<bool> complete;
};

struct RetentionTable {
    std::vector<RetentionCohort> cohorts;
    // Share retained per column, weighted by cohort size over complete cells; nullopt: no complete cell.
    std::vector<std::optional<double>> average;
};

struct RetentionBreakdownRow {
    QString value;
    RetentionTable table;
};

struct RetentionResult {
    RetentionTable overall;
    std::vector<RetentionBreakdownRow> breakdown;
};

// Retention cohorts of semantics.md ("Retention"): first_time, recurring and first_ever cohorts;
// "on" and "on or after" brackets with a minimum number of returns; calendar or rolling buckets;
// completeness against the day of the latest event; a breakdown where returns must carry the
// start event's value.
Result<RetentionResult> computeRetention(const dataset::Dataset& data, const RetentionQuery& query,
                                         const ReportingCalendar& calendar, TaskContext& context = TaskContext::none());

// Per dataset user, 1 when the user counts in one cell of the overall table: the cohort whose
// row period's label (cli.md "start") is cohortStart, in column `column` (0: the cohort itself).
Result<std::vector<char>> retentionCellUsers(const dataset::Dataset& data, const RetentionQuery& query,
                                             const ReportingCalendar& calendar, const QString& cohortStart, int column,
                                             TaskContext& context = TaskContext::none());

} // namespace hc::analysis
