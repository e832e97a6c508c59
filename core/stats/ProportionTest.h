#pragma once

#include <QtGlobal>

#include <optional>

namespace hc::stats {

constexpr double kZ975 = 1.959963984540054;      // two-sided 95%
constexpr double kZ80Power = 0.8416212335729143; // one-sided, for 80% power

// Group B's rate against group A's: the difference with its unpooled 95% interval, the pooled
// two-proportion z-test (two-sided), and the relative lift.
struct ProportionTest {
    double rateA = 0;
    double rateB = 0;
    double difference = 0; // rateB - rateA
    double low95 = 0;
    double high95 = 0;
    double z = 0;
    double pValue = 1;
    std::optional<double> lift; // difference / rateA; null when rateA is 0
};

// Needs nA and nB above 0.
ProportionTest testProportions(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB);

// Users per group a two-sided test at alpha 0.05 needs to detect a relative lift of `lift` over
// `baseRate` with 80% power; null when the rate or the lift leave nothing to detect.
std::optional<qint64> sampleSizePerGroup(double baseRate, double lift);

// Two-sided p-value of a standard normal z.
double normalPValue(double z);

} // namespace hc::stats
