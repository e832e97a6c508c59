#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/TaskContext.h"

#include <optional>
#include <vector>

namespace hc::analysis {

enum class FunnelOrder { Ordered, Strict, Unordered };
enum class FunnelAttempts { Best, First };
enum class FunnelRangeScope { FirstStep, AllSteps };
enum class FunnelCounting { Uniques, Totals };
enum class FunnelAttribution { Step1, FirstTouch, LastTouch, AllEvents, StepN };

// Exclusion step: `event` between steps fromStep and toStep (1-based, fromStep < toStep).
struct FunnelExclusion {
    EventSpec event;
    int fromStep = 1;
    int toStep = 2;
};

struct FunnelQuery {
    static constexpr int kMaxSteps = 32;
    static constexpr qint64 kMinWindowMs = 1000;
    static constexpr qint64 kMaxWindowMs = 366LL * 86400000;

    std::vector<EventSpec> steps;
    std::vector<Condition> where;    // global filters: on every event, before steps are matched
    std::vector<Condition> whereAny; // global filters of which at least one must hold
    qint64 windowMs = 7LL * 86400000;
    FunnelOrder order = FunnelOrder::Ordered;
    FunnelAttempts attempts = FunnelAttempts::Best;
    FunnelRangeScope rangeScope = FunnelRangeScope::FirstStep;
    FunnelCounting counting = FunnelCounting::Uniques;
    std::vector<FunnelExclusion> exclusions;
    QString hold;      // hold this property constant across an attempt's steps
    QString breakdown; // empty: no breakdown
    FunnelAttribution attribution = FunnelAttribution::Step1;
    int attributionStep = 1; // for StepN
    TimeRange range;
    // Conversion over time: the funnel per entry period (the period of each attempt's first
    // step); needs a calendar. Uniques only.
    std::optional<Interval> overTime;
    // Keep each user's result (the step their counted attempt reached) in FunnelResult::reachedByUser.
    bool keepUserResults = false;
};

// Conversions whose time from the previous step is below upToSeconds (and at or above the
// previous bucket's bound); nullopt: the open last bucket.
struct ConversionTimeBucket {
    std::optional<qint64> upToSeconds;
    qint64 count = 0;
};

struct FunnelStep {
    QString event;
    qint64 count = 0;
    double conversionFromStart = 0;
    double conversionFromPrevious = 0;
    std::optional<double> medianSecondsFromPrevious;
    std::optional<double> meanSecondsFromPrevious;
    std::vector<double> secondsFromPrevious; // every conversion's time
    // The histogram of those times: < 1 min, 5 min, 15 min, 1 h, 6 h, 1 day, 3 days, 7 days,
    // and longer; empty when nobody converted to this step.
    std::vector<ConversionTimeBucket> timeToConvert;
};

struct FunnelBreakdownRow {
    QString value; // "" is the missing value
    std::vector<qint64> counts;
};

struct FunnelOverTimeRow {
    Period period;
    std::vector<qint64> counts;
};

struct FunnelResult {
    std::vector<FunnelStep> steps;
    std::vector<FunnelBreakdownRow> breakdown;
    std::vector<FunnelOverTimeRow> overTime;
    // With keepUserResults (uniques): per dataset user, the steps reached (0: not counted).
    std::vector<qint8> reachedByUser;
};

// Funnels as semantics.md defines them ("Funnels"): ordered, strict and unordered; best or first
// attempts; range scope; uniques or totals; exclusion steps; hold a property constant; breakdown
// with step1, first_touch, last_touch, all_events and step:N attribution.
Result<FunnelResult> computeFunnel(const dataset::Dataset& data, const FunnelQuery& query,
                                   const ReportingCalendar& calendar, TaskContext& context = TaskContext::none());

// The bounds every funnel must keep (steps, window, exclusions, attribution), for the CLI, the
// funnel editor and the engine alike; Error::Code::Invalid with a message for people.
Status validateFunnelQuery(const FunnelQuery& query);

} // namespace hc::analysis
