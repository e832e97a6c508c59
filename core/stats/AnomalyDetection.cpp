#include "core/stats/AnomalyDetection.h"

#include "core/analysis/engine/Measure.h"
#include "core/stats/Robust.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::AnomalyDetection", text); }

constexpr double kMadToSigma = 1.4826; // MAD of a normal distribution times this is its sigma
constexpr double kIqrToSigma = 1.349;  // IQR of a normal distribution is this many sigmas
constexpr int kMinSeasons = 2;         // a three-week series judges its third week on the two before
constexpr int kStableSeasons = 4;
constexpr int kMaxSeasons = 8;
constexpr int kRollingPoints = 14;
constexpr int kMinRollingPoints = 7;
constexpr double kMaxAbsZ = 1e6; // a deviation from a flat baseline: "very far", finite for JSON

struct Baseline {
    double expected = 0;
    double sigma = 0;
};

// A robust centre and spread; a zero MAD (more than half the values equal) falls back to the
// mean absolute deviation, so one odd day in a flat history still gets a finite, honest z.
Baseline robust(const std::vector<double>& history)
{
    Baseline b;
    b.expected = median(history);
    b.sigma = kMadToSigma * medianAbsoluteDeviation(history);
    if (b.sigma == 0) {
        double sum = 0;
        for (double v : history)
            sum += std::abs(v - b.expected);
        b.sigma = 1.2533 * sum / double(history.size()); // mean absolute deviation to sigma
    }
    return b;
}

// The level before each t: the median of the season just before it (an anomaly inside it does
// not move it); NaN for the first season. Computed once: every point's history reads eight.
std::vector<double> levelsBefore(const std::vector<double>& v, int season)
{
    std::vector<double> levels(v.size(), std::nan(""));
    for (size_t t = size_t(season); t < v.size(); ++t)
        levels[t] = median(std::vector<double>(v.begin() + qint64(t) - season, v.begin() + qint64(t)));
    return levels;
}

// The same weekday (hour) over up to kMaxSeasons previous seasons, at least kMinSeasons: the
// median of how each stood against the level of the season before it, applied to today's level,
// so a growing product's ordinary Monday is not an anomaly against Mondays of two months ago.
// Effects are ratios for a series that is positive throughout (counts grow and shrink in
// proportion, weekend dips with them), differences otherwise.
std::optional<double> seasonalExpectation(const std::vector<double>& v, const std::vector<double>& levels, size_t t,
                                          int season, bool ratios, std::vector<double>& history)
{
    history.clear();
    if (t < size_t(season))
        return std::nullopt;
    for (int k = 1; k <= kMaxSeasons && size_t((k + 1) * season) <= t; ++k) {
        const size_t then = t - size_t(k * season);
        history.push_back(ratios ? v[then] / levels[then] : v[then] - levels[then]);
    }
    if (int(history.size()) < kMinSeasons)
        return std::nullopt;
    return ratios ? levels[t] * median(history) : levels[t] + median(history);
}

// Seasonal baselines for every point, looking back only: the expectation from the same weekday,
// sigma from the MAD of the recent residuals of all weekdays pooled (relative residuals for
// ratio effects; a handful of same-weekday values alone gives a jumpy sigma), or from the
// same-weekday effects while fewer than a season of residuals exist.
std::vector<std::optional<Baseline>> seasonalBaselines(const std::vector<double>& v, int season)
{
    const bool ratios = std::all_of(v.begin(), v.end(), [](double x) { return x > 0; });
    std::vector<std::optional<Baseline>> out(v.size());
    std::vector<std::optional<double>> residual(v.size());
    const std::vector<double> levels = levelsBefore(v, season);
    std::vector<double> history, recent;
    for (size_t t = 0; t < v.size(); ++t) {
        const auto expected = seasonalExpectation(v, levels, t, season, ratios, history);
        if (!expected)
            continue;
        recent.clear();
        for (size_t k = t > size_t(kMaxSeasons * season) ? t - size_t(kMaxSeasons * season) : 0; k < t; ++k)
            if (residual[k])
                recent.push_back(*residual[k]);
        const double deviation = ratios ? v[t] / *expected - 1 : v[t] - *expected;
        // Two or three same-weekday values alone give too jumpy a sigma: wait for a season of
        // residuals unless the history already has four.
        if (int(recent.size()) < season && int(history.size()) < kStableSeasons) {
            residual[t] = deviation;
            continue;
        }
        // Sigma in the residuals' terms (relative for ratios), then in the series' own units.
        const double sigma = (int(recent.size()) >= season ? robust(recent) : robust(history)).sigma;
        out[t] = Baseline{*expected, ratios ? sigma * *expected : sigma};
        residual[t] = deviation;
    }
    return out;
}

std::optional<Baseline> rollingBaseline(const std::vector<double>& v, size_t t)
{
    std::vector<double> history;
    for (size_t k = 1; k <= size_t(kRollingPoints) && k <= t; ++k)
        history.push_back(v[t - k]);
    if (int(history.size()) < kMinRollingPoints)
        return std::nullopt;
    return robust(history);
}

std::optional<Baseline> zScoreBaseline(const std::vector<double>& v, size_t end)
{
    if (end < 3)
        return std::nullopt;
    const double mean = std::accumulate(v.begin(), v.begin() + qint64(end), 0.0) / double(end);
    double squares = 0;
    for (size_t i = 0; i < end; ++i)
        squares += (v[i] - mean) * (v[i] - mean);
    return Baseline{mean, std::sqrt(squares / double(end - 1))};
}

std::optional<Baseline> iqrBaseline(const std::vector<double>& v, size_t end)
{
    if (end < 4)
        return std::nullopt;
    std::vector<double> first(v.begin(), v.begin() + qint64(end)); // quantile() reorders it
    const double q1 = analysis::quantile(first, 0.25);
    const double q3 = analysis::quantile(first, 0.75);
    return Baseline{analysis::quantile(first, 0.5), (q3 - q1) / kIqrToSigma};
}

void judge(AnomalyPoint& p, const Baseline& b, double threshold)
{
    p.expected = b.expected;
    const double deviation = p.value - b.expected;
    double z = b.sigma > 0 ? deviation / b.sigma : (deviation == 0 ? 0.0 : std::copysign(kMaxAbsZ, deviation));
    z = std::clamp(z, -kMaxAbsZ, kMaxAbsZ);
    p.z = z;
    p.lower = b.expected - threshold * b.sigma;
    p.upper = b.expected + threshold * b.sigma;
    p.anomaly = std::abs(z) >= threshold;
    p.direction = p.anomaly ? (z > 0 ? 1 : -1) : 0;
}

} // namespace

Result<AnomalyResult> detectAnomalies(const TimeSeries& series, const AnomalyOptions& options)
{
    const std::vector<double>& v = series.values;
    if (v.size() < size_t(kMinRollingPoints + 1))
        return makeError(Error::Code::Invalid, tr("The series has %1 points; anomaly detection needs at least %2.")
                                                   .arg(v.size())
                                                   .arg(kMinRollingPoints + 1));
    if (std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); }))
        return makeError(Error::Code::Invalid,
                         tr("The series is constant (every point is %1): nothing can stand out.").arg(v.front()));
    if (options.threshold <= 0)
        return makeError(Error::Code::Invalid, tr("The threshold must be above 0."));

    AnomalyResult r;
    const int season = series.season();
    bool seasonal = v.size() >= size_t(3 * season);
    switch (options.detector) {
    case AnomalyDetector::Seasonal:
        r.method = seasonal ? QStringLiteral("seasonal_median_mad") : QStringLiteral("rolling_median_mad");
        break;
    case AnomalyDetector::ZScore:
        r.method = QStringLiteral("zscore");
        break;
    case AnomalyDetector::Iqr:
        r.method = QStringLiteral("iqr");
        break;
    }
    // z-score and IQR over the whole series unless simulating day by day.
    std::optional<Baseline> whole;
    std::vector<std::optional<Baseline>> seasonalPoints;
    if (options.detector == AnomalyDetector::Seasonal && seasonal) {
        seasonalPoints = seasonalBaselines(v, season);
        // Three seasons exactly can leave no point with history enough: judge it as a short one.
        if (std::none_of(seasonalPoints.begin(), seasonalPoints.end(), [](const auto& b) { return b.has_value(); })) {
            seasonal = false;
            r.method = QStringLiteral("rolling_median_mad");
        }
    }
    if (!options.simulate && options.detector == AnomalyDetector::ZScore)
        whole = zScoreBaseline(v, v.size());
    if (!options.simulate && options.detector == AnomalyDetector::Iqr)
        whole = iqrBaseline(v, v.size());
    const double threshold = options.threshold;
    for (size_t t = 0; t < v.size(); ++t) {
        AnomalyPoint p;
        p.t = t < size_t(series.labels.size()) ? series.labels[qsizetype(t)] : QString::number(t);
        p.value = v[t];
        std::optional<Baseline> b;
        switch (options.detector) {
        case AnomalyDetector::Seasonal:
            b = seasonal ? seasonalPoints[t] : rollingBaseline(v, t);
            break;
        case AnomalyDetector::ZScore:
            b = whole ? whole : zScoreBaseline(v, t);
            break;
        case AnomalyDetector::Iqr:
            b = whole ? whole : iqrBaseline(v, t);
            break;
        }
        if (b) {
            judge(p, *b, threshold);
            ++r.n;
            r.anomalies += p.anomaly ? 1 : 0;
        }
        r.points.push_back(p);
    }
    return r;
}

} // namespace hc::stats
