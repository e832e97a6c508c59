#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QStringList>

#include <vector>

namespace hc::insights {

enum class ChangeMetric { Dau, Events, Users, Conversion };

struct ChangeQuery {
    ChangeMetric metric = ChangeMetric::Dau;
    analysis::EventSpec goal;                    // conversion: the share of active users with this event
    analysis::EventSpec event{true, {}, {}, {}}; // events: which events count (any by default)
    // Local days of each side; the sides must not overlap. A side need not be contiguous (an
    // anomaly's day against the same weekday of earlier weeks).
    std::vector<qint64> currentDays;
    std::vector<qint64> previousDays;
    QStringList by; // properties to decompose over, each on its own
};

struct ChangeDriver {
    QString property;
    QString value; // "" for events (or users) without the property
    double before = 0;
    double after = 0;
    double mixEffect = 0;    // from the value's share changing
    double rateEffect = 0;   // from the value's own rate changing (counts: from the overall volume)
    double contribution = 0; // mix + rate; over one property's values they add up to the total change
};

struct ChangeDecomposition {
    QString metric;
    QString method = QStringLiteral("shapley_mix_rate");
    double before = 0;
    double after = 0;
    double totalChange = 0;
    qint64 n = 0;                      // users (or events) on both sides
    std::vector<ChangeDriver> drivers; // by |contribution|, largest first
};

// "Why did this change" (cli.md, why). Every unit of the metric belongs to exactly one value of
// each property, so the drivers add up exactly: a user-day (dau) or a user (users, conversion)
// takes the value of its first event on that day or side, an event its own. A count metric
// M = sum of c_v splits c_v = M * s_v into a mix effect (s1 - s0)(M0 + M1)/2 and a volume effect
// (M1 - M0)(s0 + s1)/2; conversion M = sum of s_v r_v into (s1 - s0)(r0 + r1)/2 and
// (r1 - r0)(s0 + s1)/2 (a value absent on one side takes the other side's rate). dau is the mean
// over each side's days. Invalid when a side is empty, the sides overlap, or a property or goal
// is unknown.
Result<ChangeDecomposition> decomposeChange(const dataset::Dataset& data, const analysis::ReportingCalendar& calendar,
                                            const ChangeQuery& query, TaskContext& context = TaskContext::none());

// Several dau or events decompositions in one pass over the events of their days (an insight run
// explains dozens of anomalies): each gives what decomposeChange gives for it alone. Invalid
// for users and conversion, whose units span days.
Result<std::vector<ChangeDecomposition>> decomposeDailyChanges(const dataset::Dataset& data,
                                                               const analysis::ReportingCalendar& calendar,
                                                               const std::vector<ChangeQuery>& queries,
                                                               TaskContext& context = TaskContext::none());

QString changeMetricName(ChangeMetric metric);
bool changeMetricFromName(const QString& name, ChangeMetric& metric);

} // namespace hc::insights
