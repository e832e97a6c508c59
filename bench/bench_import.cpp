// Import throughput for a Mixpanel export of 1,000,000 lines with 0.1% malformed and 1%
// duplicate lines, end to end: read, parse, dedup, store with indexes, commit.
//   build/release/bench/bench_import --benchmark_counters_tabular=true
// items_per_second is events (lines) per second; peak_rss_mib is the process's high-water mark.
#include "bench/BenchSupport.h"
#include "bench/ExportFileGenerator.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_ImportMixpanelJsonl(benchmark::State& state)
{
    QTemporaryDir dir;
    hc::bench::ExportFileSpec spec;
    spec.lines = state.range(0);
    const QString file = dir.filePath(QStringLiteral("export.jsonl"));
    if (!hc::bench::writeExportFile(file, spec)) {
        state.SkipWithError("cannot write the input file");
        return;
    }
    qint64 lines = 0;
    hc::ingest::ImportSummary last;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto ws = hc::store::Workspace::open(dir.filePath(QStringLiteral("w%1.hcw").arg(run++)),
                                             hc::store::Workspace::OpenMode::CreateIfMissing);
        if (!ws.ok()) {
            state.SkipWithError("cannot create the workspace");
            return;
        }
        state.ResumeTiming();
        hc::TaskContext ctx;
        hc::ingest::FileImporter importer(*ws.value());
        const auto r = importer.run(file, hc::ingest::ImportFormat::MixpanelJsonl, ctx);
        if (!r.ok()) {
            state.SkipWithError("import failed");
            return;
        }
        last = r.value();
        lines += r.value().read;
    }
    state.SetItemsProcessed(lines);
    state.counters["inserted"] = double(last.inserted);
    state.counters["duplicates"] = double(last.duplicates);
    state.counters["quarantined"] = double(last.quarantined);
    state.counters["peak_rss_mib"] = hc::bench::peakRssMiB();
}
BENCHMARK(BM_ImportMixpanelJsonl)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
