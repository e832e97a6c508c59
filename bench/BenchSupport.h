#pragma once

#include <QString>

namespace hc::bench {

// The process's high-water mark of resident memory, in MiB.
double peakRssMiB();

// HC_BENCH_WORKSPACE when set; else a demo workspace with this many users (about 48 events each,
// 120 days ending 2026-11-30) written into `dir`, saying so on stderr.
QString benchWorkspace(const QString& dir, int users);

// main() of every benchmark program: a QCoreApplication (Qt's SQL and network need one), then
// Google Benchmark with its usual flags.
int runBenchmarks(int argc, char** argv);

} // namespace hc::bench
