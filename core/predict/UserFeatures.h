#pragma once

#include "core/dataset/Dataset.h"
#include "core/util/TaskContext.h"

#include <QStringList>

#include <Eigen/Dense>
#include <vector>

namespace hc::predict {

// One row per user seen before the cut-off, one column per feature, all computed from events
// strictly before `asOfMs` (nothing after the cut-off can leak in):
//   recency_days, tenure_days, events_30d, active_days_30d, sessions_30d (30-minute gaps),
//   revenue_30d (the numeric `revenue` property), share:<event> for the eight most frequent event
//   names (of the user's last-30-day events), and plan:<value> / platform:<value> for the user's
//   latest value of those properties (the most common values only; absent properties add none).
struct FeatureTable {
    qint64 asOfMs = 0;
    std::vector<int> users; // dataset user indexes, the rows
    QStringList names;      // the columns
    Eigen::MatrixXd values;
};

struct FeatureSchema {
    std::vector<qint32> mixNames; // event-name indexes of the share:<event> features
    QStringList plans;            // plan:<value> columns
    QStringList platforms;
};

// The columns every table of one model shares (chosen from the data, not from one cut-off).
FeatureSchema featureSchema(const dataset::Dataset& data);

Result<FeatureTable> buildUserFeatures(const dataset::Dataset& data, const FeatureSchema& schema, qint64 asOfMs,
                                       TaskContext& context = TaskContext::none());

// Per row of `table`: 1 when the user has an event (goal < 0) or a goal event (goal = name index)
// in [asOf, asOf + horizon), else 0.
std::vector<double> activityLabels(const dataset::Dataset& data, const FeatureTable& table, qint64 horizonMs,
                                   qint32 goal = -1);
// Per row: the sum of the numeric `revenue` property in [asOf, asOf + horizon).
std::vector<double> revenueLabels(const dataset::Dataset& data, const FeatureTable& table, qint64 horizonMs);

} // namespace hc::predict
