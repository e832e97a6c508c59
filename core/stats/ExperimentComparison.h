#pragma once

#include "core/util/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace hc::stats {

struct VariantCounts {
    QString value;
    qint64 exposed = 0;
    qint64 converted = 0;
    double rate() const { return exposed > 0 ? double(converted) / double(exposed) : 0.0; }
};

// One variant against the control.
struct VariantComparison {
    QString variant;
    std::optional<double> lift; // relative to the control's rate; null when the control's rate is 0
    double difference = 0;      // rate minus the control's
    double differenceLow95 = 0; // unpooled 95% interval of the difference
    double differenceHigh95 = 0;
    double z = 0; // pooled two-proportion z
    double pValue = 1;
    double probabilityToBeatControl = 0; // Beta(1, 1) posteriors
    double expectedLoss = 0;             // E[max(control - variant, 0)] when choosing the variant
};

struct SampleRatioTest {
    double chi2 = 0;
    double pValue = 1;
    bool mismatch = false; // p below 0.01: the split is not the even one the test was set up for
};

struct ExperimentComparison {
    QString method = QStringLiteral("two_proportion_z_beta_binomial");
    qint64 n = 0; // exposed users in all variants
    QString control;
    std::vector<VariantComparison> comparisons;
    SampleRatioTest srm;
    // Smallest relative lift of the control's rate detectable at alpha 0.05 (two-sided) with 80%
    // power at the current mean sample per variant; null when the control converts nobody.
    std::optional<double> minimumDetectableLift;
};

// semantics.md, Statistics, Experiments. `control` empty: the variant named "control" (any case),
// else the one with the most exposed users (ties: the smallest value). The posteriors are compared with `draws` seeded
// draws. Invalid with fewer than two variants or an unknown or empty control.
Result<ExperimentComparison> compareVariants(const std::vector<VariantCounts>& variants, const QString& control,
                                             quint64 seed = 1, int draws = 100000);

} // namespace hc::stats
