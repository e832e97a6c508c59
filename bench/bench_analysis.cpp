// Analysis speed on a ~10M-event workspace (about 210,000 users over 120 days), once loaded:
//   HC_BENCH_WORKSPACE=/path/big.hcw build/test/bench/bench_analysis
// Without HC_BENCH_WORKSPACE the program first writes that workspace with the demo generator
// (`hitcraft-cli demo --db big.hcw --users 210000 --days 120` makes the same file).
// Targets (issue 4): funnel, retention and DAU/WAU/MAU ≤ 50 ms each, a trend with a 10-value
// breakdown ≤ 150 ms, loading ≤ 5 s and ≤ 32 bytes per event; issue 14: a trend by a cohort
// (membership included) ≤ 200 ms.
#include "bench/BenchSupport.h"
#include "core/analysis/cohort/CohortBreakdown.h"
#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/engine/Retention.h"
#include "core/analysis/engine/Trend.h"
#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

#include <benchmark/benchmark.h>

namespace {

using Fixture = hc::bench::LoadedWorkspace;

Fixture& fixture()
{
    static Fixture f = hc::bench::loadBenchWorkspace(210000); // about 10M events
    return f;
}

// From SQLite, with the column file removed first; arg 1 also writes it again, as the first load
// of a workspace does (arg 0 leaves that cache fill out).
void BM_LoadDatasetFromStore(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(hc::dataset::ColumnSnapshot::pathFor(f.path));
        state.ResumeTiming();
        auto ws = hc::store::Workspace::open(f.path, hc::store::Workspace::OpenMode::MustExist);
        hc::TaskContext ctx;
        hc::dataset::DatasetLoadOptions options;
        options.writeColumnFile = state.range(0) != 0;
        benchmark::DoNotOptimize(hc::dataset::loadDataset(*ws.value(), ctx, options));
    }
    const double n = double(f.data->eventCount());
    state.counters["events"] = n;
    // users + names + times, plus the row-to-position map kept for property loads.
    state.counters["bytes_per_event"] = (4.0 + 4.0 + 8.0 + 4.0) + 8.0 * f.data->userCount() / n;
}
BENCHMARK(BM_LoadDatasetFromStore)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// From the column file next to the workspace: mapped (arg 0, what a one-shot CLI query does) or
// copied into memory (arg 1, what the workbench does).
void BM_LoadDatasetFromColumnFile(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        auto ws = hc::store::Workspace::open(f.path, hc::store::Workspace::OpenMode::MustExist);
        hc::TaskContext ctx;
        hc::dataset::DatasetLoadOptions options;
        options.copyIntoMemory = state.range(0) != 0;
        benchmark::DoNotOptimize(hc::dataset::loadDataset(*ws.value(), ctx, options));
    }
}
BENCHMARK(BM_LoadDatasetFromColumnFile)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void runFunnel(benchmark::State& state, std::initializer_list<const char*> steps)
{
    Fixture& f = fixture();
    hc::analysis::FunnelQuery q;
    for (const char* s : steps)
        q.steps.push_back(hc::analysis::EventSpec{false, QString::fromLatin1(s), {}, {}});
    q.range = f.range;
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::analysis::computeFunnel(*f.data, q, *f.calendar));
    state.counters["events"] = double(f.data->eventCount());
}

// The onboarding funnel: rare steps, every user's events still scanned.
void BM_Funnel3Step(benchmark::State& state) { runFunnel(state, {"signup", "create_project", "invite_teammate"}); }
BENCHMARK(BM_Funnel3Step)->Unit(benchmark::kMillisecond)->UseRealTime();

// Steps that are 44% of all events: the worst case for the scan.
void BM_Funnel3StepFrequent(benchmark::State& state)
{
    runFunnel(state, {"app_open", "create_report", "share_report"});
}
BENCHMARK(BM_Funnel3StepFrequent)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Retention12Weeks(benchmark::State& state)
{
    Fixture& f = fixture();
    hc::analysis::RetentionQuery q;
    q.start = hc::analysis::EventSpec{false, QStringLiteral("signup"), {}, {}};
    q.returning = hc::analysis::EventSpec{false, QStringLiteral("app_open"), {}, {}};
    q.period = hc::analysis::Interval::Week;
    q.periods = 12;
    q.range = f.range;
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::analysis::computeRetention(*f.data, q, *f.calendar));
}
BENCHMARK(BM_Retention12Weeks)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DauWauMau(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hc::analysis::computeActiveUsers(*f.data, hc::analysis::ActiveUsersQuery{f.range}, *f.calendar));
}
BENCHMARK(BM_DauWauMau)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TrendBreakdown10(benchmark::State& state)
{
    Fixture& f = fixture();
    hc::analysis::TrendQuery q;
    q.event.anyEvent = true;
    q.breakdown = QStringLiteral("app_version");
    q.top = 10;
    q.range = f.range;
    (void)f.data->property(q.breakdown); // loading the column is not part of the query
    for (auto _ : state)
        benchmark::DoNotOptimize(hc::analysis::computeTrend(*f.data, q, *f.calendar));
}
BENCHMARK(BM_TrendBreakdown10)->Unit(benchmark::kMillisecond)->UseRealTime();

// A trend broken down by a cohort (users who created a report at least 5 times in the range's
// last 30 days, and everyone else): the membership pass over every event plus the trend.
void BM_TrendByCohort(benchmark::State& state)
{
    Fixture& f = fixture();
    hc::analysis::CohortDefinition heavy;
    heavy.name = QStringLiteral("Heavy reporters");
    heavy.event = QStringLiteral("create_report");
    heavy.minCount = 5;
    const QDate last = hc::analysis::ReportingCalendar::dateOfDay(f.range.lastDay);
    heavy.from = last.addDays(-29).toString(Qt::ISODate);
    heavy.to = last.toString(Qt::ISODate);
    hc::analysis::TrendQuery q;
    q.event.anyEvent = true;
    q.measure = hc::analysis::TrendMeasure::Uniques;
    q.breakdown = hc::analysis::CohortBreakdown::key(heavy.name);
    q.range = f.range;
    for (auto _ : state) {
        hc::TaskContext context;
        const auto events =
            hc::analysis::CohortBreakdown::addColumns(f.data, *f.data, *f.calendar, {heavy}, {q.breakdown}, context);
        benchmark::DoNotOptimize(hc::analysis::computeTrend(*events.value(), q, *f.calendar));
    }
}
BENCHMARK(BM_TrendByCohort)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
