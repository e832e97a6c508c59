#pragma once

#include "app/cli/CliSession.h"
#include "core/analysis/EventMatcher.h"
#include "core/analysis/ReportingCalendar.h"
#include "core/analysis/Trend.h"
#include "core/analysis/TimeRange.h"
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

    // Adds --from and --to to the parser (call before CliSession::parse).
    static void addRangeOptions(QCommandLineParser& parser);
    // Adds --event, --any, --measure and --where, shared by trend and segment.
    static void addMeasureOptions(QCommandLineParser& parser);
    // Reads those options into the event and the measure; false after a usage error.
    static bool measureOptions(CliSession& session, analysis::EventSpec& event, analysis::TrendMeasure& measure,
                               QString& measureProperty, int& exitCode);
    // Opens, loads and parses; on false the command returns session.exitCode()-style code in `exitCode`.
    bool prepare(CliSession& session, int& exitCode);
    // For commands with no options of their own to check: parse the arguments, then prepare().
    bool parseAndPrepare(CliSession& session, const QStringList& args, int& exitCode);
    // Warns on stderr when an event name never occurs (it matches nothing, cli.md).
    void warnIfUnknown(CliSession& session, const analysis::EventSpec& spec) const;

    // An event argument with cli.md's escapes: `*` alone is any event.
    static analysis::EventSpec eventSpec(const QString& raw);
    // --event E or --any, exactly one of them.
    static bool eventOrAny(CliSession& session, analysis::EventSpec& spec, int& exitCode);
    // Every value of a repeatable condition option, parsed into `into`.
    static bool conditions(CliSession& session, const QString& option, std::vector<analysis::Condition>& into,
                           int& exitCode);
};

// A count as a JSON integer, a mean or ratio at full precision, "nothing" as null.
QJsonValue jsonNumber(const std::optional<double>& value, bool integer);

} // namespace hc::cli
