#pragma once

#include "core/dataset/Dataset.h"
#include "core/predict/ModelEvaluation.h"
#include "core/util/TaskContext.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace hc::predict {

enum class PredictionTarget { Churn, Conversion, Value };

struct PredictionQuery {
    PredictionTarget target = PredictionTarget::Churn;
    qint64 asOfMs = 0;                  // features as of this instant; scores look past it
    qint64 horizonMs = 14LL * 86400000; // churn: no event within it; conversion: the goal within it
    QString goal;                       // conversion's goal event
    int limit = 20;                     // users listed, highest score first
    quint64 seed = 1;                   // the held-out split
    double heldOutShare = 0.2;
    bool shuffleLabels = false; // for the leakage check: a model must then learn nothing
};

struct FeatureWeight {
    QString name;
    double weight = 0; // on the standardised feature
};

struct ScoredUser {
    QString user;
    double score = 0;    // churn or conversion probability, or next-period revenue
    QStringList drivers; // the features pushing this score up most, with the user's values
};

struct PredictionResult {
    QString method;
    int nTrain = 0;
    int nTest = 0;
    std::optional<double> auc;  // churn, conversion
    std::optional<double> rmse; // value
    double baseRate = 0;        // share of positives (value: mean) among training users
    std::vector<CalibrationBin> calibration;
    std::vector<FeatureWeight> topFeatures;
    std::vector<ScoredUser> users;
};

// Trains on features at (asOf - horizon) with labels from (asOf - horizon, asOf], so no event
// after a row's cut-off is in its features; reports AUC and calibration (RMSE for value) on a
// seeded held-out share of those users, then scores every user as of `asOf`. Churn and
// conversion: L2 logistic regression; value: ridge regression on the next horizon's revenue.
// Churn is trained on, and scores, users with an event in the 30 days before their cut-off.
Result<PredictionResult> predictUsers(const dataset::Dataset& data, const PredictionQuery& query,
                                      TaskContext& context = TaskContext::none());

} // namespace hc::predict
