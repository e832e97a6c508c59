#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/analysis/engine/ActiveUsers.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QString>

#include <optional>
#include <vector>

namespace hc::analysis {

struct Kpi {
    enum class Unit { Count, Ratio, Seconds, Money };
    QString id;
    QString label;
    Unit unit = Unit::Count;
    std::optional<double> value;    // nullopt: a mean or ratio over nothing
    std::optional<double> previous; // the same measure over the previous range of equal length
    std::optional<double> change;   // (value - previous) / previous; nullopt when previous is 0 or missing
};

struct KpiQuery {
    TimeRange range;
    QString revenueProperty = QStringLiteral("revenue"); // summed for the revenue card
};

struct KpiSet {
    TimeRange range;
    TimeRange previousRange;
    std::vector<Kpi> kpis;
    std::vector<ActiveUsersDay> daily; // DAU, WAU and MAU of every day of the range (sparklines)
    std::vector<double> dailyEvents;   // events and revenue of every day of the range (sparklines)
    std::vector<double> dailyRevenue;
    std::vector<double> dailySessions;       // sessions starting on every day of the range
    std::vector<double> dailySessionSeconds; // their average length; NaN on a day without any
    const Kpi* find(const QString& id) const;
};

// The KPI cards of semantics.md ("Counting measures"): events, users, new and returning users,
// DAU (mean), WAU and MAU at the last day, stickiness, sessions, average session length, events
// per user and revenue (the numeric `revenue` property), each with the previous period.
Result<KpiSet> computeKpis(const dataset::Dataset& data, const KpiQuery& query, const ReportingCalendar& calendar,
                           TaskContext& context = TaskContext::none());

// A KPI value for people, in the current locale: counts with separators, stickiness as a
// percentage, other ratios with two decimals, durations and money; "—" for nothing.
// currency: the ISO code revenue is in (empty: a plain amount).
QString formatKpiValue(const Kpi& kpi, const std::optional<double>& value, const QString& currency = QString());

} // namespace hc::analysis
