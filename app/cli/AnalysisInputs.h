#pragma once

#include "app/cli/CliSession.h"
#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/dataset/Dataset.h"

#include <QJsonValue>

#include <memory>
#include <optional>

namespace hc::cli {

// What every analysis command starts from: the workspace, its dataset snapshot read with the
// effective settings (--tz, --week-start), the calendar and the --from/--to range.
struct AnalysisInputs {
    std::shared_ptr<const dataset::Dataset> data;
    std::shared_ptr<const analysis::ReportingCalendar> calendar;
    analysis::TimeRange range;
    // Set before prepare(): read the workspace's property keys too, and filter every event.
    bool readPropertyKeys = false;
    std::vector<analysis::Condition> filter;
    QStringList breakdowns; // a `cohort:NAME` among them adds that cohort's membership (CohortBreakdown)
    QStringList propertyKeys;

    // Adds --from and --to to the parser (call before CliSession::parse).
    static void addRangeOptions(QCommandLineParser& parser);
    // --where COND (repeatable): conditions on the events a command reads.
    static const QList<analysis::OptionSpec>& whereSpecs();
    // Opens, loads and parses; on false the command returns session.exitCode()-style code in `exitCode`.
    // Without `rangeRequired`, a missing --from/--to leaves `range` empty (startMs == endMs).
    bool prepare(CliSession& session, int& exitCode, bool rangeRequired = true);
    // For commands with no options of their own to check: parse the arguments, then prepare().
    bool parseAndPrepare(CliSession& session, const QStringList& args, int& exitCode);
    // prepare(), then the funnel's range and a warning for each step that never occurs.
    bool prepareFunnel(CliSession& session, analysis::FunnelQuery& query, int& exitCode);
    // Moves `cohort=…` out of a query's own --where into the global filter, where cohorts resolve
    // (call before prepare()).
    void takeCohortConditions(std::vector<analysis::Condition>& where);
    // Warns on stderr when an event name never occurs (it matches nothing, cli.md).
    void warnIfUnknown(CliSession& session, const analysis::EventSpec& spec) const;
};

// A count as a JSON integer, a mean or ratio at full precision, "nothing" as null.
QJsonValue jsonNumber(const std::optional<double>& value, bool integer);

} // namespace hc::cli
