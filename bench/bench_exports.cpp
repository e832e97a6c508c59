// Export speed and memory (issue 13):
//   HC_BENCH_WORKSPACE=/path/big.hcw build/test/bench/bench_exports
// Every event of the workspace's last 120 days (the explorer's "Export all" with no filter) to
// CSV: rows per second and the peak resident memory, which must stay flat (the rows are streamed
// from the columns, never held).
#include "bench/BenchSupport.h"
#include "core/report/EventExport.h"

#include <QDir>

#include <benchmark/benchmark.h>

namespace {

void BM_ExportAllEvents(benchmark::State& state)
{
    static hc::bench::LoadedWorkspace f = hc::bench::loadBenchWorkspace(210000);
    const double before = hc::bench::peakRssMiB();
    const QString path = QDir::temp().filePath(QStringLiteral("hc-bench-events.csv"));
    qint64 rows = 0;
    for (auto _ : state) {
        const auto r = hc::report::exportEvents(*f.data, hc::report::EventSelection{f.range, {}, {}, {}}, path);
        rows = r.ok() ? r.value().rows : 0;
    }
    QFile::remove(path);
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_rss_MiB_before"] = before;
    state.counters["peak_rss_MiB"] = hc::bench::peakRssMiB();
}
BENCHMARK(BM_ExportAllEvents)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
