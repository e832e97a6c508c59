// Statistics speed (issue 11 targets):
//   HC_BENCH_WORKSPACE=/path/big.hcw build/test/bench/bench_statistics
// Anomaly scan of 50 daily series <= 50 ms; an experiment over the ~10M-event workspace (about
// 210,000 users) <= 100 ms; churn features, training and scoring <= 2 s; personas with k in
// 2..8 <= 3 s. The series are seeded, a year each, so the scan does not depend on the
// workspace; the experiment reads the demo's exp_onboarding_checklist and invite_teammate.
#include "bench/BenchSupport.h"
#include "core/analysis/engine/Attribution.h"
#include "core/analysis/engine/Experiment.h"
#include "core/predict/UserClustering.h"
#include "core/predict/UserPrediction.h"
#include "core/stats/AnomalyDetection.h"
#include "core/stats/HoltWinters.h"
#include "core/stats/TrendTest.h"

#include <random>

#include <benchmark/benchmark.h>

namespace {

hc::bench::LoadedWorkspace& workspace()
{
    static hc::bench::LoadedWorkspace f = hc::bench::loadBenchWorkspace(210000);
    return f;
}

std::vector<hc::stats::TimeSeries> seriesSet(int count, int days)
{
    std::vector<hc::stats::TimeSeries> out;
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0, 5);
    for (int s = 0; s < count; ++s) {
        hc::stats::TimeSeries t;
        for (int d = 0; d < days; ++d) {
            t.labels << QDate(2026, 1, 1).addDays(d).toString(Qt::ISODate);
            t.values.push_back(200 + 20 * (d % 7 >= 5 ? -1 : 1) + 0.2 * d + noise(rng));
        }
        out.push_back(std::move(t));
    }
    return out;
}

void BM_AnomalyScan50DailySeries(benchmark::State& state)
{
    const auto series = seriesSet(50, int(state.range(0)));
    for (auto _ : state)
        for (const auto& s : series)
            benchmark::DoNotOptimize(hc::stats::detectAnomalies(s, hc::stats::AnomalyOptions{}));
    state.counters["series"] = 50;
}
BENCHMARK(BM_AnomalyScan50DailySeries)->Arg(120)->Arg(365)->Unit(benchmark::kMillisecond);

void BM_TrendTestAndForecast(benchmark::State& state)
{
    const auto series = seriesSet(1, 120);
    for (auto _ : state) {
        benchmark::DoNotOptimize(hc::stats::testTrend(series[0]));
        benchmark::DoNotOptimize(hc::stats::forecastSeries(series[0], 14));
    }
}
BENCHMARK(BM_TrendTestAndForecast)->Unit(benchmark::kMillisecond);

void BM_ExperimentOver10MEvents(benchmark::State& state)
{
    auto& f = workspace();
    hc::analysis::ExperimentQuery q;
    q.variantProperty = QStringLiteral("exp_onboarding_checklist");
    q.goal.name = QStringLiteral("invite_teammate");
    q.range = f.range;
    (void)f.data->property(q.variantProperty); // the property column loads once, as in the window
    for (auto _ : state) {
        const auto counts = hc::analysis::computeExperimentCounts(*f.data, q, *f.calendar);
        benchmark::DoNotOptimize(hc::stats::compareVariants(counts.value().variants, QString()));
    }
    state.counters["events"] = double(f.data->eventCount());
}
BENCHMARK(BM_ExperimentOver10MEvents)->Unit(benchmark::kMillisecond);

void BM_AttributionOver10MEvents(benchmark::State& state)
{
    auto& f = workspace();
    hc::analysis::AttributionQuery q;
    q.goal.name = QStringLiteral("upgrade");
    q.touchProperty = QStringLiteral("utm_source");
    q.model = hc::analysis::AttributionModel::Position;
    q.range = f.range;
    (void)f.data->property(q.touchProperty);
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::analysis::computeAttribution(*f.data, q, *f.calendar));
}
BENCHMARK(BM_AttributionOver10MEvents)->Unit(benchmark::kMillisecond);

// The property columns the features read, loaded once beforehand as the window would have them.
void preloadFeatureProperties(const hc::dataset::Dataset& data)
{
    for (const char* p : {"revenue", "plan", "platform"})
        (void)data.property(QString::fromLatin1(p));
}

void BM_ChurnFeaturesTrainAndScore(benchmark::State& state)
{
    auto& f = workspace();
    preloadFeatureProperties(*f.data);
    hc::predict::PredictionQuery q;
    q.asOfMs = f.range.endMs;
    q.limit = 100;
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::predict::predictUsers(*f.data, q));
    state.counters["users"] = double(f.data->userCount());
}
BENCHMARK(BM_ChurnFeaturesTrainAndScore)->Unit(benchmark::kMillisecond);

void BM_PersonasK2To8(benchmark::State& state)
{
    auto& f = workspace();
    preloadFeatureProperties(*f.data);
    const auto table = hc::predict::buildUserFeatures(*f.data, hc::predict::featureSchema(*f.data), f.range.endMs);
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::predict::clusterUsers(table.value(), hc::predict::ClusterQuery{}));
    state.counters["users"] = double(table.value().users.size());
}
BENCHMARK(BM_PersonasK2To8)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
