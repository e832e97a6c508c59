#include "core/stats/ExperimentComparison.h"

#include "core/stats/ProportionTest.h"

#include <QCoreApplication>

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>
#include <random>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::ExperimentComparison", text); }

// Posterior draws of a rate under a uniform prior: Beta(1 + converted, 1 + not converted), drawn
// as a ratio of gamma variates.
std::vector<double> posteriorDraws(const VariantCounts& v, std::mt19937_64& rng, int draws)
{
    std::gamma_distribution<double> yes(1.0 + double(v.converted)), no(1.0 + double(v.exposed - v.converted));
    std::vector<double> out(static_cast<size_t>(draws));
    for (double& x : out) {
        const double a = yes(rng), b = no(rng);
        x = a / (a + b);
    }
    return out;
}

VariantComparison compare(const VariantCounts& c, const VariantCounts& v, const std::vector<double>& controlDraws,
                          std::mt19937_64& rng, int draws)
{
    VariantComparison out;
    out.variant = v.value;
    const ProportionTest t = testProportions(c.converted, c.exposed, v.converted, v.exposed);
    out.difference = t.difference;
    out.lift = t.lift;
    out.differenceLow95 = t.low95;
    out.differenceHigh95 = t.high95;
    out.z = t.z;
    out.pValue = t.pValue;
    const std::vector<double> variantDraws = posteriorDraws(v, rng, draws);
    double wins = 0, loss = 0;
    for (size_t i = 0; i < variantDraws.size(); ++i) {
        wins += variantDraws[i] > controlDraws[i] ? 1 : 0;
        loss += std::max(controlDraws[i] - variantDraws[i], 0.0);
    }
    out.probabilityToBeatControl = wins / double(draws);
    out.expectedLoss = loss / double(draws);
    return out;
}

} // namespace

Result<ExperimentComparison> compareVariants(const std::vector<VariantCounts>& variants, const QString& control,
                                             quint64 seed, int draws)
{
    std::vector<VariantCounts> exposed;
    for (const VariantCounts& v : variants)
        if (v.exposed > 0)
            exposed.push_back(v);
    if (exposed.size() < 2)
        return makeError(
            Error::Code::Invalid,
            tr("An experiment needs at least two variants with exposed users; found %1.").arg(exposed.size()));
    ExperimentComparison r;
    const auto named = [&](const QString& name, Qt::CaseSensitivity cs) {
        return std::find_if(exposed.begin(), exposed.end(),
                            [&](const VariantCounts& v) { return v.value.compare(name, cs) == 0; });
    };
    auto controlIt =
        control.isEmpty() ? named(QStringLiteral("control"), Qt::CaseInsensitive) : named(control, Qt::CaseSensitive);
    if (control.isEmpty() && controlIt == exposed.end())
        controlIt =
            std::min_element(exposed.begin(), exposed.end(), [](const VariantCounts& a, const VariantCounts& b) {
                return a.exposed != b.exposed ? a.exposed > b.exposed : a.value < b.value;
            });
    if (controlIt == exposed.end())
        return makeError(Error::Code::Invalid, tr("The control “%1” has no exposed users.").arg(control));
    const VariantCounts c = *controlIt;
    r.control = c.value;
    std::mt19937_64 rng(seed);
    const std::vector<double> controlDraws = posteriorDraws(c, rng, draws);
    double total = 0;
    for (const VariantCounts& v : exposed) {
        total += double(v.exposed);
        if (v.value != c.value)
            r.comparisons.push_back(compare(c, v, controlDraws, rng, draws));
    }
    r.n = qint64(total);
    const double expected = total / double(exposed.size());
    for (const VariantCounts& v : exposed)
        r.srm.chi2 += (double(v.exposed) - expected) * (double(v.exposed) - expected) / expected;
    r.srm.pValue =
        boost::math::cdf(boost::math::complement(boost::math::chi_squared(double(exposed.size() - 1)), r.srm.chi2));
    r.srm.mismatch = r.srm.pValue < 0.01;
    const double p = c.rate();
    if (p > 0 && p < 1)
        r.minimumDetectableLift = (kZ975 + kZ80Power) * std::sqrt(2 * p * (1 - p) / expected) / p;
    return r;
}

} // namespace hc::stats
