#include "core/stats/HoltWinters.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::HoltWinters", text); }

constexpr double kZ80 = 1.2815515655446004;
constexpr double kZ95 = 1.959963984540054;
constexpr int kMaxOrigins = 4;

// Runs the recursions for given weights; returns the one-step SSE and leaves the final state in m.
double run(const std::vector<double>& y, HoltWintersModel& m)
{
    const size_t s = size_t(m.season);
    double first = 0, second = 0;
    for (size_t i = 0; i < s; ++i) {
        first += y[i];
        second += y[s + i];
    }
    first /= double(s);
    second /= double(s);
    double trend = (second - first) / double(s);
    // The first season's mean is the level at its middle; step it to its last period.
    double level = first + trend * double(s - 1) / 2.0;
    std::vector<double> seasonal(s);
    for (size_t i = 0; i < s; ++i)
        seasonal[i] = y[i] - (first + trend * (double(i) - double(s - 1) / 2.0));
    double sse = 0;
    int count = 0;
    for (size_t t = s; t < y.size(); ++t) {
        double& st = seasonal[t % s];
        const double predicted = level + trend + st;
        const double error = y[t] - predicted;
        sse += error * error;
        ++count;
        const double previousLevel = level, previousTrend = trend;
        level = m.alpha * (y[t] - st) + (1 - m.alpha) * (level + trend);
        trend = m.beta * (level - previousLevel) + (1 - m.beta) * trend;
        st = m.gamma * (y[t] - previousLevel - previousTrend) + (1 - m.gamma) * st;
    }
    m.level = level;
    m.trend = trend;
    m.seasonals.resize(s);
    for (size_t i = 0; i < s; ++i) // oldest first: the term for period n, n + 1, ...
        m.seasonals[i] = seasonal[(y.size() + i) % s];
    m.fitted = count;
    m.sigma = count > 3 ? std::sqrt(sse / double(count - 3)) : 0.0;
    return sse;
}

} // namespace

double HoltWintersModel::forecast(int h) const
{
    return level + double(h) * trend + seasonals[size_t((h - 1) % season)];
}

double HoltWintersModel::varianceFactor(int h) const
{
    double sum = 1;
    for (int j = 1; j < h; ++j) {
        const double c = alpha * (1 + j * beta) + (j % season == 0 ? gamma : 0.0);
        sum += c * c;
    }
    return sum;
}

Result<HoltWintersModel> fitHoltWinters(const std::vector<double>& y, int season)
{
    if (season < 2 || y.size() < size_t(2 * season + 2))
        return makeError(Error::Code::Invalid, tr("Holt-Winters needs at least two seasons and two more points."));
    HoltWintersModel best;
    best.season = season;
    double bestSse = std::numeric_limits<double>::infinity();
    HoltWintersModel m = best;
    const auto tryWeights = [&](double a, double b, double g) {
        m.alpha = a;
        m.beta = b;
        m.gamma = g;
        const double sse = run(y, m);
        if (sse < bestSse) {
            bestSse = sse;
            best = m;
        }
    };
    for (int a = 0; a <= 10; ++a)
        for (int b = 0; b <= 10; ++b)
            for (int g = 0; g <= 10; ++g)
                tryWeights(a / 10.0, b / 10.0, g / 10.0);
    // Pattern search around the best grid point, halving the step down to 1/640.
    for (double step = 0.05; step > 0.0015; step /= 2) {
        bool moved = true;
        while (moved) {
            moved = false;
            const HoltWintersModel centre = best;
            for (const auto& [da, db, dg] : std::array<std::array<double, 3>, 6>{
                     {{step, 0, 0}, {-step, 0, 0}, {0, step, 0}, {0, -step, 0}, {0, 0, step}, {0, 0, -step}}}) {
                const double a = centre.alpha + da, b = centre.beta + db, g = centre.gamma + dg;
                if (a < 0 || a > 1 || b < 0 || b > 1 || g < 0 || g > 1)
                    continue;
                const double before = bestSse;
                tryWeights(a, b, g);
                moved = moved || bestSse < before - 1e-12 * std::max(1.0, before);
            }
        }
    }
    run(y, best); // leave the state of the chosen weights
    return best;
}

namespace {

ForecastBacktest backtest(const std::vector<double>& y, int season, int horizon)
{
    ForecastBacktest b;
    double ape = 0, sape = 0, baseline = 0;
    int apeCount = 0, sapeCount = 0;
    for (int i = 1; i <= kMaxOrigins; ++i) {
        const qint64 origin = qint64(y.size()) - qint64(i) * horizon;
        if (origin < 2 * season + 2)
            break;
        const std::vector<double> train(y.begin(), y.begin() + origin);
        const auto fit = fitHoltWinters(train, season);
        if (!fit.ok())
            break;
        ++b.origins;
        for (int k = 0; k < horizon; ++k) {
            const double actual = y[size_t(origin + k)];
            const double f = fit.value().forecast(k + 1);
            const double naive = y[size_t(origin - season + (k % season))];
            if (actual != 0) {
                ape += std::abs(f - actual) / std::abs(actual);
                baseline += std::abs(naive - actual) / std::abs(actual);
                ++apeCount;
            }
            if (std::abs(f) + std::abs(actual) > 0) {
                sape += 2 * std::abs(f - actual) / (std::abs(f) + std::abs(actual));
                ++sapeCount;
            }
        }
    }
    b.mape = apeCount ? 100 * ape / apeCount : 0;
    b.baselineMape = apeCount ? 100 * baseline / apeCount : 0;
    b.smape = sapeCount ? 100 * sape / sapeCount : 0;
    b.beatsBaseline = b.origins > 0 && b.mape < b.baselineMape;
    return b;
}

} // namespace

Result<ForecastResult> forecastSeries(const TimeSeries& series, int horizon)
{
    const std::vector<double>& y = series.values;
    const int season = series.season();
    if (horizon < 1 || horizon > 1000)
        return makeError(Error::Code::Invalid, tr("The horizon is 1 to 1,000 periods."));
    if (y.size() < size_t(2 * season + 2 + horizon))
        return makeError(
            Error::Code::Invalid,
            tr("The series has %1 points; a forecast %2 periods ahead with its backtest needs at least %3.")
                .arg(y.size())
                .arg(horizon)
                .arg(2 * season + 2 + horizon));
    if (std::all_of(y.begin(), y.end(), [&](double x) { return x == y.front(); }))
        return makeError(Error::Code::Invalid, tr("The series is constant (every point is %1).").arg(y.front()));
    const auto model = fitHoltWinters(y, season);
    if (!model.ok())
        return model.error();
    ForecastResult r;
    r.n = int(y.size());
    r.model = model.value();
    for (int h = 1; h <= horizon; ++h) {
        ForecastPoint p;
        p.t = series.labelAfter(h);
        p.value = r.model.forecast(h);
        const double sd = r.model.sigma * std::sqrt(r.model.varianceFactor(h));
        p.lower80 = p.value - kZ80 * sd;
        p.upper80 = p.value + kZ80 * sd;
        p.lower95 = p.value - kZ95 * sd;
        p.upper95 = p.value + kZ95 * sd;
        r.points.push_back(p);
    }
    r.backtest = backtest(y, season, horizon);
    return r;
}

} // namespace hc::stats
