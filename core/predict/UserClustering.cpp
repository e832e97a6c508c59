#include "core/predict/UserClustering.h"

#include "core/predict/Standardizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

namespace hc::predict {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::predict::UserClustering", text); }

constexpr int kMaxIterations = 100;
constexpr int kDistinctive = 2;
constexpr int kFitSample = 50000;

struct Partition {
    Eigen::MatrixXd centres;
    std::vector<int> assignment;
};

// Nearest centre of every row, from ||z||^2 - 2 z c + ||c||^2 as one matrix product; returns
// how many rows changed centre.
Eigen::Index assign(const Eigen::MatrixXd& z, const Eigen::VectorXd& rowNorms, Partition& p)
{
    const Eigen::RowVectorXd centreNorms = p.centres.rowwise().squaredNorm().transpose();
    const Eigen::MatrixXd distances =
        ((-2.0 * (z * p.centres.transpose())).rowwise() + centreNorms).colwise() + rowNorms;
    Eigen::Index moved = 0;
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        Eigen::Index best = 0;
        distances.row(i).minCoeff(&best);
        moved += p.assignment[size_t(i)] != int(best) ? 1 : 0;
        p.assignment[size_t(i)] = int(best);
    }
    return moved;
}

// Lloyd's iterations from the given centres until fewer than 1 in 1,000 rows move.
void lloyd(const Eigen::MatrixXd& z, Partition& p)
{
    const int k = int(p.centres.rows());
    const Eigen::VectorXd rowNorms = z.rowwise().squaredNorm();
    p.assignment.assign(size_t(z.rows()), -1);
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        if (assign(z, rowNorms, p) * 1000 <= z.rows() && iteration > 0)
            break;
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, z.cols());
        std::vector<int> counts(static_cast<size_t>(k), 0);
        for (Eigen::Index i = 0; i < z.rows(); ++i) {
            sums.row(p.assignment[size_t(i)]) += z.row(i);
            ++counts[size_t(p.assignment[size_t(i)])];
        }
        for (int c = 0; c < k; ++c)
            if (counts[size_t(c)] > 0)
                p.centres.row(c) = sums.row(c) / counts[size_t(c)];
    }
}

Partition kMeans(const Eigen::MatrixXd& z, int k, std::mt19937_64& rng)
{
    const Eigen::Index n = z.rows();
    Partition p;
    p.centres.resize(k, z.cols());
    // k-means++: each next centre drawn with probability proportional to the squared distance.
    std::uniform_int_distribution<Eigen::Index> first(0, n - 1);
    p.centres.row(0) = z.row(first(rng));
    Eigen::VectorXd nearest = (z.rowwise() - p.centres.row(0)).rowwise().squaredNorm();
    for (int c = 1; c < k; ++c) {
        std::discrete_distribution<Eigen::Index> pick(nearest.data(), nearest.data() + nearest.size());
        p.centres.row(c) = z.row(pick(rng));
        nearest = nearest.cwiseMin((z.rowwise() - p.centres.row(c)).rowwise().squaredNorm());
    }
    lloyd(z, p);
    return p;
}

double silhouette(const Eigen::MatrixXd& z, const std::vector<int>& assignment, int k,
                  const std::vector<Eigen::Index>& sample)
{
    double total = 0;
    int counted = 0;
    std::vector<double> sum(static_cast<size_t>(k));
    std::vector<int> count(static_cast<size_t>(k));
    for (Eigen::Index i : sample) {
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(count.begin(), count.end(), 0);
        for (Eigen::Index j : sample) {
            if (i == j)
                continue;
            sum[size_t(assignment[size_t(j)])] += (z.row(i) - z.row(j)).norm();
            ++count[size_t(assignment[size_t(j)])];
        }
        const int own = assignment[size_t(i)];
        if (count[size_t(own)] == 0)
            continue; // a singleton's silhouette is 0 by convention
        const double a = sum[size_t(own)] / count[size_t(own)];
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / count[size_t(c)]);
        if (std::isfinite(b) && std::max(a, b) > 0)
            total += (b - a) / std::max(a, b);
        ++counted;
    }
    return counted ? total / counted : 0.0;
}

UserCluster describe(const FeatureTable& table, const Standardizer& s, const Eigen::RowVectorXd& centre, int size)
{
    UserCluster c;
    c.size = size;
    std::vector<Eigen::Index> order(size_t(centre.size()));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::sort(order.begin(), order.end(),
              [&](Eigen::Index a, Eigen::Index b) { return std::abs(centre(a)) > std::abs(centre(b)); });
    QStringList parts;
    for (Eigen::Index j : order) {
        if (c.distinctive.size() == kDistinctive)
            break;
        const QString name = table.names[qsizetype(j)];
        c.distinctive << QStringLiteral("%1 %2%3 sd")
                             .arg(name, centre(j) >= 0 ? QStringLiteral("+") : QString())
                             .arg(centre(j), 0, 'f', 1);
        parts << (centre(j) >= 0 ? QStringLiteral("high ") : QStringLiteral("low ")) + name;
    }
    c.name = parts.join(QStringLiteral(", "));
    for (Eigen::Index j = 0; j < centre.size(); ++j)
        c.centroid.emplace_back(table.names[qsizetype(j)], centre(j) * s.scale()(j) + s.mean()(j));
    return c;
}

} // namespace

Result<ClusterResult> clusterUsers(const FeatureTable& table, const ClusterQuery& q)
{
    const int kMin = q.k ? *q.k : q.kMin, kMax = q.k ? *q.k : q.kMax;
    if (kMin < 2 || kMax < kMin || kMax > 50)
        return makeError(Error::Code::Invalid, tr("k is 2 to 50, and the range's low end is not above its high end."));
    const Eigen::Index n = table.values.rows();
    if (n < 2 * kMax)
        return makeError(Error::Code::Invalid, tr("%1 users are too few for %2 clusters.").arg(n).arg(kMax));
    Standardizer s;
    s.fit(table.values);
    const Eigen::MatrixXd z = s.apply(table.values);
    std::mt19937_64 rng(q.seed);
    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::shuffle(order.begin(), order.end(), rng);
    // k is chosen on a seeded sample of at most kFitSample users (silhouettes on a smaller one);
    // the chosen centres then settle on every user.
    const auto rowsOf = [&](size_t count) {
        Eigen::MatrixXd out(Eigen::Index(count), z.cols());
        for (size_t i = 0; i < count; ++i)
            out.row(Eigen::Index(i)) = z.row(order[i]);
        return out;
    };
    const size_t fitCount = std::min(order.size(), size_t(kFitSample));
    const Eigen::MatrixXd fitRows = fitCount == order.size() ? z : rowsOf(fitCount);
    std::vector<Eigen::Index> sample(std::min(fitCount, size_t(q.silhouetteSample)));
    std::iota(sample.begin(), sample.end(), Eigen::Index(0)); // the fit rows are already shuffled
    ClusterResult r;
    r.n = int(n);
    Partition best;
    r.silhouette = -2;
    for (int k = kMin; k <= kMax; ++k) {
        std::mt19937_64 seeded(q.seed + quint64(k));
        Partition p = kMeans(fitRows, k, seeded);
        const double score = silhouette(fitRows, p.assignment, k, sample);
        r.silhouetteByK.emplace_back(k, score);
        if (score > r.silhouette) {
            r.silhouette = score;
            r.k = k;
            best = std::move(p);
        }
    }
    if (fitCount < order.size())
        lloyd(z, best);
    std::vector<int> sizes(size_t(r.k), 0);
    for (int a : best.assignment)
        ++sizes[size_t(a)];
    for (int c = 0; c < r.k; ++c)
        if (sizes[size_t(c)] > 0)
            r.clusters.push_back(describe(table, s, best.centres.row(c), sizes[size_t(c)]));
    std::sort(r.clusters.begin(), r.clusters.end(), [](const auto& a, const auto& b) { return a.size > b.size; });
    return r;
}

} // namespace hc::predict
