#pragma once

namespace hc::bench {

// The process's high-water mark of resident memory, in MiB.
double peakRssMiB();

// main() of every benchmark program: a QCoreApplication (Qt's SQL and network need one), then
// Google Benchmark with its usual flags.
int runBenchmarks(int argc, char** argv);

} // namespace hc::bench
