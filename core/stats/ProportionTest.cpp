#include "core/stats/ProportionTest.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace hc::stats {

namespace {

} // namespace

double normalPValue(double z)
{
    return 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::abs(z)));
}

ProportionTest testProportions(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB)
{
    ProportionTest t;
    const double n1 = double(nA), n2 = double(nB);
    t.rateA = double(successesA) / n1;
    t.rateB = double(successesB) / n2;
    t.difference = t.rateB - t.rateA;
    if (t.rateA > 0)
        t.lift = t.difference / t.rateA;
    const double se = std::sqrt(t.rateA * (1 - t.rateA) / n1 + t.rateB * (1 - t.rateB) / n2);
    t.low95 = t.difference - kZ975 * se;
    t.high95 = t.difference + kZ975 * se;
    const double pooled = double(successesA + successesB) / (n1 + n2);
    const double sePooled = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (sePooled > 0) {
        t.z = t.difference / sePooled;
        t.pValue = normalPValue(t.z);
    }
    return t;
}

std::optional<qint64> sampleSizePerGroup(double baseRate, double lift)
{
    const double p1 = baseRate, p2 = baseRate * (1 + lift);
    if (p1 <= 0 || p1 >= 1 || p2 <= 0 || p2 >= 1 || p1 == p2)
        return std::nullopt;
    // The normal-approximation size for two proportions (unpooled variances).
    const double n = std::pow(kZ975 + kZ80Power, 2) * (p1 * (1 - p1) + p2 * (1 - p2)) / std::pow(p2 - p1, 2);
    return qint64(std::ceil(n));
}

} // namespace hc::stats
