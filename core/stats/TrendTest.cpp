#include "core/stats/TrendTest.h"

#include "core/stats/Robust.h"

#include <QCoreApplication>

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <map>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::TrendTest", text); }

double sen(const std::vector<double>& v)
{
    std::vector<double> slopes;
    slopes.reserve(v.size() * (v.size() - 1) / 2);
    for (size_t i = 0; i < v.size(); ++i)
        for (size_t j = i + 1; j < v.size(); ++j)
            slopes.push_back((v[j] - v[i]) / double(j - i));
    return median(std::move(slopes));
}

// Sum of squared deviations from the mean of v[a, b), from prefix sums.
struct Prefix {
    std::vector<double> sum{0}, squares{0};
    explicit Prefix(const std::vector<double>& v)
    {
        for (double x : v) {
            sum.push_back(sum.back() + x);
            squares.push_back(squares.back() + x * x);
        }
    }
    double mean(size_t a, size_t b) const { return (sum[b] - sum[a]) / double(b - a); }
    double cost(size_t a, size_t b) const
    {
        const double s = sum[b] - sum[a];
        return squares[b] - squares[a] - s * s / double(b - a);
    }
};

void segment(const Prefix& p, size_t a, size_t b, double penalty, size_t minSegment, std::vector<size_t>& cuts)
{
    if (b - a < 2 * minSegment)
        return;
    size_t best = 0;
    double bestCost = p.cost(a, b);
    for (size_t k = a + minSegment; k + minSegment <= b; ++k) {
        const double c = p.cost(a, k) + p.cost(k, b);
        if (c < bestCost) {
            bestCost = c;
            best = k;
        }
    }
    if (best == 0 || p.cost(a, b) - bestCost <= penalty)
        return;
    segment(p, a, best, penalty, minSegment, cuts);
    cuts.push_back(best);
    segment(p, best, b, penalty, minSegment, cuts);
}

// The series without its weekly (daily) pattern: each phase's median distance from the mean of
// the season around it is taken off, so weekends are not level shifts. Needs two seasons.
std::vector<double> deseasonalised(const std::vector<double>& v, int season)
{
    const size_t s = size_t(season);
    if (v.size() < 2 * s)
        return v;
    std::vector<std::vector<double>> byPhase(s);
    for (size_t t = s / 2; t + s - s / 2 <= v.size(); ++t) {
        double mean = 0;
        for (size_t k = t - s / 2; k < t - s / 2 + s; ++k)
            mean += v[k];
        byPhase[t % s].push_back(v[t] - mean / double(s));
    }
    std::vector<double> out = v;
    for (size_t t = 0; t < v.size(); ++t)
        if (!byPhase[t % s].empty())
            out[t] -= median(byPhase[t % s]);
    return out;
}

// `slope`: a significant trend, taken off first so that steady growth is not a staircase of shifts.
std::vector<ChangePoint> changePoints(const TimeSeries& series, double slope)
{
    std::vector<double> v = deseasonalised(series.values, series.season());
    for (size_t t = 0; t < v.size(); ++t)
        v[t] -= slope * double(t);
    // Noise level from first differences, robust to the level shifts being looked for.
    std::vector<double> diffs;
    for (size_t i = 1; i < v.size(); ++i)
        diffs.push_back(v[i] - v[i - 1]);
    double sigma = 1.4826 * medianAbsoluteDeviation(diffs) / std::sqrt(2.0);
    if (sigma == 0) {
        double sum = 0;
        for (double d : diffs)
            sum += std::abs(d);
        sigma = 1.2533 * sum / double(diffs.size()) / std::sqrt(2.0);
    }
    const Prefix p(v);
    std::vector<size_t> cuts;
    // A level must hold for a whole season (at least 3 points) to count as one.
    const size_t minSegment =
        std::max<size_t>(3, v.size() >= size_t(4 * series.season()) ? size_t(series.season()) : 3);
    segment(p, 0, v.size(), 2 * sigma * sigma * std::log(double(v.size())), minSegment, cuts);
    // Levels are reported on the series as given: the means of its own values between the cuts.
    const Prefix given(series.values);
    std::vector<ChangePoint> out;
    for (size_t i = 0; i < cuts.size(); ++i) {
        const size_t from = i == 0 ? 0 : cuts[i - 1];
        const size_t to = i + 1 < cuts.size() ? cuts[i + 1] : v.size();
        out.push_back(ChangePoint{series.labels.value(qsizetype(cuts[i])), cuts[i], given.mean(from, cuts[i]),
                                  given.mean(cuts[i], to)});
    }
    return out;
}

// Whether Sen's line fits the series better than its best single level shift: then the growth
// is a trend to take off before looking for shifts, not a shift itself.
bool lineExplainsBetter(const std::vector<double>& v, double slope)
{
    std::vector<double> offsets;
    for (size_t t = 0; t < v.size(); ++t)
        offsets.push_back(v[t] - slope * double(t));
    const double intercept = median(offsets);
    double lineCost = 0;
    for (size_t t = 0; t < v.size(); ++t)
        lineCost += (v[t] - intercept - slope * double(t)) * (v[t] - intercept - slope * double(t));
    const Prefix p(v);
    double stepCost = p.cost(0, v.size());
    for (size_t k = 1; k < v.size(); ++k)
        stepCost = std::min(stepCost, p.cost(0, k) + p.cost(k, v.size()));
    return lineCost < stepCost;
}

} // namespace

Result<TrendTestResult> testTrend(const TimeSeries& series, double alpha)
{
    const std::vector<double>& v = series.values;
    const size_t n = v.size();
    if (n < 4)
        return makeError(Error::Code::Invalid,
                         tr("The series has %1 points; the Mann-Kendall test needs at least 4.").arg(n));
    if (std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); }))
        return makeError(Error::Code::Invalid,
                         tr("The series is constant (every point is %1): it has no trend.").arg(v.front()));
    TrendTestResult r;
    r.n = int(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j)
            r.s += v[j] > v[i] ? 1 : (v[j] < v[i] ? -1 : 0);
    std::map<double, int> groups;
    for (double x : v)
        ++groups[x];
    const double dn = double(n);
    double ties = 0;
    for (const auto& [value, t] : groups)
        ties += double(t) * (t - 1) * (2 * t + 5);
    r.variance = (dn * (dn - 1) * (2 * dn + 5) - ties) / 18.0;
    r.z = r.s > 0 ? (r.s - 1) / std::sqrt(r.variance) : r.s < 0 ? (r.s + 1) / std::sqrt(r.variance) : 0.0;
    const boost::math::normal normal;
    r.pValue = 2 * boost::math::cdf(boost::math::complement(normal, std::abs(r.z)));
    r.tau = r.s / (dn * (dn - 1) / 2);
    r.senSlope = sen(v);
    r.direction = r.pValue < alpha ? (r.s > 0 ? 1 : -1) : 0;
    r.changePoints = changePoints(series, lineExplainsBetter(v, r.senSlope) ? r.senSlope : 0.0);
    return r;
}

} // namespace hc::stats
