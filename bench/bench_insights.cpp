// Insights speed (issue 12 target):
//   HC_BENCH_WORKSPACE=/path/big.hcw build/test/bench/bench_insights
// A daily insights run on the ~10M-event workspace <= 3 s, with the property columns it splits
// by already in memory (the window keeps them once read; the CLI reads them from their cache
// file). The first read of those columns from SQLite is reported once, as cold_properties_s.
#include "bench/BenchSupport.h"
#include "core/insights/ChangeDecomposition.h"
#include "core/insights/InsightRun.h"

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

namespace {

const QStringList kProperties = {QStringLiteral("platform"),   QStringLiteral("country"),
                                 QStringLiteral("plan"),       QStringLiteral("app_version"),
                                 QStringLiteral("utm_source"), QStringLiteral("exp_onboarding_checklist")};

struct Prepared {
    hc::bench::LoadedWorkspace workspace;
    double coldPropertySeconds = 0;
};

Prepared& prepared()
{
    static Prepared p = [] {
        Prepared out{hc::bench::loadBenchWorkspace(210000), 0};
        QElapsedTimer clock;
        clock.start();
        for (const QString& name : kProperties)
            (void)out.workspace.data->property(name);
        out.coldPropertySeconds = double(clock.elapsed()) / 1000;
        return out;
    }();
    return p;
}

void BM_DailyInsightsRun(benchmark::State& state)
{
    auto& p = prepared();
    hc::insights::InsightRunOptions o;
    o.period = hc::insights::RunPeriod(state.range(0));
    o.properties = kProperties;
    size_t found = 0;
    for (auto _ : state) {
        const auto r = hc::insights::runInsights(*p.workspace.data, *p.workspace.calendar, o);
        found = r.ok() ? r.value().insights.size() : 0;
    }
    state.counters["events"] = double(p.workspace.data->eventCount());
    state.counters["insights"] = double(found);
    state.counters["cold_properties_s"] = p.coldPropertySeconds;
    state.counters["peak_rss_MiB"] = hc::bench::peakRssMiB();
}
BENCHMARK(BM_DailyInsightsRun)
    ->Arg(int(hc::insights::RunPeriod::Daily))
    ->Arg(int(hc::insights::RunPeriod::Weekly))
    ->Arg(int(hc::insights::RunPeriod::Monthly))
    ->Unit(benchmark::kMillisecond);

void BM_WhyDauByEveryProperty(benchmark::State& state)
{
    auto& p = prepared();
    hc::insights::ChangeQuery q;
    q.metric = hc::insights::ChangeMetric::Dau;
    for (qint64 d = p.workspace.range.lastDay - 6; d <= p.workspace.range.lastDay; ++d)
        q.currentDays.push_back(d);
    for (qint64 d = p.workspace.range.lastDay - 13; d <= p.workspace.range.lastDay - 7; ++d)
        q.previousDays.push_back(d);
    q.by = kProperties;
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::insights::decomposeChange(*p.workspace.data, *p.workspace.calendar, q));
}
BENCHMARK(BM_WhyDauByEveryProperty)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
