// Sync throughput: 1,000,000 gzip events (10 days of 100,000) from the local Mixpanel emulator on
// loopback, end to end (HTTP, inflate, parse, dedup, day replacement with checkpoints).
//   build/test/bench/bench_sync --benchmark_counters_tabular=true
// items_per_second is events per second; peak_rss_mib stays flat because only one day is held.
#include "bench/BenchSupport.h"
#include "bench/ExportFileGenerator.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_SyncFromEmulator(benchmark::State& state)
{
    QTemporaryDir dir;
    const int days = 10;
    const qint64 perDay = state.range(0) / days;
    const QDate first(2026, 10, 1);
    for (int d = 0; d < days; ++d) {
        hc::bench::ExportFileSpec spec;
        spec.lines = perDay;
        spec.seed = quint64(d + 1);
        spec.firstTimeMs = QDateTime(first.addDays(d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        spec.spacingMs = 86400000 / perDay;
        spec.gzip = true;
        if (!hc::bench::writeExportFile(
                dir.filePath(first.addDays(d).toString(Qt::ISODate) + QStringLiteral(".jsonl.gz")), spec)) {
            state.SkipWithError("cannot write the fixture");
            return;
        }
    }
    QProcess emulator;
    emulator.setStandardErrorFile(QProcess::nullDevice());
    emulator.start(QStringLiteral("python3"), {QStringLiteral(HC_SOURCE_DIR "/tests/emulator/mixpanel_emulator.py"),
                                               QStringLiteral("0"), QStringLiteral("1"), dir.path()});
    if (!emulator.waitForReadyRead(10000)) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    const int port = emulator.readLine().trimmed().mid(5).toInt();
    qint64 events = 0;
    int run = 0;
    for (auto _ : state) {
        hc::sync::SyncConfig c;
        c.workspacePath = dir.filePath(QStringLiteral("w%1.hcw").arg(run++));
        c.projectId = QStringLiteral("4242");
        c.apiBase = QStringLiteral("http://127.0.0.1:%1").arg(port);
        c.username = QStringLiteral("svc-user");
        c.secret = QStringLiteral("s3cret-emulator-token");
        c.from = first;
        c.to = first.addDays(days - 1);
        c.maxRequestsPerSecond = 1000;
        c.maxRequestsPerHour = 1000000;
        hc::sync::SyncEngine engine(c);
        hc::TaskContext ctx;
        const auto r = engine.run(ctx);
        if (!r.ok() || r.value().daysOk != days) {
            state.SkipWithError("sync failed");
            break;
        }
        events += r.value().inserted + r.value().duplicates + r.value().quarantined;
        state.counters["inserted"] = double(r.value().inserted);
        state.counters["mib_transferred"] = double(r.value().bytes) / 1048576.0;
    }
    state.SetItemsProcessed(events);
    state.counters["peak_rss_mib"] = hc::bench::peakRssMiB();
    emulator.closeWriteChannel();
    emulator.waitForFinished(5000);
}
BENCHMARK(BM_SyncFromEmulator)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv) { return hc::bench::runBenchmarks(argc, argv); }
