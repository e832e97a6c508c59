#include "core/predict/UserPrediction.h"

#include "core/analysis/engine/EngineInputs.h"
#include "core/predict/LogisticModel.h"
#include "core/predict/RidgeModel.h"
#include "core/predict/UserFeatures.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <random>

namespace hc::predict {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::predict::UserPrediction", text); }

constexpr int kMinTrainingUsers = 50;
constexpr int kTopFeatures = 8;
constexpr int kDrivers = 3;
constexpr Eigen::Index kEvents30dColumn = 2; // see UserFeatures.h

Eigen::MatrixXd rowsOf(const Eigen::MatrixXd& x, const std::vector<Eigen::Index>& rows)
{
    Eigen::MatrixXd out(Eigen::Index(rows.size()), x.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = x.row(rows[i]);
    return out;
}

Eigen::VectorXd valuesOf(const std::vector<double>& y, const std::vector<Eigen::Index>& rows)
{
    Eigen::VectorXd out(Eigen::Index(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        out(Eigen::Index(i)) = y[size_t(rows[i])];
    return out;
}

std::vector<double> asVector(const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); }

// The features pushing a user's score up most, with the user's own values.
QStringList drivers(const FeatureTable& table, const Eigen::MatrixXd& contributions, Eigen::Index row)
{
    std::vector<Eigen::Index> order(size_t(contributions.cols()));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::sort(order.begin(), order.end(),
              [&](Eigen::Index a, Eigen::Index b) { return contributions(row, a) > contributions(row, b); });
    QStringList out;
    const QLocale c = QLocale::c();
    for (Eigen::Index j : order) {
        if (out.size() == kDrivers || contributions(row, j) <= 0)
            break;
        out << QStringLiteral("%1 = %2").arg(table.names[qsizetype(j)], c.toString(table.values(row, j), 'g', 4));
    }
    return out;
}

// Churn is asked of users still active: those with an event in the 30 days before the cut-off
// (one long gone has churned already and would only teach the model that recency is high).
bool isCandidate(const PredictionQuery& q, const FeatureTable& table, Eigen::Index row)
{
    return q.target != PredictionTarget::Churn || table.values(row, kEvents30dColumn) > 0;
}

QString methodName(PredictionTarget t)
{
    return t == PredictionTarget::Value ? QStringLiteral("ridge_regression") : QStringLiteral("logistic_regression_l2");
}

} // namespace

Result<PredictionResult> predictUsers(const dataset::Dataset& data, const PredictionQuery& q, TaskContext& context)
{
    qint32 goal = -1;
    if (q.target == PredictionTarget::Conversion) {
        if (auto known = analysis::compileGoal(data, analysis::EventSpec{false, q.goal, {}, {}}); !known.ok())
            return known.error();
        goal = qint32(data.nameIndex(q.goal));
    }
    const qint64 trainCut = q.asOfMs - q.horizonMs;
    if (data.isEmpty() || trainCut <= data.firstTimeMs())
        return makeError(Error::Code::Invalid,
                         tr("Training needs events before the as-of date minus the horizon; pick a later --as-of or a "
                            "shorter --horizon."));
    const FeatureSchema schema = featureSchema(data);
    auto train = buildUserFeatures(data, schema, trainCut, context);
    if (!train.ok())
        return train.error();
    std::vector<double> y = q.target == PredictionTarget::Value
                                ? revenueLabels(data, train.value(), q.horizonMs)
                                : activityLabels(data, train.value(), q.horizonMs, goal);
    if (q.target == PredictionTarget::Churn)
        for (double& label : y)
            label = 1.0 - label; // churned: no event within the horizon
    std::mt19937_64 rng(q.seed);
    if (q.shuffleLabels)
        std::shuffle(y.begin(), y.end(), rng);
    std::vector<Eigen::Index> fitRows, testRows;
    std::bernoulli_distribution heldOut(q.heldOutShare);
    for (size_t i = 0; i < y.size(); ++i)
        if (isCandidate(q, train.value(), Eigen::Index(i)))
            (heldOut(rng) ? testRows : fitRows).push_back(Eigen::Index(i));
    if (int(fitRows.size()) < kMinTrainingUsers || testRows.empty())
        return makeError(Error::Code::Invalid,
                         tr("Only %1 users were active before the training cut-off; a model needs at least %2.")
                             .arg(y.size())
                             .arg(kMinTrainingUsers));
    const Eigen::MatrixXd& x = train.value().values;
    PredictionResult r;
    r.method = methodName(q.target);
    r.nTrain = int(fitRows.size());
    r.nTest = int(testRows.size());
    r.baseRate = valuesOf(y, fitRows).mean();
    const std::vector<double> testLabels = asVector(valuesOf(y, testRows));
    auto scoring = buildUserFeatures(data, schema, q.asOfMs, context);
    if (!scoring.ok())
        return scoring.error();
    const FeatureTable& now = scoring.value();
    Eigen::VectorXd weights, scores;
    Eigen::MatrixXd contributions;
    if (q.target == PredictionTarget::Value) {
        RidgeModel m;
        m.fit(rowsOf(x, fitRows), valuesOf(y, fitRows));
        r.rmse = rootMeanSquaredError(asVector(m.predict(rowsOf(x, testRows))), testLabels);
        weights = m.weights();
        scores = m.predict(now.values);
        contributions = m.contributions(now.values);
    } else {
        const Eigen::VectorXd fitLabels = valuesOf(y, fitRows);
        if (fitLabels.minCoeff() == fitLabels.maxCoeff())
            return makeError(Error::Code::Invalid,
                             tr("Every training user has the same outcome (%1); there is nothing to learn.")
                                 .arg(fitLabels(0) > 0.5 ? QStringLiteral("yes") : QStringLiteral("no")));
        LogisticModel m;
        m.fit(rowsOf(x, fitRows), fitLabels);
        const std::vector<double> testScores = asVector(m.probability(rowsOf(x, testRows)));
        r.auc = areaUnderCurve(testScores, testLabels);
        r.calibration = calibration(testScores, testLabels);
        weights = m.weights();
        scores = m.probability(now.values);
        contributions = m.contributions(now.values);
    }
    std::vector<Eigen::Index> features(size_t(weights.size()));
    std::iota(features.begin(), features.end(), Eigen::Index(0));
    std::sort(features.begin(), features.end(),
              [&](Eigen::Index a, Eigen::Index b) { return std::abs(weights(a)) > std::abs(weights(b)); });
    for (size_t i = 0; i < features.size() && int(i) < kTopFeatures; ++i)
        r.topFeatures.push_back(FeatureWeight{train.value().names[qsizetype(features[i])], weights(features[i])});
    std::vector<Eigen::Index> order;
    for (Eigen::Index i = 0; i < scores.size(); ++i)
        if (isCandidate(q, now, i))
            order.push_back(i);
    const size_t listed = std::min(order.size(), size_t(std::max(q.limit, 0)));
    std::partial_sort(order.begin(), order.begin() + qint64(listed), order.end(), [&](Eigen::Index a, Eigen::Index b) {
        return scores(a) != scores(b) ? scores(a) > scores(b) : a < b;
    });
    for (size_t i = 0; i < listed; ++i)
        r.users.push_back(ScoredUser{data.userIds()[now.users[size_t(order[i])]], scores(order[i]),
                                     drivers(now, contributions, order[i])});
    return r;
}

} // namespace hc::predict
