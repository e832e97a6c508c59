// Per-user models (core/predict): logistic regression recovers known coefficients, ridge
// regression a known line, k-means separable groups; features never see past their cut-off; and
// churn trained on shuffled labels learns nothing (held-out AUC 0.5 +- 0.03).
#include "core/dataset/DatasetBuilder.h"
#include "core/predict/LogisticModel.h"
#include "core/predict/ModelEvaluation.h"
#include "core/predict/RidgeModel.h"
#include "core/predict/UserClustering.h"
#include "core/predict/UserPrediction.h"

#include <QtTest>

#include <random>

using namespace hc;
using namespace hc::predict;

namespace {

constexpr qint64 kDay = 86400000;
const qint64 kStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// 20,000 users over 90 days: engaged users (a third) come daily, casual ones now and then and
// often stop; some pay.
std::shared_ptr<const dataset::Dataset> population(quint64 seed)
{
    std::mt19937_64 rng(seed);
    dataset::DatasetBuilder b;
    for (int u = 0; u < 20000; ++u) {
        const bool engaged = u % 3 == 0;
        const int firstDay = int(rng() % 30);
        const int lastDay = engaged ? 89 : firstDay + int(rng() % 60);
        const QString user = QStringLiteral("u%1").arg(u);
        for (int d = firstDay; d <= std::min(lastDay, 89); ++d) {
            if (!engaged && rng() % 4 != 0)
                continue;
            const qint64 t = kStart + d * kDay + qint64(rng() % kDay);
            b.add(user, engaged ? QStringLiteral("create_report") : QStringLiteral("app_open"), t,
                  rng() % 50 == 0 ? QByteArray(R"({"revenue":20,"plan":"pro"})") : QByteArray(R"({"plan":"free"})"));
        }
    }
    return b.build();
}

} // namespace

class TestPrediction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void logisticRecoversKnownCoefficients();
    void ridgeRecoversALine();
    void aucOfKnownRankings();
    void kMeansFindsSeparableGroups();
    void featuresStopAtTheCutOff();
    void churnLearnsFromRealLabelsNotShuffledOnes();
    void badInputIsRefused();
};

void TestPrediction::logisticRecoversKnownCoefficients()
{
    // y ~ Bernoulli(sigmoid(0.5 + 1.0 x1 - 2.0 x2)), x ~ N(0, 1), 40,000 rows; with a negligible
    // penalty the standardised weights equal the coefficients (the features have unit sd).
    std::mt19937_64 rng(1);
    std::normal_distribution<double> n(0, 1);
    std::uniform_real_distribution<double> u(0, 1);
    Eigen::MatrixXd x(40000, 2);
    Eigen::VectorXd y(40000);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        x(i, 0) = n(rng);
        x(i, 1) = n(rng);
        const double p = 1 / (1 + std::exp(-(0.5 + x(i, 0) - 2 * x(i, 1))));
        y(i) = u(rng) < p ? 1 : 0;
    }
    LogisticModel m;
    m.fit(x, y, 1e-6);
    QVERIFY2(std::abs(m.weights()(0) - 1.0) < 0.06, qPrintable(QString::number(m.weights()(0))));
    QVERIFY2(std::abs(m.weights()(1) + 2.0) < 0.08, qPrintable(QString::number(m.weights()(1))));
    QVERIFY2(std::abs(m.intercept() - 0.5) < 0.06, qPrintable(QString::number(m.intercept())));
}

void TestPrediction::ridgeRecoversALine()
{
    // y = 3 + 2 x exactly, x with mean 5 and sd 2: the standardised weight is 2 * 2 = 4.
    Eigen::MatrixXd x(5, 1);
    x << 3, 5, 7, 3, 7;
    Eigen::VectorXd y = (x.array() * 2 + 3).matrix();
    RidgeModel m;
    m.fit(x, y, 1e-9);
    const double sd = std::sqrt((4 + 0 + 4 + 4 + 4) / 5.0);
    QVERIFY(std::abs(m.weights()(0) - 2 * sd) < 1e-6);
    QVERIFY(std::abs(m.predict((Eigen::MatrixXd(1, 1) << 10).finished())(0) - 23) < 1e-6);
}

void TestPrediction::aucOfKnownRankings()
{
    QCOMPARE(areaUnderCurve({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
    QCOMPARE(areaUnderCurve({0.9, 0.8, 0.2, 0.1}, {0, 0, 1, 1}), 0.0);
    // Positives at 0.3 and 0.9, negatives at 0.5 and 0.1: 3 of 4 pairs ordered right.
    QCOMPARE(areaUnderCurve({0.3, 0.5, 0.9, 0.1}, {1, 0, 1, 0}), 0.75);
    QCOMPARE(areaUnderCurve({0.5, 0.5}, {1, 0}), 0.5); // a tie counts half
}

void TestPrediction::kMeansFindsSeparableGroups()
{
    // Three tight groups of 300, 200 and 100 points far apart: k = 3 wins the silhouette.
    FeatureTable t;
    t.names = {QStringLiteral("a"), QStringLiteral("b")};
    t.values.resize(600, 2);
    std::mt19937_64 rng(3);
    std::normal_distribution<double> n(0, 0.3);
    const double centres[3][2] = {{0, 0}, {10, 0}, {0, 10}};
    for (Eigen::Index i = 0; i < 600; ++i) {
        const int g = i < 300 ? 0 : i < 500 ? 1 : 2;
        t.values(i, 0) = centres[g][0] + n(rng);
        t.values(i, 1) = centres[g][1] + n(rng);
        t.users.push_back(int(i));
    }
    const auto r = clusterUsers(t, ClusterQuery{});
    QVERIFY(r.ok());
    QCOMPARE(r.value().k, 3);
    QCOMPARE(r.value().clusters.size(), size_t(3));
    QCOMPARE(r.value().clusters[0].size, 300);
    QCOMPARE(r.value().clusters[1].size, 200);
    QCOMPARE(r.value().clusters[2].size, 100);
    QVERIFY(r.value().silhouette > 0.9);
    // The 200-point group sits at a = 10: its centroid says so in the features' own units.
    QVERIFY(std::abs(r.value().clusters[1].centroid[0].second - 10) < 0.1);
    QCOMPARE(r.value().clusters[1].name, QStringLiteral("high a, low b"));
    // Deterministic for a seed.
    QCOMPARE(clusterUsers(t, ClusterQuery{}).value().silhouette, r.value().silhouette);
}

void TestPrediction::featuresStopAtTheCutOff()
{
    // Events after the cut-off change nothing in the features as of it.
    dataset::DatasetBuilder before, after;
    for (auto* b : {&before, &after}) {
        b->add(QStringLiteral("u"), QStringLiteral("open"), kStart, QByteArray(R"({"revenue":5})"));
        b->add(QStringLiteral("u"), QStringLiteral("open"), kStart + 10 * kDay);
    }
    after.add(QStringLiteral("u"), QStringLiteral("open"), kStart + 20 * kDay, QByteArray(R"({"revenue":50})"));
    after.add(QStringLiteral("v"), QStringLiteral("open"), kStart + 21 * kDay);
    const auto a = before.build(), b = after.build();
    const qint64 cut = kStart + 15 * kDay;
    const auto fa = buildUserFeatures(*a, featureSchema(*a), cut).value();
    const auto fb = buildUserFeatures(*b, featureSchema(*a), cut).value();
    QCOMPARE(fb.users.size(), size_t(1)); // v did not exist yet
    QCOMPARE(fa.values, fb.values);
    QCOMPARE(fa.values(0, 0), 5.0);  // recency_days
    QCOMPARE(fa.values(0, 1), 15.0); // tenure_days
    QCOMPARE(fa.values(0, 2), 2.0);  // events_30d
    QCOMPARE(fa.values(0, 5), 5.0);  // revenue_30d
}

void TestPrediction::churnLearnsFromRealLabelsNotShuffledOnes()
{
    const auto data = population(7);
    PredictionQuery q;
    q.asOfMs = kStart + 90 * kDay;
    const auto real = predictUsers(*data, q);
    QVERIFY2(real.ok(), qPrintable(real.ok() ? QString() : real.error().message));
    QVERIFY2(*real.value().auc > 0.75, qPrintable(QString::number(*real.value().auc)));
    QVERIFY(real.value().nTest > 1000);
    q.shuffleLabels = true;
    const auto shuffled = predictUsers(*data, q);
    QVERIFY2(std::abs(*shuffled.value().auc - 0.5) <= 0.03, qPrintable(QString::number(*shuffled.value().auc)));
    // Value: ridge on next-period revenue, reported as RMSE.
    q.shuffleLabels = false;
    q.target = PredictionTarget::Value;
    const auto value = predictUsers(*data, q);
    QVERIFY(value.ok() && value.value().rmse && !value.value().auc);
}

void TestPrediction::badInputIsRefused()
{
    const auto data = population(8);
    PredictionQuery q;
    q.asOfMs = kStart + 90 * kDay;
    q.target = PredictionTarget::Conversion;
    q.goal = QStringLiteral("no_such_event");
    QVERIFY(predictUsers(*data, q).error().message.contains(QStringLiteral("never occurs")));
    q.target = PredictionTarget::Churn;
    q.asOfMs = kStart + 5 * kDay; // the training cut-off falls before the first event
    QVERIFY(!predictUsers(*data, q).ok());
    FeatureTable tiny;
    tiny.values = Eigen::MatrixXd::Zero(3, 2);
    QVERIFY(!clusterUsers(tiny, ClusterQuery{}).ok());
}

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
